// The engine's promises to every view: titles read as the pack sets its parameters, waiting
// items count apart from done, and gaps only other packs would flag are told apart.
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../test/support/record-builder';
import { note, rel, told, TODAY } from '../test/support/rule-table';
import { evaluate, otherPackGaps, summarise } from './engine';
import { PACKS, type Pack } from './packs';
import { RULES } from './registry';

const packOf = (id: string) => PACKS.find((p) => p.id === id)!;
const onePack = (rules: Pack['rules']): Pack => ({ id: 'test-pack', title: 'Test pack', source: 'test', rules });

describe('titles and statements', () => {
  // Numbers a practitioner reads (days, words); a yes/no switch such as pack E's NFA exemption changes what is checked, not a figure.
  const numeric = (rule: (typeof RULES)[string]) => Object.entries(rule.params ?? {}).filter(([, spec]) => spec.unit !== 'yes/no');
  const withParams = Object.values(RULES).filter((r) => numeric(r).length > 0);

  it('name every parameter of their rule, so a pack’s value is what the practitioner reads', () => {
    expect(withParams.length).toBeGreaterThan(0);
    for (const rule of withParams) {
      for (const [name] of numeric(rule)) expect(`${rule.title} ${rule.statement}`, `${rule.id}.${name}`).toContain(`{${name}}`);
    }
  });

  it('take the pack’s parameters, never the defaults’ numbers', () => {
    for (const rule of withParams) {
      const set = Object.fromEntries(numeric(rule).map(([k, spec]) => [k, spec.max]));
      const [v] = evaluate(onePack([{ rule: rule.id, level: 'must', params: set }]), buildRecord('mosaic', {}), TODAY).verdicts;
      const text = `${v!.title} ${v!.statement}`;
      expect(text, rule.id).not.toMatch(/\{[a-zA-Z]+\}/);
      for (const [name, spec] of numeric(rule)) {
        expect(text, `${rule.id}.${name}`).toMatch(new RegExp(`\\b${spec.max}\\b`));
        expect(text, `${rule.id}.${name} still says its default`).not.toMatch(new RegExp(`\\b${spec.default}\\b`));
      }
    }
  });

  it('read "within 10 days" when the closure timescale is set to 10', () => {
    const [v] = evaluate(onePack([{ rule: 'closed-within-timescale', level: 'must', params: { days: 10 } }]), buildRecord('mosaic', {}), TODAY).verdicts;
    expect(v!.title).toBe('Closure completed within 10 days of the decision');
  });
});

describe('the summary', () => {
  it('counts a waiting item apart: not done, not a must met', () => {
    const record = buildRecord('mosaic', { letterRequested: '2026-11-18', letterSent: null, closureReason: { label: 'RC7', code: 'RC7', stepDown: false } });
    const result = evaluate(onePack([{ rule: 'closure-letter', level: 'must' }, { rule: 'closure-reason', level: 'must' }]), record, TODAY);
    expect(result.verdicts.map((v) => [v.status, v.waiting ?? false])).toEqual([['met', true], ['met', false]]);
    expect(result.summary).toMatchObject({ mustsMet: 1, mustsApplicable: 2, done: 1, waiting: 1, toDo: 0, toCheck: 0 });
  });

  it('gives every item one place: done, waiting, to do, to check or not applicable', () => {
    const s = summarise([
      { level: 'must', status: 'met' },
      { level: 'must', status: 'met', waiting: true },
      { level: 'should', status: 'unmet', overdueDays: 2 },
      { level: 'must', status: 'unknown' },
      { level: 'should', status: 'n/a' },
    ]);
    expect(s).toEqual({ mustsMet: 1, mustsApplicable: 3, shouldsMet: 0, shouldsApplicable: 1, done: 1, waiting: 1, toDo: 1, toCheck: 1, notApplicable: 1, overdue: 1 });
  });

  it('never lets an item wait unless it is met', () => {
    const rule = RULES['closure-reason']!;
    const original = rule.evaluate;
    rule.evaluate = () => ({ status: 'unmet', message: 'x', evidence: [], next: 'y', waiting: true });
    try {
      const result = evaluate(onePack([{ rule: 'closure-reason', level: 'must' }]), buildRecord('mosaic', {}), TODAY);
      expect(result.verdicts[0]!.waiting).toBeUndefined();
      expect(result.summary).toMatchObject({ waiting: 0, toDo: 1 });
    } finally {
      rule.evaluate = original;
    }
  });
});

describe('gaps other packs would flag', () => {
  const record = buildRecord('mosaic', {
    caseNotes: [note('Visit', '2026-11-10', 'timed-out')],
    relationships: [rel('GP', 'Dr Pike', 'health')],
    professionalsInformed: [told('Dr Pike', '2026-11-16', null)],
    keyHealthProfessional: null,
    decisionDate: '2026-11-15',
  });
  const current = packOf('derbyshire-practice-matters');
  const gaps = otherPackGaps(current, PACKS, record, TODAY);

  it('lists the rules outside the pack in use that another pack finds unmet, with each pack that flags them', () => {
    const notes = gaps.find((g) => g.rule === 'case-notes-finalised');
    expect(notes?.packs.map((p) => p.id)).toEqual(['scottish-practice-guide', 'managerial-practice-note']);
    expect(notes?.message).toMatch(/timed out|Visit/i);
    expect(gaps.find((g) => g.rule === 'professionals-written-to')?.packs.map((p) => p.id)).toEqual(['nct-good-practice']);
  });

  it('never repeats a rule of the pack in use, and leaves its figures alone', () => {
    const own = new Set(current.rules.map((r) => r.rule));
    expect(gaps.filter((g) => own.has(g.rule))).toEqual([]);
    expect(new Set(gaps.map((g) => g.rule)).size).toBe(gaps.length);
    expect(evaluate(current, record, TODAY).verdicts.map((v) => v.rule)).toEqual(current.rules.map((r) => r.rule));
  });
});
