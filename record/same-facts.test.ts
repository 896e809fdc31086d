import { describe, expect, it } from 'vitest';
import type { PageReading } from './schema';
import { sameFacts } from './same-facts';

const source = (seenAt: string) => ({ page: 'casenotes', url: 'https://example.test/notes', label: 'Case notes', seenAt });
const note = { date: '2026-11-20', type: 'Home visit', kind: null, subject: 'Visit', author: 'Alex', status: 'final', selector: 'tr:nth-child(2)' };
const facts = (seenAt: string, notes: unknown[]) => ({ caseNotes: { known: true, value: notes, source: source(seenAt) } }) as unknown as PageReading['facts'];

describe('sameFacts', () => {
  it('is the same reading when only the time it was seen differs', () => {
    expect(sameFacts(facts('2026-12-01T10:00:00Z', [note]), facts('2026-12-01T10:05:00Z', [{ ...note }]))).toBe(true);
  });

  it('tells a changed value, an added row and a fact gone', () => {
    const before = facts('t', [note]);
    expect(sameFacts(before, facts('t', [{ ...note, status: 'draft' }]))).toBe(false);
    expect(sameFacts(before, facts('t', [note, note]))).toBe(false);
    expect(sameFacts(before, {} as PageReading['facts'])).toBe(false);
    expect(sameFacts({} as PageReading['facts'], before)).toBe(false);
  });

  it('tells a fact become unknown from one known as nothing', () => {
    const unknown = { caseNotes: { known: false, lookAt: 'casenotes' } } as unknown as PageReading['facts'];
    expect(sameFacts(unknown, facts('t', []))).toBe(false);
    expect(sameFacts(facts('t', [null]), facts('t', [{}]))).toBe(false);
    expect(sameFacts(facts('t', [[]]), facts('t', [{}]))).toBe(false);
  });
});
