// `npm test`: type-check, lint, unit tests, both builds, then end-to-end and contract tests in
// Chromium and the main journey in Firefox ESR.
// Its last line is the plain `N passed, N failed, N skipped` that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const out = join(root, '.tmp');
mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n── ${title} ──`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check of its own (type-check, lint, build). */
function check(title, command, args) {
  const ok = run(title, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) console.log(`✗ ${title} failed`);
  return ok;
}

/** A vitest suite: its own counts go into the totals. */
function suite(title, args) {
  const report = join(out, `${title.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const ok = run(title, bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    // A suite that failed to load has no failed test but is a failure all the same.
    if (!ok && json.numFailedTests === 0) totals.failed += 1;
  } catch {
    totals.failed += 1;
    console.log(`✗ ${title}: no report was written`);
  }
}

check('type-check', bin('tsc'), ['--noEmit']);
check('lint', bin('eslint'), ['.']);
suite('unit', []);
const built = check('build', bin('wxt'), ['build']);
const builtForFirefox = check('build for Firefox', bin('wxt'), ['build', '-b', 'firefox', '--mv3']);
if (built) {
  // Without its own build the Firefox journey would run an older add-on or none: it is left out,
  // and the failed build already counts as a failure.
  suite('e2e', ['-c', 'test/e2e/vitest.config.ts', ...(builtForFirefox ? [] : ['--exclude', 'test/e2e/firefox.test.ts'])]);
  if (!builtForFirefox) console.log('The Firefox journey needs the Firefox build; it was not run.');
} else {
  console.log('The end-to-end tests need the build; they were not run.');
  totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
