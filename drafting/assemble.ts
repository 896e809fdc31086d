/** A document part as one text (what is copied, inserted and printed), and what in it is still to fill in. */

export interface TextSection {
  title: string;
  text: string;
}

/** Records and notes keep their section titles as headings; letters and plans read as paragraphs. */
export function documentText(sections: readonly TextSection[], layout: 'headed' | 'letter'): string {
  return sections
    .filter((s) => s.text.trim())
    .map((s) => (layout === 'headed' ? `${s.title}\n${s.text.trim()}` : s.text.trim()))
    .join('\n\n');
}

/** Text in [brackets]: a placeholder or a page not seen yet, for the practitioner to fill in before it goes anywhere. */
export function stillToFill(text: string): string[] {
  return [...text.matchAll(/\[[^[\]\n]{1,300}\]/g)].map((m) => m[0]);
}
