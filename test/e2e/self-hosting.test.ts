// Publishing privately, as a council's IT would, with a throwaway key made in a temp folder: the
// store build carrying the key's public key, packed as a CRX3 and named in an update manifest.
// Chromium then installs it by policy from that manifest, and the id it reports is the one the
// key gives, the same as the unpacked build's.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';
import { CHROME_PATH, launchWithExtension } from '../support/chromium.mjs';
import { readCrx3 } from '../support/crx3';

const dir = mkdtempSync(join(tmpdir(), 'cc-self-hosting-'));
const keyFile = join(dir, 'council.pem');
const buildDir = join(dir, 'chrome-mv3-store');
let id: string;
let manifest: { key?: string; version: string; update_url?: string };
let server: Server;
let origin: string;

const node = (script: string, ...args: string[]) => spawnSync(process.execPath, [join('scripts', script), ...args], { encoding: 'utf8' });

beforeAll(async () => {
  const made = node('council-key.mjs', 'new', keyFile);
  expect(made.status, made.stderr).toBe(0);
  const publicKey = /^CC_MANIFEST_KEY=(.+)$/m.exec(made.stdout)![1]!;
  id = /^Extension id: ([a-p]{32})$/m.exec(made.stdout)![1]!;
  server = createServer((req, res) => {
    const file = { '/updates.xml': 'updates.xml', '/closure-companion.crx': 'closure-companion.crx' }[req.url!.split('?')[0]!];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.endsWith('.crx') ? 'application/x-chrome-extension' : 'application/xml' }).end(readFileSync(join(dir, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // The build reads these at build time, as it would in a council's release shell.
  Object.assign(process.env, { CC_MANIFEST_KEY: publicKey, CC_UPDATE_URL: `${origin}/updates.xml` });
  try {
    await build({ root: process.cwd(), mode: 'store', browser: 'chrome', manifestVersion: 3, outDir: dir, logger: { ...console, info() {}, success() {}, log() {}, warn() {} } as never });
  } finally {
    delete process.env.CC_MANIFEST_KEY;
    delete process.env.CC_UPDATE_URL;
  }
  manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  const packed = node('pack-crx.mjs', '--key', keyFile, '--dir', buildDir, '--out', join(dir, 'closure-companion.crx'));
  expect(packed.status, packed.stderr).toBe(0);
  const listed = node('update-manifest.mjs', '--codebase', `${origin}/closure-companion.crx`, '--dir', buildDir, '--out', join(dir, 'updates.xml'));
  expect(listed.status, listed.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('publishing privately with the council’s own key', () => {
  it('builds with the public key and the update address, never the private key', () => {
    expect(manifest.key).toMatch(/^MIIB[A-Za-z0-9+/=]+$/);
    expect(manifest.update_url).toBe(`${origin}/updates.xml`);
    expect(readFileSync(join(buildDir, 'manifest.json'), 'utf8')).not.toMatch(/PRIVATE/);
  });

  it('writes a well-formed update manifest naming the id the key gives, the CRX and the version', () => {
    const xml = new new JSDOM('').window.DOMParser().parseFromString(readFileSync(join(dir, 'updates.xml'), 'utf8'), 'application/xml');
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(xml.documentElement.namespaceURI).toBe('http://www.google.com/update2/response');
    const app = xml.querySelector('gupdate > app')!;
    expect(app.getAttribute('appid')).toBe(id);
    expect(app.querySelector('updatecheck')!.getAttribute('codebase')).toBe(`${origin}/closure-companion.crx`);
    expect(app.querySelector('updatecheck')!.getAttribute('version')).toBe(manifest.version);
  });

  it('packs a CRX3 signed by the key, for that id, holding the build', () => {
    const crx = readCrx3(readFileSync(join(dir, 'closure-companion.crx')));
    expect(crx.signatureValid).toBe(true);
    expect(crx.id).toBe(id);
    expect(crx.idMatchesKey).toBe(true);
    expect(crx.publicKey).toBe(manifest.key);
    expect(JSON.parse(crx.files.get('manifest.json')!)).toEqual(manifest);
  });

  it('loads unpacked, carrying the key, with the id the key gives', async () => {
    const { extensionId, close } = await launchWithExtension({ extensionDir: buildDir });
    try {
      expect(extensionId).toBe(id);
    } finally {
      await close();
    }
  });

  describe.skipIf(!canIsolatePolicy())('installed by policy from the update manifest', () => {
    it('is installed from the CRX, and Chromium reports the id the key gives', async () => {
      // The forcelist policy goes in a policy folder seen only by this browser (its own mount
      // namespace), never in the machine's, where it would install the test build in every Chromium.
      const policies = join(dir, 'policies');
      mkdirSync(join(policies, 'managed'), { recursive: true });
      writeFileSync(join(policies, 'managed', 'forcelist.json'), JSON.stringify({ ExtensionInstallForcelist: [`${id};${origin}/updates.xml`] }));
      const chromium = join(dir, 'chromium-with-own-policy.sh');
      writeFileSync(chromium, `#!/bin/sh\nexec unshare -m sh -c 'mount --bind "$0" /etc/chromium/policies && exec "$@"' '${policies}' '${CHROME_PATH}' "$@"\n`);
      chmodSync(chromium, 0o755);
      const browser = await puppeteer.launch({
        executablePath: chromium,
        headless: true,
        pipe: true,
        enableExtensions: true,
        // The update check is background networking: allowed here, to this test's own server.
        ignoreDefaultArgs: ['--disable-background-networking'],
        userDataDir: join(dir, 'profile'),
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--no-first-run'],
      });
      try {
        const page = await browser.newPage();
        const installed = async () => {
          await page.goto('chrome://extensions-internals');
          const all = JSON.parse(await page.evaluate(() => document.body.innerText)) as { id: string; name: string; location: string; version: string }[];
          return all.find((e) => e.name === 'Closure Companion');
        };
        let found = await installed();
        for (let tries = 0; !found && tries < 40; tries++) {
          await new Promise((r) => setTimeout(r, 500));
          found = await installed();
        }
        expect(found).toMatchObject({ id, location: 'EXTERNAL_POLICY_DOWNLOAD', version: manifest.version });
      } finally {
        await browser.close();
      }
    }, 60_000);
  });
});

/** Root, and a private mount namespace to give one browser its own policy folder. */
function canIsolatePolicy(): boolean {
  return process.getuid?.() === 0 && spawnSync('unshare', ['-m', 'true']).status === 0;
}
