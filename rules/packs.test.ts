// What a practice lead reads when a pack file is refused: each field said plainly where it is
// missing or wrong, rules counted from 1, a nearest id for a misspelt one, and clashes with
// packs already kept refused with the reason.
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './common/nearest';
import { checkImport, PACKS, validatePack, type Pack } from './packs';

const good = { id: 'our-pack', title: 'Our pack', source: 'Local guidance', rules: [{ rule: 'closure-reason', level: 'must' }] };
const withRules = (...rules: unknown[]) => ({ ...good, rules });
const messagesOf = (input: unknown) => {
  const result = validatePack(input);
  return result.ok ? [] : result.errors.map((e) => e.message);
};

describe('a refused pack says what is wrong, plainly', () => {
  it.each([
    ['a missing field is said as missing', { ...good, title: undefined }, 'The pack’s “title” is missing (the name practitioners see).'],
    ['a missing field of a rule, counted from 1', withRules({ rule: 'closure-reason', level: 'must' }, { rule: 'closure-letter' }), 'Rule 2 (closure-letter): “level” is missing (“must” or “should”).'],
    ['a missing rule id', withRules({ level: 'must' }), 'Rule 1: “rule” is missing (the id of an existing rule, for example “closure-reason”).'],
    ['a level that is neither must nor should', withRules({ rule: 'closure-reason', level: 'may' }), 'Rule 1 (closure-reason): “level” should be “must” or “should”, not “may”.'],
    ['a field of the wrong kind', { ...good, source: 3 }, 'The pack’s “source” should be text (the practice document the pack comes from), not 3.'],
    ['rules that are not a list', { ...good, rules: 'closure-reason' }, 'The pack’s “rules” should be a list (each with a rule id and a level), not “closure-reason”.'],
    ['an empty list of rules', { ...good, rules: [] }, 'The pack’s “rules” list is empty: a pack needs at least one rule.'],
    ['a rule that is not an object', withRules('closure-reason'), 'Rule 1 should be an object like { "rule": "closure-reason", "level": "must" }, not “closure-reason”.'],
    ['an id with capitals and spaces', { ...good, id: 'Our Pack' }, 'The pack’s “id” is “Our Pack”: use only lower-case letters, digits and hyphens, for example “our-closure-pack”.'],
    ['an empty title', { ...good, title: '' }, 'The pack’s “title” is empty (the name practitioners see).'],
    ['a parameter that is not a number', withRules({ rule: 'closure-letter', level: 'must', params: { days: 'ten' } }), 'Rule 1 (closure-letter): parameter “days” should be a whole number, not “ten”.'],
    ['a file that is not a pack at all', ['closure-reason'], 'The file is not a pack: a pack is an object with an id, a title, a source and a list of rules.'],
    ['a misspelt rule id, with the nearest one', withRules({ rule: 'closure-reason', level: 'must' }, { rule: 'closed-within-timescal', level: 'must' }, { rule: 'closure-leter', level: 'must' }), 'Rule 3: there is no rule “closure-leter”. Did you mean “closure-letter”?'],
    ['a rule id like none, without a guess', withRules({ rule: 'make-tea', level: 'must' }), 'Rule 1: there is no rule “make-tea”.'],
    ['a rule listed twice', withRules({ rule: 'closure-reason', level: 'must' }, { rule: 'closure-reason', level: 'should' }), 'Rule 2: “closure-reason” is listed twice (it is rule 1 too).'],
    ['a misspelt parameter', withRules({ rule: 'closure-letter', level: 'must', params: { dayz: 5 } }), 'Rule 1 (closure-letter): there is no parameter “dayz”. Did you mean “days”?'],
    ['a parameter on a rule that has none', withRules({ rule: 'closure-reason', level: 'must', params: { days: 5 } }), 'Rule 1 (closure-reason): there is no parameter “days”. It has no parameters.'],
    ['a parameter out of its bounds', withRules({ rule: 'closure-reason', level: 'must' }, { rule: 'closure-letter', level: 'must', params: { days: 400 } }), 'Rule 2 (closure-letter): “days” must be a whole number from 1 to 28 days, not 400.'],
  ])('%s', (_, input, message) => {
    expect(messagesOf(input)).toContain(message);
  });

  it('every message reads as a sentence, with no zod wording or zero-based path', () => {
    const inputs = [{}, { ...good, rules: [{}, 5, { rule: 1, level: 2, params: 3 }] }, { ...good, id: 'X Y', title: '' }];
    for (const message of inputs.flatMap(messagesOf)) {
      expect(message).not.toMatch(/Invalid input|rules\.\d|expected|received/);
      expect(message).toMatch(/^[A-Z].*[.?]$/);
    }
  });

  it('says everything to fix at once, in the pack’s order', () => {
    const input = { ...good, title: undefined, rules: [{ rule: 'closure-leter', level: 'must' }, { rule: 'closure-reason' }, { rule: 'closure-letter', level: 'must', params: { days: 400 } }] };
    expect(messagesOf(input)).toEqual([
      'The pack’s “title” is missing (the name practitioners see).',
      'Rule 1: there is no rule “closure-leter”. Did you mean “closure-letter”?',
      'Rule 2 (closure-reason): “level” is missing (“must” or “should”).',
      'Rule 3 (closure-letter): “days” must be a whole number from 1 to 28 days, not 400.',
    ]);
  });

  it('keeps a machine path beside each message', () => {
    const result = validatePack(withRules({ rule: 'closure-reason', level: 'must' }, { rule: 'closure-letter', level: 'must', params: { days: 400 } }));
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['rules.1.params.days']);
  });
});

