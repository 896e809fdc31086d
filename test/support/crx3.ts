// Reads a CRX3 file the way Chromium checks one, for tests of scripts/pack-crx.mjs: the header's
// public key and signature, the signed crx_id, and the files of the ZIP after it.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';

/** Protobuf length-delimited fields of a message, by field number (the only wire type CRX3 uses). */
function fields(bytes: Buffer): Map<number, Buffer[]> {
  const out = new Map<number, Buffer[]>();
  let at = 0;
  const varint = () => {
    let value = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const tag = varint();
    if ((tag & 7) !== 2) throw new Error(`unexpected wire type ${tag & 7}`);
    const length = varint();
    out.set(tag >>> 3, [...(out.get(tag >>> 3) ?? []), bytes.subarray(at, at + length)]);
    at += length;
  }
  return out;
}

/** The files of a ZIP, from its central directory. */
function unzip(zip: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const [method, size, nameLength, extraLength, commentLength, offset] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20), zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32), zip.readUInt32LE(at + 42)];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** What a CRX3 file holds, and whether its signature is good for its own public key. */
export function readCrx3(crx: Buffer) {
  if (crx.toString('ascii', 0, 4) !== 'Cr24' || crx.readUInt32LE(4) !== 3) throw new Error('not a CRX3 file');
  const headerLength = crx.readUInt32LE(8);
  const header = fields(crx.subarray(12, 12 + headerLength));
  const zip = crx.subarray(12 + headerLength);
  const proof = fields(header.get(2)![0]!);
  const publicKey = proof.get(1)![0]!;
  const signedData = header.get(10000)![0]!;
  const crxId = fields(signedData).get(1)![0]!;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedData.length);
  const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'binary'), length, signedData, zip]);
  return {
    publicKey: publicKey.toString('base64'),
    id: [...crxId.toString('hex')].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join(''),
    idMatchesKey: createHash('sha256').update(publicKey).digest().subarray(0, 16).equals(crxId),
    signatureValid: verify('sha256', signed, createPublicKey({ key: publicKey, format: 'der', type: 'spki' }), proof.get(2)![0]!),
    files: unzip(zip),
  };
}
