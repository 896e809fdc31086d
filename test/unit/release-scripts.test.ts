// The release scripts keep the council's private key out of this repository and out of the
// extension, and refuse to publish a build that would not keep its id.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkManifestKey, checkUpdateUrl, extensionIdOf, insideRepo, publicKeyOf, REPO } from '../../scripts/council-key.mjs';
import { updateXml } from '../../scripts/update-manifest.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cc-release-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const keyFile = join(dir, 'council.pem');
writeFileSync(keyFile, pem, { mode: 0o600 });
const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(REPO, 'scripts', script), ...args], { encoding: 'utf8' });

/** A built extension folder with this manifest. */
function buildWith(name: string, manifest: Record<string, unknown>) {
  const build = join(dir, name);
  mkdirSync(build, { recursive: true });
  writeFileSync(join(build, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Closure Companion', version: '1.2.3', ...manifest }));
  return build;
}

describe('the council’s key', () => {
  it('gives a fixed id: 32 letters a–p from the public key, the same from the private or the public PEM', () => {
    const publicKey = publicKeyOf(pem);
    expect(extensionIdOf(publicKey)).toMatch(/^[a-p]{32}$/);
    const publicPem = `-----BEGIN PUBLIC KEY-----\n${publicKey}\n-----END PUBLIC KEY-----\n`;
    expect(publicKeyOf(publicPem)).toBe(publicKey);
  });

  it.skipIf(spawnSync('openssl', ['version']).status !== 0)('gives the id openssl derives the documented way', () => {
    const der = spawnSync('openssl', ['rsa', '-in', keyFile, '-pubout', '-outform', 'DER']).stdout;
    const hex = spawnSync('sha256sum', { input: der, encoding: 'utf8' }).stdout.slice(0, 32);
    expect(extensionIdOf(publicKeyOf(pem))).toBe(hex.replace(/[0-9a-f]/g, (h) => String.fromCharCode(97 + parseInt(h, 16))));
    expect(publicKeyOf(pem)).toBe(der.toString('base64'));
  });

  it('is never written into the repository, and nothing is left there when refused', () => {
    for (const path of [join(REPO, 'council.pem'), join(REPO, '.output', '..', 'scripts', 'council.pem'), 'council.pem']) {
      const made = spawnSync(process.execPath, [join(REPO, 'scripts/council-key.mjs'), 'new', path], { encoding: 'utf8', cwd: REPO });
      expect(made.status, path).toBe(1);
      expect(made.stderr).toMatch(/^Refused: .* is inside this repository/);
      expect(existsSync(join(REPO, path)) || existsSync(path)).toBe(false);
    }
    expect(insideRepo(join(dir, 'council.pem'))).toBe(false);
  });

  it('is not read from the repository either, so packing cannot invite committing it', () => {
    const packed = node('pack-crx.mjs', '--key', join(REPO, '.output', 'council.pem'));
    expect(packed.status).toBe(1);
    expect(packed.stderr).toMatch(/inside this repository/);
  });

  it('does not overwrite a key already made (a new key would be a new extension id)', () => {
    const made = node('council-key.mjs', 'new', keyFile);
    expect(made.status).toBe(1);
    expect(made.stderr).toMatch(/already exists/);
  });

  it('goes into a build only as its public key', () => {
    expect(checkManifestKey(publicKeyOf(pem))).toBe(publicKeyOf(pem));
    expect(() => checkManifestKey(pem)).toThrow(/holds a private key/);
    const privateDer = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(() => checkManifestKey(privateDer)).toThrow(/not a public key/);
    expect(() => checkUpdateUrl('intranet/updates.xml')).toThrow(/not a web address/);
  });
});

describe('packing and listing a build', () => {
  it('refuses the demo and test build, and a build without this key', () => {
    const demo = node('pack-crx.mjs', '--key', keyFile, '--dir', buildWith('demo', { key: publicKeyOf(pem), host_permissions: ['http://127.0.0.1/*'] }), '--out', join(dir, 'x.crx'));
    expect(demo.stderr).toMatch(/demo and test build/);
    const keyless = node('pack-crx.mjs', '--key', keyFile, '--dir', buildWith('keyless', {}), '--out', join(dir, 'x.crx'));
    expect(keyless.stderr).toMatch(/carries no key/);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const mismatched = node('pack-crx.mjs', '--key', keyFile, '--dir', buildWith('other', { key: publicKeyOf(other) }), '--out', join(dir, 'x.crx'));
    expect(mismatched.stderr).toMatch(/carries another key/);
    expect([demo.status, keyless.status, mismatched.status]).toEqual([1, 1, 1]);
    expect(existsSync(join(dir, 'x.crx'))).toBe(false);
  });

  it('lists a build by the id of its key and its version, with the address escaped', () => {
    const listed = node('update-manifest.mjs', '--codebase', 'https://intranet.example-council.gov.uk/cc.crx?a=1&b=2', '--dir', buildWith('good', { key: publicKeyOf(pem) }), '--out', join(dir, 'updates.xml'));
    expect(listed.status, listed.stderr).toBe(0);
    expect(updateXml({ id: 'x', codebase: "https://a/b.crx?a=1&b='2'", version: '1.2.3' })).toContain("codebase='https://a/b.crx?a=1&amp;b=&apos;2&apos;' version='1.2.3'");
    const keyless = node('update-manifest.mjs', '--codebase', 'https://intranet/cc.crx', '--dir', buildWith('keyless-list', {}), '--out', join(dir, 'none.xml'));
    expect(keyless.status).toBe(1);
    expect(keyless.stderr).toMatch(/carries no key/);
  });
});
