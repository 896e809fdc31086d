// Starts Debian's Firefox ESR (never a downloaded one) over WebDriver BiDi with the built
// Firefox add-on installed, a fresh profile, no first-run pages and no connection off this machine.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');

/**
 * Preferences on top of puppeteer's own test profile (which already turns off updates, the
 * default-browser check, safe browsing lookups and the welcome page): everything else Firefox
 * would fetch in the background.
 */
const QUIET = {
  // Telemetry and data reporting.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  // Studies, experiments and remote settings (Nimbus, Normandy, blocklists, CRLite).
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.rollouts.enabled': false,
  'extensions.blocklist.enabled': false,
  // Mozilla's own test profiles point Remote Settings here; a release build takes the override
  // only with MOZ_REMOTE_SETTINGS_DEVTOOLS set (below).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  // Updates of the browser, its system add-ons and media plug-ins.
  'app.update.auto': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  // Captive-portal and connectivity checks, push, DNS over HTTPS, OCSP, region and geolocation.
  'network.captive-portal-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.connectivity-service.enabled': false,
  'dom.push.enabled': false,
  'dom.push.connection.enabled': false,
  'network.trr.mode': 5,
  'security.OCSP.enabled': 0,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'geo.provider.network.url': '',
  // Safe-browsing and tracking-protection list downloads.
  'browser.safebrowsing.update.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google4.gethashURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.mozilla.gethashURL': '',
  // Prefetching, the new-tab page's feeds, suggestions, sync and accounts.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.discovery.enabled': false,
  'identity.fxaccounts.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  // First-run pages.
  'browser.aboutwelcome.enabled': false,
  'trailhead.firstrun.didSeeAboutWelcome': true,
};

/**
 * Every connection Firefox would make beyond this machine goes to a local listener that notes
 * where it was going and closes it: a preference missed above shows up in `strayConnections`,
 * and nothing reaches the network either way. (Loopback addresses bypass a proxy in Firefox.)
 */
function strayConnectionTrap() {
  const seen = [];
  const server = createServer((socket) => {
    socket.once('data', (chunk) => {
      // "CONNECT host:443 HTTP/1.1" or "GET http://host/path HTTP/1.1"
      seen.push(String(chunk).split('\r\n', 1)[0]);
      socket.destroy();
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolveTrap) =>
    server.listen(0, '127.0.0.1', () =>
      resolveTrap({ port: server.address().port, seen, stop: () => new Promise((done) => server.close(done)) }),
    ),
  );
}

/** The add-on's id, as its manifest gives it. */
function addonId(extensionDir) {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
}

/** Throws unless Firefox is there: CI installs firefox-esr, and a missing browser must fail the run, never skip. */
export function requireFirefox() {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox is not at ${FIREFOX_PATH}: install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.`);
}

/**
 * A Firefox with the add-on installed (temporarily, as about:debugging does: it is unsigned) and
 * its base address (`moz-extension://<uuid>/`, the uuid fixed for this profile). Host permissions
 * in the manifest are granted at install by Firefox 127 and later, so the demo build's local hosts
 * need no prompt; `grantedOrigins()` in the test checks that.
 */
export async function launchFirefoxWithExtension({ headless = true, extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
  requireFirefox();
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build in ${extensionDir}: run npm run build:firefox first.`);
  const trap = await strayConnectionTrap();
  const uuid = randomUUID();
  const userDataDir = mkdtempSync(join(tmpdir(), 'cc-firefox-'));
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless,
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      userDataDir,
      defaultViewport: { width: 1400, height: 900 },
      extraPrefsFirefox: {
        ...QUIET,
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': trap.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': trap.port,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.allow_hijacking_localhost': false,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId(extensionDir)]: uuid }),
      },
    });
    // WebDriver BiDi's webExtension.install (puppeteer's `enableExtensions` does not wait for it).
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await trap.stop();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await browser.close().catch(() => undefined);
    await trap.stop();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, extensionBase: `moz-extension://${uuid}/`, strayConnections: () => [...trap.seen], close };
}
