// The adapters on the project's own saved pages (test/fixtures/site, generated for 2026-11-20
// from test/hosts/scenarios). Each page's reading is compared whole with its expected file, so
// a change in a host page reads as a diff; the merged record must hold the scenario's facts.
// Refresh after a deliberate change: npx vitest run test/unit/own-fixtures -u
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeRecord } from '../../record/describe';
import { differences } from '../support/compare-record';
import { casesOf } from '../support/host-site.mjs';
import { readCase } from '../support/read-site';
import { recordFromScenario } from '../support/record-builder';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SITE = join(FIXTURES, 'site');
const SCENARIOS = resolve(import.meta.dirname, '../hosts/scenarios');

describe('adapters on the saved demo pages', () => {
  for (const c of casesOf(SITE)) {
    it(`${c.id}: every page reads as expected, and the record holds the scenario's facts`, async () => {
      const { record, readings } = await readCase(SITE, c);
      for (const [i, reading] of readings.entries()) {
        await expect(JSON.stringify(reading, null, 2) + '\n').toMatchFileSnapshot(join(FIXTURES, 'expected', c.id, `${c.pages[i]!.page}.json`));
      }
      expect(readings.flatMap((r) => r.warnings)).toEqual([]);
      const scenario = JSON.parse(readFileSync(join(SCENARIOS, `${c.id}.json`), 'utf8'));
      const skip = c.system === 'mosaic' ? (['coTeamClosureStatus'] as const) : [];
      const diff = differences(record, recordFromScenario(scenario, '2026-11-20'), [...skip]);
      expect(diff, `${diff.join('\n')}\n\n${describeRecord(record)}`).toEqual([]);
    });
  }
});
