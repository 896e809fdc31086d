/**
 * Reads every page of a generated case with the adapters in jsdom (host scripts run, as in a
 * browser, so rows the host renders late arrive) and merges the readings: the record a visit
 * of all the pages gives, without a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { ADAPTERS } from '../../adapters';
import { emptyRecord, mergeReading } from '../../record/merge';
import type { CaseRecord, HostSystem, PageReading } from '../../record/schema';
import type { GeneratedCase } from './host-site.mjs';

export async function readPage(html: string, url: string, system: HostSystem, seenAt: string): Promise<PageReading> {
  const dom = new JSDOM(html, { url, runScripts: 'dangerously', pretendToBeVisual: true });
  const adapter = ADAPTERS[system]!;
  try {
    // Let the host's own scripts render what they render late (Mosaic's case notes, ~400 ms).
    const end = Date.now() + 2000;
    let reading = adapter.read(dom.window.document, new URL(url), seenAt);
    while (reading.page === 'case-notes' && !reading.facts.caseNotes && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      reading = adapter.read(dom.window.document, new URL(url), seenAt);
    }
    return reading;
  } finally {
    dom.window.close();
  }
}

export async function readCase(siteDir: string, c: GeneratedCase, origin = 'http://127.0.0.1:8080'): Promise<{ record: CaseRecord; readings: PageReading[] }> {
  const system = c.system;
  let record = emptyRecord(system, c.personId, ADAPTERS[system]!.factPages);
  const readings: PageReading[] = [];
  for (const [i, p] of c.pages.entries()) {
    const html = readFileSync(join(siteDir, p.file), 'utf8');
    const reading = await readPage(html, origin + p.url, system, `2026-11-20T10:00:${String(i).padStart(2, '0')}.000Z`);
    readings.push(reading);
    record = mergeReading(record, reading);
  }
  return { record, readings };
}
