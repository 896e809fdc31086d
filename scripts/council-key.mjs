// The council's own signing key: where it may live, and the public key and extension id it gives.
//
//   npm run key:new -- /secure/place/closure-companion.pem   makes a key (never inside this repository)
//   npm run key:show -- /secure/place/closure-companion.pem  prints CC_MANIFEST_KEY=… and the extension id
//
// The id is fixed by the key: the same on every machine, in every build, as long as the key is kept.
import { Buffer } from 'node:buffer';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { runWhenMain } from './cli.mjs';

export const REPO = resolve(import.meta.dirname, '..');

/** Whether a path is inside this repository (following links), where a key is one `git add` from being committed. */
export function insideRepo(path) {
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return p === dirname(p) ? p : resolve(real(dirname(p)), relative(dirname(p), p));
    }
  };
  const from = relative(real(REPO), real(resolve(path)));
  return from === '' || (!from.startsWith('..') && !isAbsolute(from));
}

/** Stops with a reason when a private key would be read from, or written into, this repository. */
export function refuseKeyInRepo(path) {
  if (insideRepo(path)) {
    throw new Error(`Refused: ${path} is inside this repository. Keep the council's private key outside it (for example in a folder only the release account can read), so it can never be committed.`);
  }
}

/** The public key (DER SubjectPublicKeyInfo, base64) of a private or public key in PEM: the manifest's `key`. */
export function publicKeyOf(pem) {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** The extension id a public key gives: the first 128 bits of its SHA-256, written with the letters a–p. */
export function extensionIdOf(publicKeyBase64) {
  const hash = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

/**
 * Checks a manifest key given at build time (CC_MANIFEST_KEY): it must be a public key. A private
 * key there would be shipped inside the extension to every machine.
 */
export function checkManifestKey(value) {
  const text = String(value).trim();
  if (/PRIVATE KEY/.test(text)) throw new Error('CC_MANIFEST_KEY holds a private key. Set it to the public key that `npm run key:show -- <key.pem>` prints, never the private key.');
  try {
    const key = createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'rsa') throw new Error('not RSA');
  } catch {
    throw new Error('CC_MANIFEST_KEY is not a public key: set it to the value `npm run key:show -- <key.pem>` prints.');
  }
  return text;
}

/** Checks the update address given at build time (CC_UPDATE_URL): an http(s) address of the update manifest. */
export function checkUpdateUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || !['https:', 'http:'].includes(url.protocol)) throw new Error(`CC_UPDATE_URL is not a web address: ${value}. Set it to where updates.xml is served, for example https://intranet.example-council.gov.uk/closure-companion/updates.xml`);
  return url.href;
}

/** The private key at a path outside the repository. */
export function readPrivateKey(path) {
  refuseKeyInRepo(path);
  const pem = readFileSync(path, 'utf8');
  createPrivateKey(pem); // a clear error now rather than a bad signature later
  return pem;
}

function main([command, path]) {
  if (!path || !['new', 'show'].includes(command)) {
    console.error('Usage: node scripts/council-key.mjs new|show <path to key.pem outside this repository>');
    return 2;
  }
  if (command === 'new') {
    refuseKeyInRepo(path);
    if (existsSync(path)) throw new Error(`Refused: ${path} already exists; a council keeps one key for good (a new key is a new extension id).`);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    console.log(`Wrote the council's private key to ${path}. Keep it safe and backed up: every future version must be signed with it.`);
  }
  const publicKey = publicKeyOf(readPrivateKey(path));
  console.log(`CC_MANIFEST_KEY=${publicKey}`);
  console.log(`Extension id: ${extensionIdOf(publicKey)}`);
  return 0;
}

runWhenMain(import.meta.url, main);
