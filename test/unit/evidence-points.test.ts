// "Show me" outlines the element each piece of evidence was read from: for every evidence line of
// every pack on every saved demo case, the element its selector finds is on the page it names, and
// holds each name, title or subject from the record that the line quotes (the worker relationship's
// row, not the professionals' table).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../record/kinds';
import type { CaseRecord } from '../../record/schema';
import { evaluate } from '../../rules/engine';
import { PACKS } from '../../rules/packs';
import { JSDOM } from 'jsdom';
import { SITE } from '../support/fixture-pages';
import { casesOf } from '../support/host-site.mjs';
import { readCase } from '../support/read-site';

const ORIGIN = 'http://127.0.0.1:8080';

/** The words of a fact's items a line might quote: names, titles, subjects, labels. */
function quotable(record: CaseRecord, fact: string): string[] {
  const f = record.facts[fact as keyof CaseRecord['facts']];
  if (!f.known || !Array.isArray(f.value)) return [];
  return (f.value as Record<string, unknown>[]).flatMap((item) => ['name', 'title', 'subject', 'label'].map((k) => item[k]).filter((v): v is string => typeof v === 'string' && v.length > 3));
}

/** What a person sees in an element: its text and the values of its controls. */
function seen(el: Element): string {
  const values = Array.from(el.querySelectorAll('input, textarea, select')).map((c) => (c as HTMLInputElement).value);
  return [el.textContent ?? '', (el as HTMLInputElement).value ?? '', ...values].join(' ').replace(/\s+/g, ' ');
}

describe('every piece of evidence points at the element it was read from', () => {
  for (const c of casesOf(SITE).filter((x) => (SYSTEMS as readonly string[]).includes(x.system))) {
    it(`${c.id}: each evidence line's element is on its page and holds what the line quotes`, async () => {
      const { record } = await readCase(SITE, c, ORIGIN);
      // The pages as a browser shows them: their own scripts run (case notes drawn after load).
      const doms = c.pages.map((p) => [ORIGIN + p.url, new JSDOM(readFileSync(join(SITE, p.file), 'utf8'), { url: ORIGIN + p.url, runScripts: 'dangerously', pretendToBeVisual: true })] as const);
      await new Promise((r) => setTimeout(r, 1200));
      const pages = new Map(doms.map(([url, dom]) => [url, dom.window.document]));
      let checked = 0;
      for (const pack of PACKS) {
        for (const verdict of evaluate(pack, record, '2026-11-20').verdicts) {
          for (const e of verdict.evidence) {
            if (!e.source.selector) continue;
            const doc = pages.get(e.source.url);
            expect(doc, `${verdict.rule}: evidence from a page of the case (${e.source.url})`).toBeDefined();
            const el = doc!.querySelector(e.source.selector);
            expect(el, `${verdict.rule} “${e.text}”: ${e.source.selector} finds an element`).not.toBeNull();
            for (const words of quotable(record, e.fact).filter((w) => e.text.includes(w))) {
              expect(seen(el!), `${verdict.rule} “${e.text}” outlines an element holding “${words}”`).toContain(words);
            }
            checked++;
          }
        }
      }
      expect(checked, 'some evidence was checked').toBeGreaterThan(10);
      doms.forEach(([, dom]) => dom.window.close());
    });
  }
});
