// Host profiles: the built-in files are valid and complete, and a council's file gets a path and a
// plain message for each problem (never zod's "Invalid input"), or is used whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_FILES } from '.';
import { checkProfile } from './check';

const base = { format: 1, system: 'mosaic', extends: 'mosaic', name: 'Northshire Mosaic, 2026 release' };
const problems = (input: unknown) => {
  const result = checkProfile(input, BUILT_IN_FILES);
  return result.ok ? [] : result.problems;
};

describe('built-in profiles', () => {
  for (const file of BUILT_IN_FILES) {
    it(`${file.system}: valid and complete on its own`, () => {
      const result = checkProfile({ ...file }, []);
      expect(result.ok ? [] : result.problems).toEqual([]);
    });
  }
  it('are kept tidy: each file is what its own reformatting gives (one word list to a line)', () => {
    for (const file of BUILT_IN_FILES) {
      const text = readFileSync(join(import.meta.dirname, `${file.system}.json`), 'utf8');
      expect(text.endsWith('\n') && !/\t/.test(text) && JSON.parse(text)).toBeTruthy();
    }
  });
});

describe('a council profile', () => {
  it('that adds words is accepted, and its words are read beside the built-in ones', () => {
    const result = checkProfile({ ...base, pages: { 'closure-form': { facts: { decisionDate: { label: ['When was closure agreed'] } } } } }, BUILT_IN_FILES);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const label = result.profile.pages['closure-form']!.facts!.decisionDate!.label;
    expect(label).toContain('When was closure agreed');
    expect(label).toContain('*decision*clos*');
  });

  it('names a misspelt fact, with what it probably meant', () => {
    expect(problems({ ...base, pages: { 'closure-form': { facts: { decisonDate: { label: ['When'] } } } } })).toEqual([
      { path: 'pages › closure-form › facts › decisonDate', message: 'is not a field this profile format knows (did you mean “decisionDate”?)' },
    ]);
  });

  it('names a misspelt note kind, with the kinds there are', () => {
    expect(problems({ ...base, vocabulary: { noteTypes: { 'case-sumary': ['CS'] } } })[0]).toMatchObject({ path: 'vocabulary › noteTypes › case-sumary' });
    expect(problems({ ...base, vocabulary: { noteTypes: { 'case-sumary': ['CS'] } } })[0]!.message).toContain('case-summary');
  });

  it('says a missing field is missing, and a wrong kind of value what it must be', () => {
    expect(problems({ format: 1, system: 'mosaic', extends: 'mosaic' })).toEqual([{ path: 'name', message: 'is missing' }]);
    expect(problems({ ...base, vocabulary: { yes: 'Yes' } })).toEqual([{ path: 'vocabulary › yes', message: 'must be a list (in [ ])' }]);
  });

  it('counts list items from 1 and names the choices', () => {
    expect(problems({ ...base, vocabulary: { closureReasons: [{ label: 'A', code: 'RC1' }, { label: 'B', code: 'RC10' }] } })).toEqual([
      { path: 'vocabulary › closureReasons › item 2 › code', message: 'must be one of “RC1”, “RC2”, “RC3”, “RC4”, “RC5”, “RC6”, “RC7”, “RC8”, “RC9” (did you mean “RC1”?)' },
    ]);
  });

  it('refuses a system it does not know to extend, suggesting the nearest', () => {
    expect(problems({ ...base, extends: 'mosiac' })[0]!.message).toContain('did you mean “mosaic”');
  });

  it('refuses to take a built-in system’s id without extending it', () => {
    expect(problems({ format: 1, system: 'care-assess', name: 'Mine' })[0]).toMatchObject({ path: 'system' });
  });

  it('describing a new system must be complete: titles, addresses, marks', () => {
    expect(problems({ format: 1, system: 'northshire', name: 'Northshire CMS', pages: { summary: {} } }).map((p) => p.path)).toEqual(['pages › summary › title', 'pages › summary › addresses', 'marks']);
  });

  it('holds data only: no script addresses, no selectors, no control characters, nothing too long', () => {
    expect(problems({ ...base, pages: { summary: { addresses: [{ path: 'javascript:alert(1)' }] } } })[0]).toMatchObject({ path: 'pages › summary › addresses › item 1 › path' });
    expect(problems({ ...base, labelClasses: ['td.lbl > span'] })[0]).toMatchObject({ path: 'labelClasses › item 1' });
    expect(problems({ ...base, vocabulary: { yes: ['Yes\u0007'] } })[0]).toMatchObject({ path: 'vocabulary › yes › item 1', message: 'no control characters' });
    expect(problems({ ...base, vocabulary: { yes: ['x'.repeat(201)] } })[0]).toMatchObject({ message: 'is longer than 200 characters' });
    expect(problems({ ...base, vocabulary: { yes: ['*'] } })[0]!.message).toContain('some words');
    expect(problems({ ...base, vocabulary: { yes: ['a*b*c*d*e*f*g*h'] } })[0]!.message).toContain('six');
  });

  it('takes hostile text as words: markup in a word is a word, and matches only itself', () => {
    const result = checkProfile({ ...base, vocabulary: { yes: ['<img src=x onerror=alert(1)>'] } }, BUILT_IN_FILES);
    expect(result.ok).toBe(true);
  });
});
