/**
 * A host system as the rest of the extension sees it: its profile, read by the one generic reader.
 * No profile is bundled here: the overlay script gets the profiles in force from the service worker.
 */
import { FACT_KEYS, NOT_SHOWN, type FactKey, type HostSystem, type PageKind } from '../record/kinds';
import type { PageReading } from '../record/schema';
import type { FactPages } from '../record/merge';
import type { Profile } from './profiles/merge';
import { addressOf, addressSpecificity, detectPage, type CasePage } from './reader/detect';
import { readInSteps, readWith, type ReadResult } from './reader';
import type { FactReaders } from './reader/fact-readers';
import type { Steps } from './reader/steps';

export type { CasePage };

export interface Adapter {
  system: HostSystem;
  profile: Profile;
  /** Which page kind shows each fact (for "open the … page" links). */
  factPages: FactPages;
  /** Page kinds by their names as practitioners know them. */
  pageTitles: Record<PageKind, string>;
  /** This system's case page, by address and the page's own structure; never another system's. */
  detect(doc: Document, url: URL): CasePage | null;
  /** Reads the facts the page shows. `seenAt` is the ISO date-time of the reading. */
  read(doc: Document, url: URL, seenAt: string): PageReading;
  /** The reading with the report of what the profile expected on the page, in steps, for a caller that lets the page run between them (reader/steps.ts). */
  readInSteps(doc: Document, url: URL, seenAt: string): Steps<ReadResult>;
  /** The system's own address of a page kind for a person, beside `here` (null if the system has none). */
  pageUrl(page: PageKind, personId: string, here: URL): string | null;
}

/** The first page kind (in the profile's visiting order) that shows each fact. */
function factPagesOf(profile: Profile): FactPages {
  const pages = {} as FactPages;
  for (const [page, spec] of Object.entries(profile.pages)) {
    for (const key of Object.keys(spec.facts ?? {}) as FactKey[]) pages[key] ??= page;
  }
  for (const key of FACT_KEYS) pages[key] ??= NOT_SHOWN;
  return pages;
}

/**
 * The system's adapter, reading with the fact readers given (the overlay script's own: see
 * reader/fact-readers.ts). Without them it describes the system and reads no fact: each the page
 * expects is reported unread.
 */
export function adapterFor(profile: Profile, readers: Partial<FactReaders> = {}): Adapter {
  return {
    system: profile.system,
    profile,
    factPages: factPagesOf(profile),
    pageTitles: Object.fromEntries(Object.entries(profile.pages).map(([k, p]) => [k, p.title])),
    detect: (doc, url) => detectPage(profile, doc, url),
    read: (doc, url, seenAt) => readWith(profile, doc, url, seenAt, readers).reading,
    readInSteps: (doc, url, seenAt) => readInSteps(profile, doc, url, seenAt, readers),
    pageUrl: (page, personId, here) => addressOf(profile, page, personId, here),
  };
}

/**
 * The adapter whose case page this is, or null on any other page. Where two systems claim it (their
 * addresses end alike and the page carries both marks), the more specific address wins; a tie is
 * no one's, rather than a guess.
 */
export function detectCasePage(doc: Document, url: URL, adapters: readonly Adapter[]): { adapter: Adapter; casePage: CasePage } | null {
  // Most specific address first: a less specific system's claim could only lose, so its marks (a
  // search of the whole page's text, when they are not there) are never looked for.
  const ranked = adapters.map((adapter) => ({ adapter, specific: addressSpecificity(adapter.profile, url) })).sort((a, b) => b.specific - a.specific);
  let best: { adapter: Adapter; casePage: CasePage; specific: number } | null = null;
  for (const { adapter, specific } of ranked) {
    if (best && specific < best.specific) break;
    const casePage = adapter.detect(doc, url);
    if (!casePage) continue;
    // Two systems as specific as each other both claim the page: neither is trusted.
    if (best) return null;
    best = { adapter, casePage, specific };
  }
  return best && { adapter: best.adapter, casePage: best.casePage };
}
