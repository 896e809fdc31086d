import { describe, expect, it } from 'vitest';
import { actionLines, actionsOf } from './actions';
import type { Relationship } from './types';

const p = (role: string, name: string, organisation: string | null, agency: Relationship['agency'] = 'health'): Relationship => ({ role, name, organisation, agency, staff: /^allocated/i.test(role) ? ('allocated-worker' as const) : /^team manager$/i.test(role) ? ('team-manager' as const) : null, start: null, end: null });
const dsl = p('Designated safeguarding lead', 'Sanjay Mehta', "St Anne's C of E Primary School", 'education');
const nurse = p('School nurse', 'Beth Corrigan', 'Harbrook 0-19 Public Health Nursing Service');
const gp = p('GP', 'Dr Helen Pike', 'Castlegate Medical Practice');
const fsw = p('Family support worker', 'Owen Tate', 'Harbrook Family Partnership', 'voluntary');
const people = [dsl, nurse, gp, fsw];

describe('who each recorded action is for', () => {
  it('reads a "Label: …" sentence by its label: the role, the organisation, or the name, best fit first', () => {
    const text = "School: call Gemma on the first day of any absence. School nurse: universal offer and annual health review for Ruby. GP: continue to review Gemma's medication.";
    expect(actionLines(text, people).map((l) => [l.text.split(':')[0], l.for.map((x) => x.name)])).toEqual([
      ['School', ['Sanjay Mehta']],
      ['School nurse', ['Beth Corrigan']],
      ['GP', ['Dr Helen Pike']],
    ]);
    expect(actionsOf('Helen Pike: review medication.', people, gp)).toEqual(['Helen Pike: review medication.']);
  });

  it('reads any other sentence by who it mentions, and leaves a sentence that fits no one to no one', () => {
    const lines = actionLines('Owen Tate will visit weekly until March.\nThe family will ring Starting Point if worried. Dr Siddiqui: 6-monthly review.', people);
    expect(lines.map((l) => l.for.map((x) => x.name))).toEqual([['Owen Tate'], [], []]);
    expect(actionsOf('Dr Siddiqui: 6-monthly review.', people, gp)).toEqual([]);
  });

  it('does not take a word inside another word, or a label naming a different role, as a fit', () => {
    expect(actionLines('Schooling: more help.', people)[0]!.for).toEqual([]);
    expect(actionLines('Health visitor: weigh the baby.', people)[0]!.for).toEqual([]);
  });
});
