// Packs the store build as a CRX3 file signed with the council's own key, for an internal
// update server (README, “Publishing privately”):
//
//   npm run crx -- --key /secure/place/closure-companion.pem [--dir .output/chrome-mv3-store] [--out file.crx]
//
// The format is Chromium's (components/crx_file/crx3.proto): "Cr24", version 3, a protobuf header
// holding the public key, an RSA-SHA256 signature and the signed crx_id, then a ZIP of the build.
// No key is ever written: the private key is read from outside this repository and nowhere else.
import { Buffer } from 'node:buffer';
import { createHash, createPublicKey, sign } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { option, runWhenMain } from './cli.mjs';
import { extensionIdOf, publicKeyOf, readPrivateKey, REPO } from './council-key.mjs';

export const STORE_BUILD = resolve(REPO, '.output/chrome-mv3-store');

/** Every file under a folder, by its path inside it with forward slashes, in a fixed order. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** A ZIP of a folder: deflated, names in UTF-8, every date 1980-01-01 so the same build gives the same bytes. */
export function zipFolder(dir) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const name of filesOf(dir)) {
    const data = readFileSync(join(dir, name));
    const packed = deflateRawSync(data, { level: 9 });
    const fileName = Buffer.from(name, 'utf8');
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2); // names are UTF-8
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt16LE(0, 6); // 00:00
    common.writeUInt16LE((0 << 9) | (1 << 5) | 1, 8); // 1980-01-01
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(fileName.length, 22);
    common.writeUInt16LE(0, 24); // no extra field
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common, fileName, packed]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    common.copy(central, 6);
    // comment length, disk, internal and external attributes: all 0 (already)
    central.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([central, fileName]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function varint(n) {
  const bytes = [];
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  bytes.push(n);
  return Buffer.from(bytes);
}

/** A length-delimited protobuf field. */
const field = (number, bytes) => Buffer.concat([varint(number * 8 + 2), varint(bytes.length), bytes]);

/** A CRX3 file of a ZIP, signed with a private key in PEM. */
export function crx3(zip, privateKeyPem) {
  const publicKey = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'der' });
  const crxId = createHash('sha256').update(publicKey).digest().subarray(0, 16);
  const signedData = field(1, crxId); // SignedData { crx_id }
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedData.length);
  const signature = sign('sha256', Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'binary'), length, signedData, zip]), privateKeyPem);
  // CrxFileHeader { sha256_with_rsa (2): AsymmetricKeyProof { public_key (1), signature (2) }, signed_header_data (10000) }
  const header = Buffer.concat([field(2, Buffer.concat([field(1, publicKey), field(2, signature)])), field(10000, signedData)]);
  const prefix = Buffer.alloc(12);
  prefix.write('Cr24', 0, 'ascii');
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return Buffer.concat([prefix, header, zip]);
}

/** The build's manifest, checked fit to publish with this key: the store build, carrying the same key. */
export function publishableManifest(dir, privateKeyPem) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const publicKey = publicKeyOf(privateKeyPem);
  if ((manifest.host_permissions ?? []).length) {
    throw new Error(`Refused: ${dir} is the demo and test build (it runs on this computer's addresses). Build the store build: CC_MANIFEST_KEY=… CC_UPDATE_URL=… npm run build:store`);
  }
  if (manifest.key !== publicKey) {
    throw new Error(`Refused: the build in ${dir} ${manifest.key ? 'carries another key' : 'carries no key'}. Build it with CC_MANIFEST_KEY set to this key's public key (npm run key:show -- <key.pem>), so the id is the same packed and unpacked.`);
  }
  return manifest;
}


function main(args) {
  const keyPath = option(args, 'key');
  if (!keyPath) {
    console.error('Usage: npm run crx -- --key <council key.pem, outside this repository> [--dir <build>] [--out <file.crx>]');
    return 2;
  }
  const dir = resolve(option(args, 'dir', STORE_BUILD));
  const pem = readPrivateKey(keyPath);
  const manifest = publishableManifest(dir, pem);
  const out = resolve(option(args, 'out', join(REPO, '.output', `closure-companion-${manifest.version}.crx`)));
  writeFileSync(out, crx3(zipFolder(dir), pem));
  console.log(`Wrote ${out} (extension id ${extensionIdOf(manifest.key)}, version ${manifest.version}).`);
  return 0;
}

runWhenMain(import.meta.url, main);
