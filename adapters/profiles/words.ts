/**
 * How a host profile's words are matched against a page's words. Profiles hold words, never regular
 * expressions, so a council can write one from the docs alone and nothing in it can run or stall.
 *
 * A phrase matches a text when the two are the same once case, spacing and a trailing ":" or "*"
 * are set aside; a "*" in the phrase stands for any run of characters ("Date * informed").
 */

/** Text as compared: lower case, white space folded, trailing colons, asterisks and spaces dropped. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/[\s:*]+$/, '')
    .toLowerCase();
}

/** Longer page texts are cut before matching: labels and status words are short. */
const MAX_TEXT = 400;

/**
 * Whether the text matches the pattern, "*" standing for any run of characters: the classic
 * two-pointer wildcard match (it only ever steps back to the last "*"), so no pattern can stall it.
 */
function wildcard(text: string, pattern: string): boolean {
  let t = 0;
  let p = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      t++;
      p++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/** A phrase as compared: like a text, but its own "*" kept (a trailing "*" means "and anything after"). */
function normalisePhrase(phrase: string): string {
  return phrase.normalize('NFKC').replace(/[\s\u00a0]+/g, ' ').trim().replace(/[\s:]+$/, '').toLowerCase();
}

/**
 * Normalised texts already seen: a list of thousands of rows says the same few status words and
 * note types over and over. Only short texts are kept (labels, status words and types are short; a
 * note's subject is seldom seen twice, and looking it up would cost more than folding it again).
 * Emptied when full, so a page of many distinct texts cannot make it grow without end.
 */
const SHORT = 80;
const seenTexts = new Map<string, string>();
function asText(text: string): string {
  if (text.length > SHORT) return normalise(text.slice(0, MAX_TEXT));
  let done = seenTexts.get(text);
  if (done === undefined) {
    if (seenTexts.size >= 5_000) seenTexts.clear();
    seenTexts.set(text, (done = normalise(text)));
  }
  return done;
}

/** A word list as compared: the phrases without "*" as a set, the others to match one by one. */
interface Compiled {
  exact: Set<string>;
  wild: string[];
  /** The length of the longest phrase without "*", as compared. */
  longest: number;
}

/**
 * Printable ASCII words with single spaces between them, ending in neither ":" nor "*": a text that
 * comparing leaves as long as it is (no other forms of its characters, no white space to fold or
 * trim, no ending to drop; only its case changes).
 */
const KEEPS_ITS_LENGTH = /^(?:[!-~]+ )*[!-~]*[!-)+-9;-~]$/;
/** By list: a profile's lists are made once and asked about for every row. */
const compiledLists = new WeakMap<readonly string[], Compiled>();
function compiled(phrases: readonly string[]): Compiled {
  let list = compiledLists.get(phrases);
  if (!list) {
    const all = phrases.map(normalisePhrase);
    const exact = all.filter((p) => !p.includes('*'));
    list = { exact: new Set(exact), wild: all.filter((p) => p.includes('*')), longest: Math.max(0, ...exact.map((p) => p.length)) };
    compiledLists.set(phrases, list);
  }
  return list;
}

/** Whether the text is one of the phrases. */
export function matches(text: string, phrases: readonly string[] | undefined): boolean {
  if (!phrases?.length) return false;
  const { exact, wild, longest } = compiled(phrases);
  // A text that comparing keeps at its length changes only its case: no folding (a list of thousands
  // of notes asks this of every note's subject, each seen once, and folding was most of its reading).
  const plain = text.length <= MAX_TEXT && KEEPS_ITS_LENGTH.test(text);
  // Longer than every phrase: none of them.
  if (plain && wild.length === 0 && text.length > longest) return false;
  const t = plain ? text.toLowerCase() : asText(text);
  if (exact.has(t)) return true;
  // A loop, not some() with a function made for each of thousands of texts.
  for (let i = 0; i < wild.length; i++) if (wildcard(t, wild[i]!)) return true;
  return false;
}

/**
 * Answers already worked out, by word lists (a profile's, which do not change) and text: a list's
 * column says the same few words in thousands of rows ("Home visit", "Final"), and matching each
 * against every phrase of every meaning was 6 ms of a first reading of 1,000 case notes here.
 */
const answered = new WeakMap<object, Map<string, string | undefined>>();
/** Texts remembered per word lists, at most: a column of all different words starts again. */
const ANSWERS_KEPT = 500;

/** The key of the first word list the text matches ({ open: [...], complete: [...] } → 'open'), or undefined. */
export function whichOf<K extends string>(text: string, lists: Partial<Record<K, readonly string[]>>): K | undefined {
  let known = answered.get(lists);
  if (known?.has(text)) return known.get(text) as K | undefined;
  let found: K | undefined;
  let any = false;
  for (const key in lists) {
    any = true;
    if (matches(text, lists[key])) {
      found = key;
      break;
    }
  }
  // Lists with no meanings at all (a profile without them) answer nothing, and are not remembered.
  if (!any) return undefined;
  if (!known) answered.set(lists, (known = new Map()));
  else if (known.size >= ANSWERS_KEPT) known.clear();
  known.set(text, found);
  return found;
}

/**
 * Whether the text contains one of the phrases as whole words ("GP" in "GP surgery", not in "Group"):
 * for words that tell an agency from a role or an organisation's name.
 */
export function containsWords(text: string, phrases: readonly string[] | undefined): boolean {
  if (!phrases?.length) return false;
  const t = ` ${wordsOnly(text.slice(0, MAX_TEXT))} `;
  return wordPhrases(phrases).some((words) => t.includes(` ${words} `));
}

const wordsOnly = (text: string) => normalise(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A word list's phrases as whole words, made once: it is asked about each row of a list of hundreds. */
const compiledWords = new WeakMap<readonly string[], string[]>();
function wordPhrases(phrases: readonly string[]): string[] {
  let words = compiledWords.get(phrases);
  if (!words) compiledWords.set(phrases, (words = phrases.map(wordsOnly).filter((w) => w !== '')));
  return words;
}

/**
 * Whether a long text (a page's words) holds the phrase somewhere: its parts between "*" in order.
 * A linear search, as pages can be long.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const t = normalise(text);
  let from = 0;
  for (const part of normalisePhrase(phrase).split('*').map((p) => p.trim()).filter(Boolean)) {
    const at = t.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
