// Hostile host content (test/support/hostile.ts: script tags, event handlers, javascript: URLs,
// entities, direction overrides, zero-width characters, 100,000-character values, strings that
// look like other fields' labels) in every free-text field of the demo cases: the adapters read
// it as plain text without throwing, every reading passes the record's validation, and no rule
// passes on a hostile page that does not pass on the clean one.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { parsePageReading } from '../../record/schema';
import { evaluate } from '../../rules/engine';
import { PACKS } from '../../rules/packs';
import { OWN_HOSTS, casesOf, generateSite, type GeneratedCase } from '../support/host-site.mjs';
import { HOSTILE_STRINGS, hostileScenarios } from '../support/hostile';
import { readCase } from '../support/read-site';

const TODAY = '2026-11-20';
let hostileDir: string;
let hostileSite: string;
let cleanSite: string;
let hostile: GeneratedCase[];
let clean: GeneratedCase[];

beforeAll(() => {
  hostileDir = hostileScenarios(join(OWN_HOSTS, 'scenarios'));
  hostileSite = generateSite({ scenarios: hostileDir, today: TODAY });
  cleanSite = generateSite({ today: TODAY });
  hostile = casesOf(hostileSite);
  clean = casesOf(cleanSite);
});
afterAll(() => {
  for (const dir of [hostileDir, hostileSite, cleanSite]) rmSync(dir, { recursive: true, force: true });
});

describe('hostile host content', () => {
  it('carries at least 50 hostile strings', () => {
    expect(new Set(HOSTILE_STRINGS).size).toBeGreaterThanOrEqual(50);
    expect(hostile.length).toBeGreaterThanOrEqual(6);
  });

  it('is read as inert text, validates, and never turns a gap into a pass', { timeout: 60_000 }, async () => {
    for (const c of hostile) {
      const { record, readings } = await readCase(hostileSite, c);
      for (const reading of readings) expect('error' in parsePageReading(reading), `${c.id} ${reading.page}`).toBe(false);
      // The markup arrives as the characters the page shows, not as elements.
      const text = JSON.stringify(readings.map((r) => r.facts));
      expect(text, c.id).toMatch(/<script>window\.__pwned|onerror=\\"window\.__pwned/);

      const base = clean.find((x) => c.id.startsWith(`${x.id}-hostile-`))!;
      const { record: cleanRecord } = await readCase(cleanSite, base);
      for (const pack of PACKS) {
        const before = evaluate(pack, cleanRecord, TODAY).verdicts;
        evaluate(pack, record, TODAY).verdicts.forEach((v, i) => {
          if (v.status === 'met') expect(before[i]!.status, `${c.id} ${pack.id} ${v.rule}: ${v.message}`).toBe('met');
        });
      }
    }
  });
});
