// docs/packs.md is generated from the rule data; this fails when it is stale.
// Refresh with: npm run docs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { renderPackDocs } from './docs';

const FILE = resolve(import.meta.dirname, '../docs/packs.md');

it('docs/packs.md is up to date with the rules and packs (run `npm run docs` to refresh)', () => {
  const fresh = renderPackDocs();
  if (process.env.UPDATE_DOCS === '1') writeFileSync(FILE, fresh);
  expect(existsSync(FILE) ? readFileSync(FILE, 'utf8') : '').toBe(fresh);
});
