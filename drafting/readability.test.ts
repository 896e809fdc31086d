import { describe, expect, it } from 'vitest';
import { averageSentenceLength, findJargon, findThirdPartyDetails, fleschReadingEase, readabilityReport, sentences, syllables, words } from './readability';

describe('counting', () => {
  it('counts words, sentences and syllables', () => {
    expect(words('The cat sat — on the mat.')).toEqual(['The', 'cat', 'sat', 'on', 'the', 'mat']);
    expect(sentences('One. Two! Three?\nFour')).toHaveLength(4);
    expect([syllables('cat'), syllables('table'), syllables('family'), syllables('closed'), syllables('needed'), syllables('safe'), syllables('children')]).toEqual([1, 2, 3, 1, 2, 1, 2]);
  });
});

describe('Flesch reading ease, checked by hand', () => {
  it('"The cat sat on the mat." = 6 words, 1 sentence, 6 syllables → 206.835 − 1.015×6 − 84.6×1 = 116.145', () => {
    expect(fleschReadingEase('The cat sat on the mat.')).toEqual({ score: 116.1, words: 6, sentences: 1, syllables: 6 });
  });
  it('"We will keep helping your family." = 6 words, 1 sentence, 9 syllables (help-ing, fam-i-ly) → 206.835 − 6.09 − 84.6×1.5 = 73.845', () => {
    expect(fleschReadingEase('We will keep helping your family.')).toEqual({ score: 73.8, words: 6, sentences: 1, syllables: 9 });
  });
  it('"Statutory intervention ceased." = 3 words, 1 sentence, 9 syllables (stat-u-to-ry in-ter-ven-tion ceased) → 206.835 − 3.045 − 84.6×3 = −50.01', () => {
    expect(fleschReadingEase('Statutory intervention ceased.')).toEqual({ score: -50, words: 3, sentences: 1, syllables: 9 });
  });
  it('gives no figure for empty text, never NaN', () => {
    expect(fleschReadingEase('   ')).toBeNull();
    expect(averageSentenceLength('')).toBeNull();
  });
  it('averages sentence length: 6 and 2 words → 4', () => {
    expect(averageSentenceLength('The cat sat on the mat. Dogs bark.')).toBe(4);
  });
});

describe('jargon and third-party details', () => {
  it('finds acronyms and jargon with plain alternatives', () => {
    const found = findJargon('After the ICPC the CP plan ended and we stepped down to TAF. The threshold was not met; s47 closed.');
    expect(found.map((f) => f.text)).toEqual(['ICPC', 'CP plan', 'stepped down', 'TAF', 'threshold', 's47']);
    expect(found[0]!.advice).toMatch(/meeting/);
  });
  it('knows the terms of the practice documents and the census guide, with plain words for each', () => {
    const found = findJargon('Help under section 17 ended; the family was stepped down to universal services and preventative services by partner agencies. Parental capacity improved. Those with PR were told by the SW and TM; RC7 was chosen and the chronology updated. The DSL and the designated safeguarding lead agreed.');
    expect(found.map((f) => f.text)).toEqual(['section 17', 'stepped down', 'universal services', 'preventative services', 'partner agencies', 'Parental capacity', 'PR', 'SW', 'TM', 'RC7', 'chronology', 'DSL', 'designated safeguarding lead']);
    expect(found.every((f) => f.advice.length > 0 && !findJargon(f.advice).length)).toBe(true);
  });

  it('does not take letters inside words for acronyms', () => {
    expect(findJargon('A cup of tea with Mr Cipriani, a PRO at SWOT; s170 and section 175 are not s17.')).toEqual([expect.objectContaining({ text: 's17' })]);
  });
  it('warns of phone numbers, postcodes, addresses, dates of birth and e-mail addresses', () => {
    const found = findThirdPartyDetails('Call Sandra on 01632 960123 at 12 Mill Lane, HB9 3QZ. Her DOB is 04/09/1970; e-mail s.walsh@example.com.');
    expect(found.map((f) => f.advice.split(':')[0])).toEqual(['A phone number', 'An address', 'A postcode', 'A date of birth', 'An e-mail address']);
  });
  it('reports against the audience’s target', () => {
    const report = readabilityReport('We will keep helping your family.', 'family');
    expect(report.ok).toEqual({ flesch: true, sentences: true, jargon: true, thirdParty: true });
    expect(readabilityReport('We will keep helping your family.', 'child').ok.flesch).toBe(false);
  });
});
