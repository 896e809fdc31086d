// `npm run bench -- --self-test`: the benchmark's own method, tested. A build whose page read is
// made 80 ms slower on purpose (WXT_BENCH_SLOW_READ_MS, see entrypoints/overlay/run.tsx) must read
// at least 80 ms in extensionLongestTaskMs1000, and the normal build less; the normal build must
// carry nothing of the slow read. Timings, so not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../support/chromium.mjs';
import { ROOT } from '../support/host-site.mjs';
import { startBenchSite } from './bench-site.mjs';
import { extensionMainThread } from './main-thread.mjs';
import { factReaders } from './overlay-scripts.mjs';

const SLOW_READ_MS = 80;
const SLOW_DIR = join(ROOT, '.output/bench-slow-read');
/** Written by the slow read only: its presence in a bundle shows the slow code is in it. */
const MARK = 'closure-companion-bench-slow-read';
const VISITS = 5;

/** Each build of the overlay script (adapters/reader/fact-readers.ts), as text. */
const { OVERLAY_SCRIPTS } = await factReaders();
const overlayScripts = (extensionDir) => OVERLAY_SCRIPTS.map((s) => readFileSync(join(extensionDir, s.file), 'utf8'));

/** Builds both, measures both; prints the figures and returns whether the method caught the slow read. */
export async function selfTest() {
  console.log('Building the extension, and the variant with the slow read…');
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'ignore' });
  // WXT's command line has no output folder option; its build() has.
  execFileSync(process.execPath, ['--input-type=module', '-e', `import { build } from 'wxt'; await build({ outDir: ${JSON.stringify(SLOW_DIR)} });`], {
    cwd: ROOT,
    env: { ...process.env, WXT_BENCH_SLOW_READ_MS: String(SLOW_READ_MS) },
    stdio: 'ignore',
  });
  const builds = { normal: EXTENSION_DIR, slow: join(SLOW_DIR, 'chrome-mv3') };
  const failures = [];
  if (overlayScripts(builds.normal).some((s) => s.includes(MARK))) failures.push('the normal build carries the slow read: it must be compiled out');
  if (!overlayScripts(builds.slow).every((s) => s.includes(MARK))) failures.push('the slow variant was built without its slow read in every overlay script: WXT_BENCH_SLOW_READ_MS did not reach the build');

  const site = await startBenchSite();
  const figures = {};
  for (const [name, extensionDir] of Object.entries(builds)) {
    console.log(`\n${name} build:`);
    const ext = await launchWithExtension({ extensionDir });
    try {
      figures[name] = (await extensionMainThread(ext, site, [1000], VISITS, console.log))[1000].longestMs;
    } finally {
      await ext.close();
    }
  }
  await site.stop();

  console.log(`\nextensionLongestTaskMs1000: normal build ${figures.normal.toFixed(1)} ms, with a ${SLOW_READ_MS} ms slower read ${figures.slow.toFixed(1)} ms (a difference of ${(figures.slow - figures.normal).toFixed(1)} ms)`);
  if (figures.slow < SLOW_READ_MS) failures.push(`the slow read was missed: ${figures.slow.toFixed(1)} ms < ${SLOW_READ_MS} ms`);
  if (figures.normal >= figures.slow) failures.push(`the normal build did not read lower than the slow one (${figures.normal.toFixed(1)} ≥ ${figures.slow.toFixed(1)} ms)`);
  for (const f of failures) console.log(`✗ ${f}`);
  if (!failures.length) console.log('✓ the method sees the extension\'s own work: the slow read shows in full, and the normal build carries none of it');
  return failures.length === 0;
}
