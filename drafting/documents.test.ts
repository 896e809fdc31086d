// Every closure document, for every case of every supported system: built from the record
// alone, each section with a question and a source found word for word in its practice
// document, named as a practitioner knows it, and nothing said that the record does not show.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEMS } from '../record/schema';
import { citationName } from '../rules/sources';
import { draftInputFor, TODAY } from '../test/support/draft-input';
import { buildRecord, recordFromScenario } from '../test/support/record-builder';
import { documentText } from './assemble';
import { DOCUMENTS } from './documents';
import { DOCUMENT_TITLES } from './titles';
import { DOCUMENT_IDS } from './types';

const SHARED = resolve(process.env.SHARED_DIR ?? resolve(import.meta.dirname, '../../shared'));
const SEEDS: Record<string, string> = { A: '000_335883b25ac02fd4.txt', B: '001_77bb638b1052ddd1.txt', C: '002_7f677c5e8b89d5f8.txt', D: '003_5cce6679f0697b6e.txt', E: '004_6fc746cfe19f6c45.txt' };
const norm = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\*\*/g, '').replace(/\s+/g, ' ').toLowerCase();
const dirs = [resolve(import.meta.dirname, '../test/hosts/scenarios'), join(SHARED, 'hosts/scenarios')].filter(existsSync);
const scenarios = dirs.flatMap((d) => readdirSync(d).map((f) => JSON.parse(readFileSync(join(d, f), 'utf8')))).filter((s) => (SYSTEMS as readonly string[]).includes(s.system));

const everyDraft = (input: ReturnType<typeof draftInputFor>) => DOCUMENT_IDS.flatMap((id) => DOCUMENTS[id].parts(input).map((part) => DOCUMENTS[id].draft(input, part)));

describe('every closure document', () => {
  it('has a name for the panel and the drafting view', () => {
    expect(Object.keys(DOCUMENT_TITLES).sort()).toEqual([...DOCUMENT_IDS].sort());
  });

  for (const scenario of scenarios) {
    it(`${scenario.id}: every part drafts, every section asks its question and names its source`, () => {
      const input = draftInputFor(recordFromScenario(scenario, TODAY), 'managerial-practice-note');
      const drafts = everyDraft(input);
      expect(new Set(drafts.map((d) => d.document))).toEqual(new Set(DOCUMENT_IDS));
      for (const d of drafts) {
        expect(d.sections.length, `${d.document} ${d.part.key}`).toBeGreaterThan(0);
        for (const s of d.sections) {
          expect(s.prompt.length, s.id).toBeGreaterThan(10);
          expect(citationName(s.source)).not.toMatch(/^[A-E],|Source [A-E]\b|\([A-E]\)/);
          expect(s.text.trim().length, `${d.document} ${s.id}`).toBeGreaterThan(0);
        }
      }
      // One letter per current professional, each greeting them by the name the record gives.
      for (const d of drafts.filter((x) => x.document === 'professional-letter')) expect(documentText(d.sections, d.layout)).toMatch(new RegExp(`^Dear ${d.part.professional!.name},`));
    });
  }

  it('drafted before anything is seen, says which page to open and states no fact', () => {
    const input = draftInputFor(buildRecord('mosaic', {}, '2071534'));
    for (const d of everyDraft(input)) {
      const text = documentText(d.sections, d.layout);
      expect(text, `${d.document} ${d.part.key}`).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b/);
      expect(text).not.toMatch(/\bDone –/);
      for (const s of d.sections) expect(s.facts, `${d.document} ${s.id} cites a fact it cannot have seen`).toEqual([]);
    }
    expect(documentText(everyDraft(input)[0]!.sections, 'headed')).toContain('[Not seen yet: open the Person summary page.]');
  });
});

describe.skipIf(!existsSync(join(SHARED, 'seeds')))('the guidance behind each section (../shared/seeds)', () => {
  it('is quoted word for word from its practice document', () => {
    const input = draftInputFor(recordFromScenario(scenarios[0], TODAY), 'managerial-practice-note');
    const seen = new Set<string>();
    for (const d of everyDraft(input)) {
      for (const s of d.sections) {
        if (seen.has(s.source.quote)) continue;
        seen.add(s.source.quote);
        const seed = norm(readFileSync(join(SHARED, 'seeds', SEEDS[s.source.source]!), 'utf8'));
        expect(seed.includes(norm(s.source.quote)), `${d.document} ${s.id}: “${s.source.quote}” not found in ${citationName(s.source)}`).toBe(true);
      }
    }
    expect(seen.size).toBeGreaterThan(15);
  });
});
