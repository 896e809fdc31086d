import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import type { AliasOptions, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { LOCAL_HOST_MATCHES, STORE_MODE, TEST_COUNCIL_HOST } from './adapters/matches';
import { OVERLAY_SCRIPTS } from './adapters/reader/fact-readers';
import { SHARED_PREACT_MODULES } from './components/shared-preact';
import { SHARED_PREACT } from './messaging/protocol';
import { checkManifestKey, checkUpdateUrl } from './scripts/council-key.mjs';

/** Read by the manifest test too: the policy is part of what the extension promises. */
export const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The sizes the stores and browsers ask for, drawn by scripts/icons.mjs into public/icon/ (`npm run icons`). */
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

/**
 * A council publishing the extension itself (README, “Publishing privately”) sets, at build time:
 * CC_MANIFEST_KEY, its public key, which fixes the extension id; CC_UPDATE_URL, where Chrome and
 * Edge look for updates; CC_GECKO_ID, its own Firefox add-on id. Unset, the builds are as for the stores.
 */
const selfHosted = {
  key: process.env.CC_MANIFEST_KEY ? checkManifestKey(process.env.CC_MANIFEST_KEY) : undefined,
  updateUrl: process.env.CC_UPDATE_URL ? checkUpdateUrl(process.env.CC_UPDATE_URL) : undefined,
  geckoId: process.env.CC_GECKO_ID || 'closure-companion@example-council.gov.uk',
};

/** The overlay script's builds, by entrypoint name: one per set of fact readers (adapters/reader/fact-readers.ts). */
const OVERLAY_BUILDS = new Set(OVERLAY_SCRIPTS.map((s) => s.file.replace(/^\/|\.js$/g, '')));

/** The panel's parts loaded on request (components/OnRequest.tsx). */
const PART_BUILDS = new Set(['overlay-parts', 'overlay-it-parts']);

/**
 * The scripts injected into case pages. They use the browser's own promise-based API (Chrome's
 * `chrome`, Firefox's `browser`: both have what these scripts call), not the polyfill, which would
 * be a tenth of what every case page is given. None of their `runtime.onMessage` listeners answers
 * by returning a promise, the one thing only the polyfill makes work in Chrome.
 */
const IN_PAGE_SCRIPTS = new Set([...OVERLAY_BUILDS, ...PART_BUILDS]);

/** `wxt/browser` as WXT ships it (the browser's own API), whatever the polyfill module aliased it to. */
function withOwnBrowserApi(alias: AliasOptions | undefined): AliasOptions {
  const own = createRequire(import.meta.url).resolve('wxt/browser');
  if (Array.isArray(alias)) return [{ find: /^wxt\/browser$/, replacement: own }, ...alias];
  return { ...alias, 'wxt/browser': own };
}

/**
 * For the panel's parts (entrypoints/overlay-parts, overlay-it-parts): Preact is not bundled but taken from the copy the
 * overlay script lends on its window (components/shared-preact.ts), since hooks work only within one
 * copy. Only the names lent can be imported: any other fails the build.
 */
function preactFromOverlay(): Plugin {
  const PREFIX = '\0preact-from-overlay:';
  return {
    name: 'preact-from-overlay',
    enforce: 'pre',
    resolveId: (id) => (id in SHARED_PREACT_MODULES ? PREFIX + id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length) as keyof typeof SHARED_PREACT_MODULES;
      const lent = `globalThis[${JSON.stringify(SHARED_PREACT)}][${JSON.stringify(name)}]`;
      return Object.keys(SHARED_PREACT_MODULES[name]).map((key) => `export const ${key} = ${lent}.${key};`).join('\n');
    },
  };
}

/**
 * For the overlay script: V8's compile hint that every function in the file runs on load, as the
 * overlay's do (it reads the page and draws the panel at once). A script injected into a page is
 * compiled on the page's main thread, and without the hint each function was skimmed with the whole
 * file and then parsed again when first called: 14–20 ms of compiling on a 1,000-note page, 10–15
 * with it. The hint must be the file's first line, so it goes on after the minifier (a source map
 * made for debugging would be one line out; the builds here make none).
 * https://v8.dev/blog/explicit-compile-hints
 */
function compiledOnLoad(): Plugin {
  return {
    name: 'compiled-on-load',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // For the service worker and the extension pages (see IN_PAGE_SCRIPTS for the case pages' scripts).
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => IN_PAGE_SCRIPTS.has(e.name))) return;
      config.resolve = { ...config.resolve, alias: withOwnBrowserApi(config.resolve?.alias) };
      if (entrypoints.every((e) => PART_BUILDS.has(e.name))) config.plugins = [preactFromOverlay(), ...(config.plugins ?? [])];
      if (entrypoints.every((e) => OVERLAY_BUILDS.has(e.name))) config.plugins = [...(config.plugins ?? []), compiledOnLoad()];
    },
  },
  // Explicit imports only: hidden auto-imports would hide the layer boundaries lint enforces.
  imports: false,
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  // The function form keeps Chrome-only keys out of the Firefox manifest.
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en_GB',
    permissions: ['storage', 'alarms', 'clipboardWrite', 'scripting'],
    // A council's own addresses are asked for at run time, one by one, from the options page.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Test and demo builds only: a second loopback address stands in for a council's own
    // address, granted at install so tests can add it without a permission prompt.
    // No content scripts in any build: the service worker starts the overlay once a case page
    // has loaded (entrypoints/background/overlay-start.ts).
    ...(mode === STORE_MODE ? {} : { host_permissions: [TEST_COUNCIL_HOST, ...LOCAL_HOST_MATCHES] }),
    // Extension pages and the service worker load only the extension's own files and connect
    // nowhere: no remote code, no remote connection, whatever a future change might try.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: selfHosted.geckoId, strict_min_version: '128.0' } } }
      : {
          storage: { managed_schema: 'managed-schema.json' },
          ...(selfHosted.key ? { key: selfHosted.key } : {}),
          ...(selfHosted.updateUrl ? { update_url: selfHosted.updateUrl } : {}),
        }),
  }),
});
