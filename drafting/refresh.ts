/**
 * Keeping a draft up to date with the record. Each section remembers the text it was last
 * filled with from the record (`base`): a section the practitioner has not edited refills as
 * facts arrive; an edited one is never overwritten, and what the record would now say is
 * offered beside it instead.
 */
import type { DraftSection } from './types';

export interface KeptSection {
  id: string;
  title: string;
  text: string;
  /** The text the record last gave this section; equal to `text` while the practitioner has not edited it. */
  base: string;
}

/** What the record now says for an edited section, offered, never applied unasked. */
export interface Offer {
  id: string;
  title: string;
  mine: string;
  fromRecord: string;
}

/** The section that holds a draft written before documents had sections (kept whole). */
export const EARLIER_DRAFT = 'earlier-draft';

export interface Refreshed {
  sections: KeptSection[];
  offers: Offer[];
  /** Sections of the record not in a draft written before sections existed: added only when asked. */
  notAdded: DraftSection[];
  /** Whether anything changed that needs saving. */
  changed: boolean;
}

export const keep = (s: DraftSection): KeptSection => ({ id: s.id, title: s.title, text: s.text, base: s.text });

export function refresh(kept: readonly KeptSection[] | null, fresh: readonly DraftSection[]): Refreshed {
  if (!kept) return { sections: fresh.map(keep), offers: [], notAdded: [], changed: true };
  const byId = new Map(kept.map((s) => [s.id, s]));
  const earlier = kept.filter((s) => s.id === EARLIER_DRAFT);
  const offers: Offer[] = [];
  const notAdded: DraftSection[] = [];
  let changed = false;
  const sections: KeptSection[] = [...earlier];
  for (const f of fresh) {
    const s = byId.get(f.id);
    if (!s) {
      if (earlier.length) notAdded.push(f);
      else {
        sections.push(keep(f));
        changed = true;
      }
      continue;
    }
    const edited = s.text !== s.base;
    if (!edited && f.text !== s.base) {
      sections.push(keep(f));
      changed = true;
    } else {
      if (edited && f.text !== s.base) offers.push({ id: s.id, title: f.title, mine: s.text, fromRecord: f.text });
      sections.push({ ...s, title: f.title });
    }
  }
  // A section the record no longer gives (the part changed) goes only if it was never edited: typed text is never lost.
  const freshIds = new Set(fresh.map((f) => f.id));
  for (const s of kept) {
    if (s.id === EARLIER_DRAFT || freshIds.has(s.id)) continue;
    if (s.text !== s.base) sections.push(s);
    else changed = true;
  }
  return { sections, offers, notAdded, changed };
}

/** Takes what the record says for an edited section. */
export const acceptOffer = (sections: readonly KeptSection[], offer: Offer): KeptSection[] =>
  sections.map((s) => (s.id === offer.id ? { ...s, text: offer.fromRecord, base: offer.fromRecord } : s));

/** Keeps the practitioner's text, and stops offering this version of the record's. */
export const declineOffer = (sections: readonly KeptSection[], offer: Offer): KeptSection[] =>
  sections.map((s) => (s.id === offer.id ? { ...s, base: offer.fromRecord } : s));
