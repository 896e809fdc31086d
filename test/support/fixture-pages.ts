/** The project's saved demo pages (test/fixtures/site), as DOMs for adapter tests. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { casesOf, type GeneratedCase } from './host-site.mjs';

export const SITE = resolve(import.meta.dirname, '../fixtures/site');
export const ORIGIN = 'http://127.0.0.1:8080';

export interface FixturePage {
  case: GeneratedCase;
  page: string;
  url: URL;
  html: string;
}

export function fixturePages(): FixturePage[] {
  return casesOf(SITE).flatMap((c) => c.pages.map((p) => ({ case: c, page: p.page, url: new URL(ORIGIN + p.url), html: readFileSync(join(SITE, p.file), 'utf8') })));
}

/** A page as a document (host scripts do not run: what the server sent). */
export function domOf(html: string, url: URL): Document {
  return new JSDOM(html, { url: url.href }).window.document;
}
