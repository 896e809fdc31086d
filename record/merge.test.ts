import { describe, expect, it } from 'vitest';
import { describeRecord } from './describe';
import { caseKey, emptyRecord, mergeReading, type FactPages } from './merge';
import { FACT_KEYS, FACT_VALUES, parsePageReading, type PageReading, type Source } from './schema';

const lookOn = Object.fromEntries(FACT_KEYS.map((k) => [k, 'summary'])) as FactPages;
const source = (seenAt: string, page: Source['page'] = 'chronology'): Source => ({ page, url: `http://h/${page}`, label: 'Last updated', seenAt });

function reading(facts: PageReading['facts'], personId = '42'): PageReading {
  return { system: 'mosaic', personId, page: 'chronology', url: 'http://h/chronology', seenAt: '2026-11-20T10:00:00Z', facts, warnings: [] };
}

describe('emptyRecord', () => {
  it('knows nothing, and says where each fact would be seen', () => {
    const record = emptyRecord('mosaic', '42', { ...lookOn, chronologyStatus: 'chronology' });
    expect(FACT_KEYS.every((k) => record.facts[k].known === false)).toBe(true);
    expect(record.facts.chronologyStatus).toEqual({ known: false, lookOn: 'chronology' });
  });
});

describe('mergeReading', () => {
  const start = emptyRecord('mosaic', '42', lookOn);

  it('takes the facts a page showed and leaves the rest unknown', () => {
    const merged = mergeReading(start, reading({ chronologyStatus: { known: true, value: 'open', source: source('2026-11-20T10:00:00Z') } }));
    expect(merged.facts.chronologyStatus).toMatchObject({ known: true, value: 'open' });
    expect(merged.facts.decisionDate.known).toBe(false);
    expect(merged.pagesSeen.chronology).toBe('2026-11-20T10:00:00Z');
  });

  it('lets the newest observation win, and never an older one', () => {
    const a = mergeReading(start, reading({ chronologyStatus: { known: true, value: 'open', source: source('2026-11-20T10:00:00Z') } }));
    const b = mergeReading(a, reading({ chronologyStatus: { known: true, value: 'closed', source: source('2026-11-20T11:00:00Z') } }));
    expect(b.facts.chronologyStatus).toMatchObject({ value: 'closed' });
    const c = mergeReading(b, reading({ chronologyStatus: { known: true, value: 'open', source: source('2026-11-20T09:00:00Z') } }));
    expect(c.facts.chronologyStatus).toMatchObject({ value: 'closed' });
  });

  it('never mixes two cases', () => {
    expect(() => mergeReading(start, reading({}, '43'))).toThrow(/mosaic:43/);
    expect(caseKey('care-assess', '7')).toBe('care-assess:7');
  });

  it('does not change the record it was given', () => {
    mergeReading(start, reading({ chronologyStatus: { known: true, value: 'open', source: source('2026-11-20T10:00:00Z') } }));
    expect(start.facts.chronologyStatus.known).toBe(false);
  });
});

describe('parsePageReading', () => {
  it('accepts a valid reading and refuses a malformed one with the path', () => {
    const ok = reading({ chronologyLastUpdated: { known: true, value: '2026-11-12', source: source('2026-11-20T10:00:00Z') } });
    expect(parsePageReading(ok)).toEqual(ok);
    const bad = parsePageReading({ ...ok, facts: { chronologyLastUpdated: { known: true, value: '12/11/2026', source: source('x') } } });
    expect(bad).toHaveProperty('error');
    expect((bad as { error: string }).error).toMatch(/chronologyLastUpdated/);
  });
});

describe('describeRecord', () => {
  it('prints each fact with its source, or where to look', () => {
    const merged = mergeReading(emptyRecord('mosaic', '42', lookOn), reading({ chronologyStatus: { known: true, value: 'open', source: source('2026-11-20T10:00:00Z') } }));
    const text = describeRecord(merged);
    expect(text).toContain('chronologyStatus: "open"  [chronology · Last updated · http://h/chronology]');
    expect(text).toContain('decisionDate: unknown — look on summary');
  });
});

describe('the record’s vocabulary', () => {
  it('has a value schema for every fact key, and a key for every value schema', () => {
    expect([...FACT_KEYS].sort()).toEqual(Object.keys(FACT_VALUES).sort());
  });
});
