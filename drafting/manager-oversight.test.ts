// The manager's oversight note never states an item as done without the evidence the
// checklist had: over full and partial records of every scenario, as the rules are tested.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_KEYS, SYSTEMS, type CaseRecord } from '../record/schema';
import { evaluate } from '../rules/engine';
import { PACKS } from '../rules/packs';
import { draftInputFor, TODAY } from '../test/support/draft-input';
import { buildRecord, recordFromScenario } from '../test/support/record-builder';
import { documentText } from './assemble';
import { CHECKLIST_ITEMS, rulesOfItem } from './checklist';
import { managerOversight, managerOversightParts } from './manager-oversight';

const OWN = resolve(import.meta.dirname, '../test/hosts/scenarios');
const SHARED = resolve(process.env.SHARED_HOSTS ?? resolve(import.meta.dirname, '../../shared/hosts'), 'scenarios');
const scenarios = [OWN, ...(existsSync(SHARED) ? [SHARED] : [])]
  .flatMap((dir) => readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8'))))
  .filter((s) => (SYSTEMS as readonly string[]).includes(s.system));
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

const note = (record: CaseRecord, packId = 'derbyshire-practice-matters', confirmations = {}) => managerOversight(draftInputFor(record, packId, confirmations), managerOversightParts()[0]!);
const item = (doc: ReturnType<typeof note>, n: number) => doc.sections.find((s) => s.id === `checklist-${n}`)!;

function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('the manager’s oversight note', () => {
  it('takes each of the nine items from the rules that cite it, and every item has at least one', () => {
    expect(CHECKLIST_ITEMS.map((i) => rulesOfItem(i.n))).toEqual([
      ['assessment-shared', 'views-recorded'],
      ['child-informed', 'family-informed', 'professionals-informed'],
      ['chronology-updated'],
      ['case-summary-updated'],
      ['case-notes-finalised'],
      ['demographics-checked'],
      ['oversight-actions-complete'],
      ['supervision-actions-complete'],
      ['closure-letter'],
    ]);
  });

  for (const scenario of scenarios) {
    it(`${scenario.id}: lists the nine items in order, each with what the record shows and the dates it shows, whatever pack is in force`, () => {
      const record = recordFromScenario(scenario, TODAY);
      const expected = evaluate(PACKS.find((p) => p.id === 'managerial-practice-note')!, record, TODAY).verdicts;
      for (const pack of PACKS) {
        const doc = note(record, pack.id);
        const text = documentText(doc.sections, doc.layout);
        expect(doc.sections.filter((s) => s.id.startsWith('checklist-') && s.id !== 'checklist-intro').map((s) => s.title)).toEqual(CHECKLIST_ITEMS.map((i) => `${i.n}. ${i.title}`));
        for (const i of CHECKLIST_ITEMS) {
          for (const rule of rulesOfItem(i.n)) {
            const v = expected.find((x) => x.rule === rule)!;
            const word = { met: 'Done', unmet: 'Not done yet', 'n/a': 'Does not apply', unknown: 'Not shown yet' }[v.status];
            expect(item(doc, i.n).text, `${pack.id} ${rule}`).toContain(`${word} – ${v.title}: ${v.message}`);
          }
        }
        // The dates the record shows, as the rules read them.
        const family = record.facts.familyInformed;
        if (family.known && family.value) expect(text).toContain(`Family told on ${formatted(family.value)}`);
        expect(text).toContain('[Your reasons for closing the case and what informed your decision.]');
      }
    });
  }

  it(`never states an item as done without the checklist's evidence, over ${RUNS} partial views of each scenario`, () => {
    for (const scenario of scenarios) {
      const full = recordFromScenario(scenario, TODAY);
      const next = random(scenario.id.length * 7919);
      for (let run = 0; run < RUNS; run++) {
        const facts: Record<string, unknown> = { ...full.facts };
        for (const key of FACT_KEYS) if (next() < 0.35) facts[key] = { known: false, lookOn: 'closure-form' };
        const partial = { ...full, facts } as CaseRecord;
        const doc = note(partial);
        const verdicts = evaluate({ id: 'derbyshire-practice-matters', title: '', source: '', rules: CHECKLIST_ITEMS.flatMap((i) => rulesOfItem(i.n)).map((rule) => ({ rule, level: 'must' as const })) }, partial, TODAY).verdicts;
        for (const i of CHECKLIST_ITEMS) {
          const section = item(doc, i.n);
          for (const line of section.text.split('\n').filter((l) => l.startsWith('Done – '))) {
            const v = verdicts.find((x) => line.startsWith(`Done – ${x.title}:`))!;
            expect(v.status, `${scenario.id} run ${run}: ${line}`).toBe('met');
            expect(v.evidence.length).toBeGreaterThan(0);
            for (const e of v.evidence) {
              expect(partial.facts[e.fact].known, `${e.fact} unseen but cited`).toBe(true);
              expect(section.facts.map((f) => f.fact)).toContain(e.fact);
            }
          }
          // An item with a fact unseen says which page to open, never "done".
          for (const rule of rulesOfItem(i.n)) {
            const v = verdicts.find((x) => x.rule === rule)!;
            if (v.status === 'unknown') expect(section.text).toMatch(new RegExp(`Not shown yet – ${escape(v.title)}: open the .* page\\.`));
          }
        }
      }
    }
  });

  it('marks an item confirmed by hand as such, with the reason and date, and never as done', () => {
    const record = buildRecord('mosaic', { chronologyStatus: 'open', chronologyLastUpdated: '2026-11-01', decisionDate: '2026-11-15' });
    const doc = note(record, 'derbyshire-practice-matters', { 'chronology-updated': { reason: 'Updated on paper, to be typed up', at: '2026-11-18T10:00:00.000Z' } });
    expect(item(doc, 3).text).toBe('Confirmed by hand on 18 Nov 2026, not shown by the record – Chronology updated for closure: “Updated on paper, to be typed up”');
    // Without the confirmation, the record's own answer stands.
    expect(item(note(record), 3).text).toMatch(/^Not done yet – Chronology updated for closure: Chronology last updated 1 Nov 2026, before the decision on 15 Nov 2026\./);
  });

  it('says which page to open where nothing is seen yet, asks for the manager’s own reasons and signature, and writes none for them', () => {
    const doc = note(buildRecord('mosaic', {}));
    expect(item(doc, 9).text).toBe('Not shown yet – Closure letter requested and sent: open the Closure form page.');
    expect(item(doc, 9).notKnown.map((n) => n.fact).sort()).toEqual(['letterRequested', 'letterSent']);
    expect(doc.sections.find((s) => s.id === 'rationale')!.text).toMatch(/^\[Your reasons for closing the case and what informed your decision\.\]/);
    expect(doc.sections.find((s) => s.id === 'signed')!.text).toMatch(/^\[Your name, role and the date/);
  });

  it('sets out the responsibilities left with others, each with whom the record says it is for', () => {
    const record = buildRecord('mosaic', {
      actionsForOthers: 'School: call mum on the first day of any absence. GP: review medication. Someone should check in at Christmas.',
      relationships: [
        { role: 'Designated safeguarding lead', name: 'Sanjay Mehta', organisation: 'St Anne’s Primary School', agency: 'education', staff: null, start: null, end: null },
        { role: 'GP', name: 'Dr Helen Pike', organisation: 'Castlegate Medical Practice', agency: 'health', staff: null, start: null, end: null },
      ],
    });
    expect(note(record).sections.find((s) => s.id === 'responsibilities')!.text).toBe(
      'School: call mum on the first day of any absence. (Sanjay Mehta)\nGP: review medication. (Dr Helen Pike)\nSomeone should check in at Christmas.',
    );
  });
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formatted = (iso: string) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
