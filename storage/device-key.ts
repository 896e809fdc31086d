/**
 * The device key: one AES-GCM key per browser profile, made on first use and kept in the
 * extension's own IndexedDB as a non-extractable CryptoKey — it can encrypt and decrypt here
 * and can never be read out. Everything the practitioner writes (drafts, reasons given for a
 * confirmation by hand) is sealed with it before it is stored.
 */
import { createStore, get, set, type UseStore } from 'idb-keyval';

const KEY_NAME = 'draft-key';
const TAG_KEY_NAME = 'tag-key';

let keys: UseStore | undefined;
const keyStore = () => (keys ??= createStore('closure-companion-keys', 'keys'));

/** Only for tests: forget the store handle (fake-indexeddb is reset between tests). */
export function resetKeyStore(): void {
  keys = undefined;
  tagKey = undefined;
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

let tagKey: Promise<CryptoKey> | undefined;

/**
 * A name for `text` that says nothing about it without this device's key (HMAC-SHA-256, hex):
 * a draft is stored under it, so a name in what it is for (the professional it is written to)
 * never sits in plain text. Same text, same tag, on this profile.
 */
export async function deviceTag(text: string): Promise<string> {
  tagKey ??= (async () => {
    const existing = await get<CryptoKey>(TAG_KEY_NAME, keyStore());
    if (existing) return existing;
    const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    await set(TAG_KEY_NAME, key, keyStore());
    return key;
  })().catch((error: unknown) => {
    tagKey = undefined;
    throw error;
  });
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await tagKey, encoder.encode(text)));
  return Array.from(mac.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
