/**
 * A page's reading handed to the service worker in parts. The browser serialises a message in the
 * page's main thread, all at once: a reading of 20,000 notes (about 4 MB) held the page 60–70 ms
 * in one task, longer than any slice of the reading itself. Each long list goes instead in parts
 * of `ITEMS_PER_PART` items, sent between slices that give the page its thread back; the service
 * worker puts the parts together and takes the reading only once it is whole, validated as one.
 */
import type { FactKey, PageReading } from '../record/schema';
import type { ReadingMessage, ReadingPartMessage } from './protocol';

/** Items of a list per message: a 1,000-note page's reading is one message, as it was (about 200 KB, 3–5 ms). */
export const ITEMS_PER_PART = 1000;

/** More parts than this is no page's reading (200,000 items of a list): the service worker refuses them. */
const MOST_PARTS = 200;

type Facts = PageReading['facts'];
type AnyFact = { known: true; value: unknown; source: unknown };

/**
 * The reading's message, carrying the first `per` items of each list, then a part for each further
 * `per` items of each list, in order. A reading with no list longer than `per` is its message alone.
 */
export function inParts(message: ReadingMessage, id: string, per = ITEMS_PER_PART): [ReadingMessage, ...ReadingPartMessage[]] {
  const facts: Record<string, AnyFact> = { ...(message.reading.facts as Record<string, AnyFact>) };
  const parts: ReadingPartMessage[] = [];
  for (const [fact, known] of Object.entries(facts)) {
    const value = known.value;
    if (!Array.isArray(value) || value.length <= per) continue;
    facts[fact] = { ...known, value: value.slice(0, per) };
    for (let from = per; from < value.length; from += per) parts.push({ type: 'reading-part', id, index: parts.length + 1, fact: fact as FactKey, items: value.slice(from, from + per) });
  }
  if (!parts.length) return [message];
  return [{ ...message, reading: { ...message.reading, facts: facts as Facts }, id, parts: parts.length }, ...parts];
}

interface Pending {
  message: ReadingMessage;
  got: number;
}

/**
 * The service worker's side: a reading of each frame (by `from`) whose parts are still coming. A
 * part that does not follow the one before it (or belongs to no reading) drops the reading: never a
 * list with a part missing taken as the whole list.
 */
export class ReadingAssembly {
  private readonly pending = new Map<string, Pending>();

  /** The whole reading once its last part is here; `undefined` while parts are to come; an error when the parts do not fit. */
  take(from: string, message: ReadingMessage | ReadingPartMessage): ReadingMessage | undefined | { error: string } {
    if (message.type === 'reading') {
      // A new reading of the frame replaces one still coming (the frame has moved on).
      this.pending.delete(from);
      if (message.parts === undefined) return message;
      if (!Number.isInteger(message.parts) || message.parts < 1 || message.parts > MOST_PARTS || typeof message.id !== 'string') return { error: 'a reading said it came in parts it cannot have' };
      this.pending.set(from, { message, got: 0 });
      return undefined;
    }
    const pending = this.pending.get(from);
    // (From the page's side of a trust boundary: nothing here is taken on trust until the whole is validated.)
    const facts = (pending?.message.reading as { facts?: Record<string, AnyFact | undefined> } | undefined)?.facts;
    const list = facts && Object.hasOwn(facts, message.fact) ? facts[message.fact]?.value : undefined;
    if (!pending || message.id !== pending.message.id || message.index !== pending.got + 1 || !Array.isArray(list) || !Array.isArray(message.items) || message.items.length > ITEMS_PER_PART) {
      this.pending.delete(from);
      return { error: 'a part of a reading did not follow the one before it, and the reading was dropped' };
    }
    for (const item of message.items) list.push(item);
    pending.got += 1;
    if (pending.got < (pending.message.parts ?? 0)) return undefined;
    this.pending.delete(from);
    const whole = { ...pending.message };
    delete whole.id;
    delete whole.parts;
    return whole;
  }

  /** Forgets what a closed tab's frames were still sending (`from` keys start with the tab's id and a colon). */
  forgetTab(tabId: number): void {
    for (const key of this.pending.keys()) if (key.startsWith(`${tabId}:`)) this.pending.delete(key);
  }
}
