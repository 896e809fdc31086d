// Generates a host site (the project's own pages, or the shared simulators') and serves it on 127.0.0.1 with that generator's own server.
// Used by the demo, the end-to-end tests and the contract suite.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The project's own demo host pages: its generator, server and scenarios (run without ../shared). */
export const OWN_HOSTS = join(ROOT, 'test/hosts');
/** The shared simulators and reference scenarios, present on developer machines and in CI. */
export const SHARED_HOSTS = resolve(process.env.SHARED_HOSTS ?? join(ROOT, '../shared/hosts'));

export function sharedHostsPresent() {
  return existsSync(join(SHARED_HOSTS, 'generate.mjs')) && existsSync(join(SHARED_HOSTS, 'scenarios'));
}

/** Today's date as the generator reads it (local calendar). */
export function todayIso(now = new Date()) {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Generates the pages of every scenario in `scenarios` for `today`; returns the output folder. */
export function generateSite({ hosts = OWN_HOSTS, scenarios = join(hosts, 'scenarios'), today = todayIso(), out } = {}) {
  const dir = out ?? mkdtempSync(join(tmpdir(), 'cc-site-'));
  execFileSync(process.execPath, [join(hosts, 'generate.mjs'), '--scenarios', scenarios, '--out', dir, '--today', today], { stdio: 'pipe' });
  return dir;
}

/** Every case of a generated site: its pages.json, read. */
export function casesOf(siteDir) {
  const cases = [];
  for (const system of readdirSync(siteDir, { withFileTypes: true })) {
    if (!system.isDirectory()) continue;
    for (const c of readdirSync(join(siteDir, system.name), { withFileTypes: true })) {
      const file = join(siteDir, system.name, c.name, 'pages.json');
      if (c.isDirectory() && existsSync(file)) cases.push(JSON.parse(readFileSync(file, 'utf8')));
    }
  }
  return cases.sort((a, b) => a.id.localeCompare(b.id));
}

/** Starts the simulators' static server on a free port; resolves to { origin, stop }. */
export function serveSite(siteDir, { hosts = OWN_HOSTS } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(hosts, 'serve.mjs'), '--dir', siteDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        child.stdout.off('data', onData);
        resolvePromise({
          origin: `http://127.0.0.1:${match[1]}`,
          stop: () => new Promise((done) => { child.once('exit', done); child.kill('SIGTERM'); }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${output}`)));
  });
}
