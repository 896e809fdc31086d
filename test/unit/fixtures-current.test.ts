// The saved pages (test/fixtures/site) are the demo pages generated for 2026-11-20, byte for byte:
// the adapter tests never run on pages the demo, the end-to-end tests and the bench no longer show.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSite } from '../support/host-site.mjs';
import { SITE } from '../support/fixture-pages';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

describe('saved demo pages', () => {
  const fresh = generateSite({ today: '2026-11-20' });
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));
  const advice = 'test/fixtures/site is not what test/hosts generates now: run `npm run fixtures` and commit the result';

  it('hold the same files as a fresh generation', () => {
    expect(files(SITE), advice).toEqual(files(fresh));
  });

  it('hold the same bytes in every file', () => {
    const differing = files(fresh).filter((f) => {
      try {
        return !readFileSync(join(SITE, f)).equals(readFileSync(join(fresh, f)));
      } catch {
        return true;
      }
    });
    expect(differing, advice).toEqual([]);
  });
});
