// `npm run demo`: builds the extension, serves the demo case pages on 127.0.0.1 and opens
// Chromium with the extension loaded. Without a display it runs headless, saves a screenshot
// of the overlay on every demo page, and says how to try it in your own Chrome or Edge.
//   npm run demo               (exits after the screenshots when there is no display)
//   npm run demo -- --serve    (keeps the demo pages served until Ctrl-C)
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../support/chromium.mjs';
import { ROOT, casesOf, generateSite, serveSite } from '../support/host-site.mjs';

const keepServing = process.argv.includes('--serve');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

console.log('Building the extension…');
execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });

const site = generateSite({ out: join(ROOT, '.tmp/demo-site') });
const { origin, stop } = await serveSite(site);
console.log(`Demo case pages: ${origin}/`);

const { browser, close } = await launchWithExtension({ headless });

if (!headless) {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.goto(`${origin}/`);
  console.log('Chromium is open with Closure Companion loaded. Close the browser window (or press Ctrl-C) to stop.');
  await new Promise((resolve) => browser.on('disconnected', resolve));
  await stop();
  process.exit(0);
}

const shots = join(ROOT, '.tmp/demo-screenshots');
mkdirSync(shots, { recursive: true });
const page = await browser.newPage();
for (const c of casesOf(site)) {
  for (const p of c.pages) {
    if (p.framedIn) continue; // shown inside its parent page's screenshot
    await page.goto(origin + p.url, { waitUntil: 'load' });
    // Polled, not waitForSelector: its mutation watch does not see changes inside the shadow root.
    await page.waitForFunction(() => !!document.querySelector('closure-companion')?.shadowRoot?.querySelector('[data-pack]'), { timeout: 10_000, polling: 50 }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 600)); // let rows rendered by the host's own script settle
    const file = join(shots, `${c.id}--${p.page}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshot: ${file}`);
  }
}
await close();

console.log(`
To try it in your own Chrome or Edge:
  1. Open chrome://extensions (edge://extensions), turn on Developer mode.
  2. Load unpacked → choose ${EXTENSION_DIR}
  3. Run \`npm run demo -- --serve\` and open ${origin.replace(/:\d+$/, ':<port shown>')}/ (the address it prints).`);

if (keepServing) {
  console.log(`Serving the demo pages at ${origin}/ until Ctrl-C.`);
  process.on('SIGINT', () => stop().then(() => process.exit(0)));
} else {
  await stop();
}
