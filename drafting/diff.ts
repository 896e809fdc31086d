/** Word by word, what would change between two texts: for the "Update from the record" offer. */

export interface Change {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Words, each with the space before it, compared without that space. */
const tokens = (text: string) => text.match(/\s*\S+|\s+$/g) ?? [];
const same = (a: string, b: string) => a.trim() === b.trim();

/** The longest common run of words, then what was removed and added around it. */
export function wordDiff(from: string, to: string): Change[] {
  const a = tokens(from);
  const b = tokens(to);
  // Beyond a few hundred words each, show the whole change rather than build a huge table.
  if (a.length * b.length > 250_000) return [...(from ? [{ kind: 'removed' as const, text: from }] : []), ...(to ? [{ kind: 'added' as const, text: to }] : [])];
  // Sections are short (a few hundred words at most): the plain table is fast enough.
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i]![j] = same(a[i]!, b[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out: Change[] = [];
  const push = (kind: Change['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return out;
}
