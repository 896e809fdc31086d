/**
 * What every host-system adapter provides. An adapter reads one page of its own
 * system into a PageReading and never throws: what it cannot find stays unknown.
 */
import type { FactPages } from '../record/merge';
import type { HostSystem, PageKind, PageReading } from '../record/schema';

/** A case page of this system: which person and which kind of page. */
export interface CasePage {
  personId: string;
  page: PageKind;
}

export interface Adapter {
  system: HostSystem;
  /** Which page kind shows each fact in this system (for "open the … page" links). */
  factPages: FactPages;
  /**
   * Decides from the address and the page's own structure whether this is one of
   * this system's case pages. Never claims the other system's pages.
   */
  detect(doc: Document, url: URL): CasePage | null;
  /** Reads the facts the page shows. `seenAt` is the ISO date-time of the reading. */
  read(doc: Document, url: URL, seenAt: string): PageReading;
  /** The system's own address of a page kind for a person, relative to `base` (null if the system has none). */
  pageUrl(page: PageKind, personId: string, base: URL): string | null;
}
