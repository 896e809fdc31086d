/**
 * Whether two readings of a page saw the same facts, when each was seen aside. The overlay sends a
 * reading only when it differs from the last; a list of thousands of rows re-read after a change
 * elsewhere gives back the very row objects it gave before (adapters/reader/lists.ts remembers
 * them), so the comparison stops at each of them at once instead of serialising the whole reading.
 */
import type { PageReading } from './schema';

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => same(x, other[i]));
  }
  const keysA = Object.keys(a).filter((k) => k !== 'seenAt');
  const keysB = Object.keys(b).filter((k) => k !== 'seenAt');
  return keysA.length === keysB.length && keysA.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function sameFacts(a: PageReading['facts'], b: PageReading['facts']): boolean {
  return same(a, b);
}
