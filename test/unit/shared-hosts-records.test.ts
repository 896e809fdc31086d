// The adapters over every page of every reference scenario of ../shared/hosts: the merged
// record holds the scenario's facts, fact by fact. Skipped when ../shared is absent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRecord } from '../../record/describe';
import { casesOf, generateSite, SHARED_HOSTS, sharedHostsPresent } from '../support/host-site.mjs';
import { differences } from '../support/compare-record';
import { readCase } from '../support/read-site';
import { recordFromScenario } from '../support/record-builder';
import { rmSync } from 'node:fs';
import { SYSTEMS } from '../../record/kinds';

const present = sharedHostsPresent();
const TODAY = '2026-11-20';

describe.skipIf(!present)('adapters on ../shared/hosts reference pages', () => {
  const site = present ? generateSite({ hosts: SHARED_HOSTS, today: TODAY }) : '';
  afterAll(() => site && rmSync(site, { recursive: true, force: true }));
  for (const c of present ? casesOf(site) : []) {
    // A system the extension does not read yet is reported skipped, by name, until it does.
    const supported = (SYSTEMS as readonly string[]).includes(c.system);
    it.skipIf(!supported)(`${c.id}: the merged record holds the scenario's facts, with no warnings${supported ? '' : ` (skipped: ${c.system} is not supported yet)`}`, async () => {
      const scenario = JSON.parse(readFileSync(join(SHARED_HOSTS, 'scenarios', `${c.id}.json`), 'utf8'));
      const { record, readings } = await readCase(site, c);
      expect(readings.flatMap((r) => r.warnings)).toEqual([]);
      // Mosaic shows no co-team closure record: that fact stays unknown there by design.
      const skip = c.system === 'mosaic' ? (['coTeamClosureStatus'] as const) : [];
      const diff = differences(record, recordFromScenario(scenario, TODAY), [...skip]);
      expect(diff, `${diff.join('\n')}\n\n${describeRecord(record)}`).toEqual([]);
    });
  }
});
