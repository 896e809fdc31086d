import { describe, expect, it } from 'vitest';
import type { PageReading } from '../record/schema';
import type { ReadingMessage, ReadingPartMessage } from './protocol';
import { inParts, ReadingAssembly } from './reading-parts';

const source = { page: 'casenotes', url: 'https://case.example/notes', selector: '#notes' };
const note = (i: number) => ({ date: '2026-11-01', type: 'Home visit', kind: null, subject: `Note ${i}`, author: 'Alex Worker', status: 'final', selector: `#notes > :nth-child(${i})` });
const entry = (i: number) => ({ date: '2026-10-01', event: `Event ${i}` });

function reading(notes: number, entries: number): ReadingMessage {
  const facts = {
    childName: { known: true, value: 'Ava Example', source },
    caseNotes: { known: true, value: Array.from({ length: notes }, (_, i) => note(i + 1)), source },
    chronologyEntries: { known: true, value: Array.from({ length: entries }, (_, i) => entry(i + 1)), source },
  } as unknown as PageReading['facts'];
  return { type: 'reading', reading: { system: 'mosaic', personId: '123', page: 'casenotes', url: source.url, seenAt: '2026-12-01T10:00:00Z', facts, warnings: [] }, report: [{ fact: 'caseNotes', outcome: 'read', from: 'Case notes' }] };
}

/** Every message handed to the assembly in turn: what it gave back each time. */
const takeAll = (assembly: ReadingAssembly, from: string, messages: (ReadingMessage | ReadingPartMessage)[]) => messages.map((m) => assembly.take(from, m));

describe('a reading in parts', () => {
  it('is one message, as it was, when no list is longer than a part', () => {
    const message = reading(1000, 20);
    expect(inParts(message, '1', 1000)).toEqual([message]);
    expect(new ReadingAssembly().take('7:0', message)).toBe(message);
  });

  it('goes as the reading with the first items of each long list, then the rest in order, and is put together whole', () => {
    const message = reading(2500, 1200);
    const parts = inParts(message, '1', 1000);
    expect(parts.map((p) => (p.type === 'reading' ? `reading of ${p.parts} parts` : `${p.index}: ${p.fact} ×${p.items.length}`))).toEqual(['reading of 3 parts', '1: caseNotes ×1000', '2: caseNotes ×500', '3: chronologyEntries ×200']);
    const [first] = parts;
    expect((first.reading.facts.caseNotes?.value ?? []).length).toBe(1000);
    // The reading itself is left as it was (the overlay keeps it to compare with the next).
    expect(message.reading.facts.caseNotes?.value).toHaveLength(2500);
    const answers = takeAll(new ReadingAssembly(), '7:0', parts);
    expect(answers.slice(0, -1)).toEqual([undefined, undefined, undefined]);
    expect(answers.at(-1)).toEqual(message);
  });

  it('is dropped, never taken short, when a part is missing or out of order', () => {
    const parts = inParts(reading(4000, 0), '1', 1000);
    const assembly = new ReadingAssembly();
    const answers = takeAll(assembly, '7:0', [parts[0], parts[1]!, parts[3]!]);
    expect(answers[2]).toEqual({ error: expect.stringMatching(/did not follow/) });
    // What came after the gap belongs to no reading now.
    expect(assembly.take('7:0', parts[2]!)).toEqual({ error: expect.stringMatching(/did not follow/) });
  });

  it('gives way to the frame’s next reading, and keeps each frame’s parts apart', () => {
    const older = inParts(reading(2000, 0), '1', 1000);
    const newer = inParts(reading(3000, 0), '2', 1000);
    const other = inParts(reading(2000, 0), '1', 1000);
    const assembly = new ReadingAssembly();
    expect(assembly.take('7:0', older[0])).toBeUndefined();
    expect(assembly.take('7:3', other[0])).toBeUndefined();
    expect(takeAll(assembly, '7:0', newer).at(-1)).toEqual(reading(3000, 0));
    expect(assembly.take('7:0', older[1]!)).toEqual({ error: expect.any(String) });
    expect(assembly.take('7:3', other[1]!)).toEqual(reading(2000, 0));
  });

  it('refuses what no reading of a page sends', () => {
    const [first, part] = inParts(reading(2000, 0), '1', 1000) as [ReadingMessage, ReadingPartMessage];
    const assembly = new ReadingAssembly();
    for (const parts of [0, -1, 1.5, 1e9, '2']) expect(assembly.take('7:0', { ...first, parts: parts as number })).toEqual({ error: expect.any(String) });
    for (const changed of [{ items: Array.from({ length: 1001 }, (_, i) => note(i)) }, { fact: '__proto__' }, { fact: 'childName' }, { items: 'x' }, { index: 2 }, { id: '9' }]) {
      expect(assembly.take('7:0', first)).toBeUndefined();
      expect(assembly.take('7:0', { ...part, ...changed } as ReadingPartMessage)).toEqual({ error: expect.any(String) });
    }
    // A closed tab's readings still coming are forgotten with it.
    expect(assembly.take('7:0', first)).toBeUndefined();
    assembly.forgetTab(7);
    expect(assembly.take('7:0', part)).toEqual({ error: expect.any(String) });
  });
});
