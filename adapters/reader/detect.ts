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

/** Whether a character is a letter or a digit (any script's): only characters beside a candidate match are asked. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function wordCharAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  // A character outside the first plane is two code units: test it whole, from either half.
  const start = c >= 0xdc00 && c <= 0xdfff && at > 0 ? at - 1 : at;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** The mark's words as compared (lower case, NFKC): its runs of letters and digits. */
function wordsOf(text: string): string[] {
  const folded = normalise(text);
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < folded.length; i++) {
    if (wordCharAt(folded, i)) word += folded[i];
    else if (word) {
      words.push(word);
      word = '';
    }
  }
  return word ? [...words, word] : words;
}

/**
 * Where the words first stand in the (lower-cased) text in order, with anything but letters and
 * digits between them and none just before or after, from `from` on: [start, end) or null. Written
 * out rather than as a regular expression: one of Unicode letter classes, matched without regard to
 * case, took 5–7 ms of a case page's main thread to build on its first use, in every page it ran in.
 */
function wordsAt(text: string, words: readonly string[], from: number): [number, number] | null {
  for (let at = text.indexOf(words[0]!, from); at >= 0; at = text.indexOf(words[0]!, at + 1)) {
    if (at > 0 && wordCharAt(text, at - 1)) continue;
    let end = at + words[0]!.length;
    let all = true;
    for (const word of words.slice(1)) {
      let next = end;
      while (next < text.length && !wordCharAt(text, next)) next++;
      if (next === end || !text.startsWith(word, next)) {
        all = false;
        break;
      }
      end = next + word.length;
    }
    if (all && (end >= text.length || !wordCharAt(text, end))) return [at, end];
  }
  return null;
}

/** How much of the page's text is gathered before it is searched, and how much of it is searched again with the next. */
const PIECE = 8_192;
const OVERLAP = 1_024;
/** `NodeFilter.SHOW_TEXT`, which a document made outside a window (the tests') has no global for. */
const SHOW_TEXT = 0x4;
/** Text that is not the page's words to a reader. */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE']);

/**
 * Whether the page's text (its body's text, not its scripts' or styles') holds the words, folded as
 * profiles' words are (folding all the words of a page of thousands of notes to compare them cost
 * tens of milliseconds: the page's text is only lower-cased). Searched from the top in pieces first:
 * a mark in the page's banner is then found without gathering the text of thousands of notes below
 * it. Only a match clear of a piece's edges counts there, where the words around it are the page's
 * own; anything else is settled on the whole text, gathered on the way, as written and in NFKC form.
 */
function textHolds(doc: Document, words: readonly string[]): boolean {
  if (!doc.body) return false;
  const inside = (piece: string, first: boolean) => {
    const text = piece.toLowerCase();
    for (let m = wordsAt(text, words, 0); m; m = wordsAt(text, words, m[0] + 1)) if ((first || m[0] > 1) && m[1] < text.length) return true;
    return false;
  };
  const anywhere = (text: string) => wordsAt(text.toLowerCase(), words, 0) !== null;
  // The text as gathered so far (the body's text nodes in order, without its scripts' and styles'),
  // and where the piece not yet searched starts.
  let body = '';
  let from = 0;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (NOT_SHOWN.has(node.parentNode?.nodeName ?? '')) continue;
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
    const words = mark.text ? wordsOf(mark.text.replace('{id}', found.personId)) : [];
    return words.length > 0 && textHolds(doc, words);
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
