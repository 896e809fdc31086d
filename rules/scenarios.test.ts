// The rules against the reference scenarios of ../shared/hosts: a record built from each
// scenario's full facts must give exactly the expected verdicts, pack by pack, rule by rule.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFromScenario } from '../test/support/record-builder';
import { evaluate } from './engine';
import { PACKS } from './packs';
import { SYSTEMS } from '../record/kinds';

const HOSTS = resolve(process.env.SHARED_HOSTS ?? resolve(import.meta.dirname, '../../shared/hosts'));
const present = existsSync(join(HOSTS, 'expected'));
const TODAY = '2026-11-20';

describe.skipIf(!present)('reference scenarios (../shared/hosts)', () => {
  const ids = present ? readdirSync(join(HOSTS, 'expected')).map((f) => f.replace(/\.json$/, '')) : [];
  for (const id of ids) {
    const scenario = JSON.parse(readFileSync(join(HOSTS, 'scenarios', `${id}.json`), 'utf8'));
    // A system the extension does not read yet is reported skipped, by name, until it does.
    const supported = (SYSTEMS as readonly string[]).includes(scenario.system);
    it.skipIf(!supported)(`${id}: every pack's verdicts as expected${supported ? '' : ` (skipped: ${scenario.system} is not supported yet)`}`, () => {
      const expected = JSON.parse(readFileSync(join(HOSTS, 'expected', `${id}.json`), 'utf8')) as Record<string, Record<string, string>>;
      const record = recordFromScenario(scenario, TODAY);
      const actual = Object.fromEntries(
        Object.keys(expected).map((packId) => {
          const pack = PACKS.find((p) => p.id === packId)!;
          return [packId, Object.fromEntries(evaluate(pack, record, TODAY).verdicts.map((v) => [v.rule, v.status]))];
        }),
      );
      expect(actual).toEqual(expected);
    });
  }
});
