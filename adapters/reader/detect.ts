/**
 * Which page of which case this is, by the profile's addresses and marks: first the address (cheap,
 * and what the service worker checks before injecting anything), then the page's own structure, so
 * one system's profile never claims another system's page.
 */
import type { PageKind } from '../../record/schema';
import type { Profile } from '../profiles/merge';
import type { Address } from '../profiles/schema';
import { matches, normalise } from '../profiles/words';

export interface CasePage {
  personId: string;
  page: PageKind;
}

const ID_CHARS = { digits: '\\d+', 'letters-and-digits': '[A-Za-z0-9]+' } as const;

const compiled = new WeakMap<Address, RegExp>();

/** The address's path template as a pattern: it ends the path (any base path before it), {id} captured. */
function pathPattern(profile: Profile, address: Address): RegExp {
  let re = compiled.get(address);
  if (!re) {
    const id = ID_CHARS[profile.personId ?? 'letters-and-digits'];
    const body = address.path
      .replace(/\/+$/, '')
      .split('{id}')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(`(${id})`);
    re = new RegExp(`${body}/?$`, profile.caseSensitivePaths ? '' : 'i');
    compiled.set(address, re);
  }
  return re;
}

/**
 * The person id, if the URL is at this address, and how specific the match is: a longer path
 * template, then more query parameters, is more specific.
 */
function atAddress(profile: Profile, address: Address, url: URL): { personId: string; specific: number } | null {
  const m = pathPattern(profile, address).exec(url.pathname);
  let personId = m?.[1] ?? '';
  if (!m) return null;
  const same = (a: string, b: string) => (profile.caseSensitivePaths ? a === b : a.toLowerCase() === b.toLowerCase());
  const params = [...url.searchParams];
  for (const [name, wanted] of Object.entries(address.query ?? {})) {
    const value = params.find(([key]) => same(key, name))?.[1];
    if (value === undefined) return null;
    if (wanted === '{id}') {
      if (!new RegExp(`^${ID_CHARS[profile.personId ?? 'letters-and-digits']}$`).test(value) || (personId && personId !== value)) return null;
      personId = value;
    } else if (!same(value, wanted)) return null;
  }
  return personId ? { personId, specific: address.path.length * 100 + Object.keys(address.query ?? {}).length } : null;
}

/** The page kind and person at this URL, by address alone: the most specific address wins. */
export function pageAt(profile: Profile, url: URL): CasePage | null {
  const found = addressAt(profile, url);
  return found && { personId: found.personId, page: found.page };
}

/** How specifically the profile's best address matches the URL (0: not at all): where two systems share a path, the longer template wins. */
export function addressSpecificity(profile: Profile, url: URL): number {
  return addressAt(profile, url)?.specific ?? 0;
}

function addressAt(profile: Profile, url: URL): (CasePage & { specific: number }) | null {
  let best: (CasePage & { specific: number }) | null = null;
  for (const [page, spec] of Object.entries(profile.pages)) {
    for (const address of spec.addresses) {
      const hit = atAddress(profile, address, url);
      if (hit && (!best || hit.specific > best.specific)) best = { page, ...hit };
    }
  }
  return best;
}

/** Patterns already made, by mark: a pattern of Unicode classes costs milliseconds to compile, and every reading detects the page again. */
const patterns = new Map<string, RegExp | null>();

/**
 * The mark's words in order, with anything but letters and digits between them, as a pattern to
 * run over the page's own text (folding all the words of a page of thousands of notes first, to
 * compare them, cost tens of milliseconds). Global, to look for it past a match that does not count.
 */
