// Dates in a profile's formats: the answers remembered for long lists stay those of each list of formats.
import { describe, expect, it } from 'vitest';
import { parseDate, type DateFormat } from './dates';

describe('parseDate', () => {
  it('reads the first date in one of the formats, and none it cannot trust', () => {
    expect(parseDate('Seen 3 Apr 2026', ['d MMM yyyy'])).toBe('2026-04-03');
    expect(parseDate('31/02/2026', ['dd/mm/yyyy'])).toBeUndefined();
  });
  it('answers the same text again by the formats it is asked with, not those of an earlier question', () => {
    const dmy: DateFormat[] = ['dd/mm/yyyy'];
    const iso: DateFormat[] = ['yyyy-mm-dd'];
    for (let round = 0; round < 2; round++) {
      expect(parseDate('03/04/2026', dmy)).toBe('2026-04-03');
      expect(parseDate('03/04/2026', iso)).toBeUndefined();
      expect(parseDate('03/04/2026', ['yyyy-mm-dd', 'dd/mm/yyyy'])).toBe('2026-04-03');
    }
  });
});