describe('importing beside the packs already kept', () => {
  const kept: Pack[] = [{ id: 'our-pack', title: 'Our pack', source: 'Local guidance', rules: [{ rule: 'closure-reason', level: 'must' }] }];

  it('refuses a pack reusing a built-in pack’s id, naming that pack', () => {
    const result = checkImport({ ...good, id: 'nct-good-practice' }, []);
    expect(result).toEqual({ ok: false, errors: [{ path: 'id', message: 'The pack’s id “nct-good-practice” is the id of the built-in pack “Good Practice guide – Case Closure (C)”: give your pack an id of its own.' }] });
  });

  it('refuses a pack reusing another custom pack’s title (any case), or a built-in one’s', () => {
    const other = checkImport({ ...good, id: 'another-pack', title: 'our PACK' }, kept);
    expect(other.ok ? '' : other.errors[0]!.message).toBe('The title “our PACK” is already the title of the custom pack “our-pack”: give this pack a title of its own, so practitioners can tell them apart.');
    const builtIn = checkImport({ ...good, title: PACKS[0]!.title }, []);
    expect(builtIn.ok ? '' : builtIn.errors[0]!.message).toContain(`the built-in pack “${PACKS[0]!.id}”`);
  });

  it('takes a new version of the same custom pack and says which it replaces', () => {
    const result = checkImport({ ...good, rules: [{ rule: 'closure-letter', level: 'must' }] }, kept);
    expect(result).toMatchObject({ ok: true, pack: { id: 'our-pack', rules: [{ rule: 'closure-letter', level: 'must' }] }, replaces: kept[0] });
    expect(checkImport({ ...good, id: 'new-pack', title: 'New pack' }, kept)).toEqual({ ok: true, pack: { ...good, id: 'new-pack', title: 'New pack' } });
  });

  it('still refuses an invalid pack with its reasons', () => {
    expect(checkImport({ ...good, title: undefined }, kept)).toMatchObject({ ok: false, errors: [{ path: 'title' }] });
  });
});

describe('the nearest name', () => {
  it('counts letters added, removed or changed', () => {
    expect(editDistance('closure-leter', 'closure-letter')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests only a close name', () => {
    expect(nearest('safty-plan', ['safety-plan', 'safety-plan-versions'])).toBe('safety-plan');
    expect(nearest('make-tea', ['safety-plan', 'closure-letter'])).toBeUndefined();
  });
});
