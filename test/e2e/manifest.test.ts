// What the installed extension may do, pinned: the store builds (Chrome/Edge and Firefox) ask
// for no host at install, run nothing on any page until a council adds its address, and their
// extension pages can load no remote code and connect nowhere. A change to any of this should
// be a decision someone reviews here, not a side effect.
import { Buffer } from 'node:buffer';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';
import { LOCAL_HOST_MATCHES, TEST_COUNCIL_HOST } from '../../adapters/matches';
import { OVERLAY_SCRIPTS } from '../../adapters/reader/fact-readers';
import { EXTENSION_PAGES_CSP } from '../../wxt.config';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: { extension_pages?: string };
  web_accessible_resources?: unknown[];
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
};

const outDir = mkdtempSync(join(tmpdir(), 'cc-manifest-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function storeManifest(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const { manifest } = await build({ root: process.cwd(), mode: 'store', browser, manifestVersion: 3, outDir, logger: { ...console, info() {}, success() {}, log() {}, warn() {} } as never });
  return manifest as Manifest;
}

/** Built once per browser: each build takes a second or two. */
const built = new Map<string, Promise<Manifest>>();
const manifestOf = (browser: 'chrome' | 'firefox') => built.get(browser) ?? built.set(browser, storeManifest(browser)).get(browser)!;

const PERMISSIONS = ['alarms', 'clipboardWrite', 'scripting', 'storage'];

/** The sizes the Chrome Web Store, Edge Add-ons and AMO ask for, and the toolbar uses. */
const ICON_SIZES = [16, 32, 48, 128];

/** Width and height from a PNG's header, or null when the file is not a PNG. */
function pngSize(file: string): [number, number] | null {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Each size has an icon, in the manifest and on the toolbar button, and it is a PNG of that size. */
function expectIcons(manifest: Manifest, dir: string) {
  for (const icons of [manifest.icons, manifest.action?.default_icon]) {
    expect(Object.keys(icons ?? {}).map(Number).sort((a, b) => a - b)).toEqual(ICON_SIZES);
    for (const size of ICON_SIZES) {
      const file = join(dir, icons![size]!);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file), file).toEqual([size, size]);
    }
  }
}

describe.each(['chrome', 'firefox'] as const)('the %s store build', (browser) => {
  it('asks for exactly the permissions it uses, and for no host at install', async () => {
    const manifest = await manifestOf(browser);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    // Only asked for one address at a time, when a council adds it on the options page.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|127\.0\.0|localhost/);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  }, 60_000);

  it('has an icon of each size the stores ask for, on the toolbar button too', async () => {
    // WXT writes a build of another mode beside the production one, named by the mode.
    expectIcons(await manifestOf(browser), join(outDir, `${browser}-mv3-store`));
  }, 60_000);

  it('forbids remote code and remote connections from its own pages', async () => {
    const csp = (await manifestOf(browser)).content_security_policy?.extension_pages ?? '';
    expect(csp).toBe(EXTENSION_PAGES_CSP);
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/https?:|unsafe-eval|\*/);
  }, 60_000);

  it('gives case pages a script compiled once as it loads (V8’s compile hint on its first line), and only that script', async () => {
    await manifestOf(browser);
    const dir = join(outDir, `${browser}-mv3-store`);
    const HINT = '//# allFunctionsCalledOnLoad\n';
    // Every build of the overlay script (adapters/reader/fact-readers.ts): a page is given one of them.
    for (const { file } of OVERLAY_SCRIPTS) expect(readFileSync(join(dir, file), 'utf8').startsWith(HINT), file).toBe(true);
    // The parts loaded on request and the service worker run only some of their functions at once.
    for (const file of ['overlay-parts.js', 'overlay-it-parts.js', 'background.js']) expect(readFileSync(join(dir, file), 'utf8'), file).not.toContain('allFunctionsCalledOnLoad');
  }, 60_000);
});

describe('the demo and test build', () => {
  it('adds only the loopback demo hosts, and no content script', () => {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), '.output/chrome-mv3/manifest.json'), 'utf8')) as Manifest;
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([TEST_COUNCIL_HOST, ...LOCAL_HOST_MATCHES].sort());
    // The service worker starts the overlay after a case page has loaded: nothing runs inside the load.
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    expect(manifest.content_security_policy?.extension_pages).toBe(EXTENSION_PAGES_CSP);
    expectIcons(manifest, join(process.cwd(), '.output/chrome-mv3'));
  });
});
