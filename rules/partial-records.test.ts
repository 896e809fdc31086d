// Seeing fewer pages never turns a gap into a pass: for many random subsets of a case's facts
// left unknown, no rule says met where the full record says otherwise, and a verdict other than
// unknown always agrees with the full record's (decisive evidence decides; otherwise unknown).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_KEYS, type CaseRecord } from '../record/schema';
import { recordFromScenario } from '../test/support/record-builder';
import { evaluate } from './engine';
import { PACKS } from './packs';

const SCENARIOS = resolve(import.meta.dirname, '../test/hosts/scenarios');
const TODAY = '2026-11-20';
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('partial records', () => {
  for (const file of readdirSync(SCENARIOS)) {
    it(`${file}: ${RUNS} random partial views never contradict the full view`, () => {
      const full = recordFromScenario(JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')), TODAY);
      const next = random(file.length * 7919);
      for (let run = 0; run < RUNS; run++) {
        const facts: Record<string, unknown> = { ...full.facts };
        for (const key of FACT_KEYS) if (next() < 0.35) facts[key] = { known: false, lookOn: 'summary' };
        const partial = { ...full, facts } as CaseRecord;
        for (const pack of PACKS) {
          const whole = evaluate(pack, full, TODAY).verdicts;
          evaluate(pack, partial, TODAY).verdicts.forEach((v, i) => {
            if (v.status !== 'unknown') expect(v.status, `${pack.id} ${v.rule} (run ${run})`).toBe(whole[i]!.status);
          });
        }
      }
    });
  }
});
