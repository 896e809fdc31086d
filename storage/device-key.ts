/**
 * The device key: one AES-GCM key per browser profile, made on first use and kept in the
 * extension's own IndexedDB as a non-extractable CryptoKey — it can encrypt and decrypt here
 * and can never be read out. Everything the practitioner writes (drafts, reasons given for a
 * confirmation by hand) is sealed with it before it is stored.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';

const KEY_NAME = 'draft-key';

let keys: UseStore | undefined;
const keyStore = () => (keys ??= createStore('closure-companion-keys', 'keys'));

/** Only for tests: forget the store handle (fake-indexeddb is reset between tests). */
export function resetKeyStore(): void {
  keys = undefined;
}

async function deviceKey(): Promise<CryptoKey> {
  const existing = await get<CryptoKey>(KEY_NAME, keyStore());
  if (existing) return existing;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  await set(KEY_NAME, key, keyStore());
  return key;
}

export interface Sealed {
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Encrypts a JSON value. `boundTo` (the case key) is bound in as additional data: a ciphertext
 * moved to another case will not open.
 */
export async function seal(value: unknown, boundTo: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(boundTo) }, await deviceKey(), encoder.encode(JSON.stringify(value)));
  return { iv, ciphertext };
}

/** Decrypts under the case it is stored for (not the case it claims); throws when it cannot. */
export async function unseal(sealed: Sealed, boundTo: string): Promise<unknown> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer>, additionalData: encoder.encode(boundTo) }, await deviceKey(), sealed.ciphertext);
  return JSON.parse(decoder.decode(plain));
}