function wordsPattern(text: string): RegExp | null {
  let pattern = patterns.get(text);
  if (pattern !== undefined) return pattern;
  // Letters and digits only: nothing in them is special to a pattern.
  const words = normalise(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  pattern = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu') : null;
  // A page of one case holds one id: the few marks of its profile are all this keeps, unless ids keep changing.
  if (patterns.size >= 100) patterns.clear();
  patterns.set(text, pattern);
  return pattern;
}

/** How much of the page's text is gathered before it is searched, and how much of it is searched again with the next. */
const PIECE = 8_192;
const OVERLAP = 1_024;
/** `NodeFilter.SHOW_TEXT`, which a document made outside a window (the tests') has no global for. */
const SHOW_TEXT = 0x4;

/**
 * Whether the page's text (its body's `textContent`) holds the pattern. Searched from the top in
 * pieces first: a mark in the page's banner is then found without gathering the text of thousands
 * of notes below it. Only a match clear of a piece's edges counts there, where the words around it
 * are the page's own; anything else is settled on the whole text, gathered on the way, as written
 * and in NFKC form.
 */
function textHolds(doc: Document, pattern: RegExp): boolean {
  if (!doc.body) return false;
  const inside = (piece: string, first: boolean) => {
    for (const m of piece.matchAll(pattern)) if ((first || m.index > 1) && m.index + m[0].length < piece.length) return true;
    return false;
  };
  const anywhere = (text: string) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  // The text as gathered so far (the body's text nodes in order: its `textContent` once all are in),
  // and where the piece not yet searched starts.
  let body = '';
  let from = 0;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    body += (node as Text).data;
    if (body.length - from < PIECE) continue;
    if (inside(body.slice(from), from === 0)) return true;
    from = body.length - OVERLAP;
  }
  if (anywhere(body)) return true;
  // Not found as written: the page may write it in other forms of the same characters (NFKC),
  // which only a page with characters beyond plain ASCII and white space can.
  return /[^ -~\s]/.test(body) && anywhere(body.normalize('NFKC'));
}

/** Whether an element that labels things (a label, a legend, a header or label cell) says one of the phrases. */
function labelSays(doc: Document, phrases: readonly string[]): boolean {
  for (const label of doc.querySelectorAll('label, legend, th, dt, td')) if (matches(label.textContent ?? '', phrases)) return true;
  return false;
}

/** Whether the page carries one of the marks of its system (or of its page kind). */
function marked(profile: Profile, doc: Document, found: CasePage): boolean {
  const marks = profile.pages[found.page]?.marks ?? profile.marks ?? [];
  return marks.some((mark) => {
    if (mark.field && doc.querySelector(`input[name="${mark.field}"]`)) return true;
    if (mark.title && matches(doc.title, mark.title)) return true;
    if (mark.label && labelSays(doc, mark.label)) return true;
    const pattern = mark.text && wordsPattern(mark.text.replace('{id}', found.personId));
    return !!pattern && textHolds(doc, pattern);
  });
}

/** This system's case page, or null: the address and the page's own marks must both agree. */
export function detectPage(profile: Profile, doc: Document, url: URL): CasePage | null {
  try {
    const found = pageAt(profile, url);
    return found && marked(profile, doc, found) ? found : null;
  } catch {
    return null;
  }
}

/** The address of a page kind for a person, beside the current one (keeping the council's base path). */
export function addressOf(profile: Profile, page: PageKind, personId: string, here: URL): string | null {
  // A framed page is opened through the page that frames it, as practitioners do.
  const target = profile.pages[page]?.framedIn ?? page;
  const address = profile.pages[target]?.addresses[0];
  const current = pageAt(profile, here);
  if (!address || !current) return null;
  const currentAddress = profile.pages[current.page]!.addresses.find((a) => pathPattern(profile, a).test(here.pathname))!;
  const base = here.pathname.replace(pathPattern(profile, currentAddress), '');
  const path = address.path.replace(/\/+$/, '').replace('{id}', encodeURIComponent(personId));
  const query = Object.entries(address.query ?? {}).map(([k, v]) => `${k}=${encodeURIComponent(v === '{id}' ? personId : v)}`).join('&');
  return new URL(`${base}${path}${query ? `?${query}` : ''}`, here.origin).href;
}
