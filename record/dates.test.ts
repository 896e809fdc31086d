import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, localToday } from './dates';

describe('dates', () => {
  it('counts calendar days across month, year and clock changes', () => {
    expect(addDays('2026-11-20', 7)).toBe('2026-11-27');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // across the UK clock change
    expect(daysBetween('2026-11-11', '2026-11-20')).toBe(9);
    expect(daysBetween('2026-11-20', '2026-11-11')).toBe(-9);
  });
  it('formats a date the way a UK practitioner reads it', () => {
    expect(formatDate('2026-11-02')).toBe('2 Nov 2026');
  });
  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
  });
});
