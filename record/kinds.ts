/**
 * The record's vocabulary without its validator: what the content script needs (system,
 * page kinds and their names, the case key) without carrying zod onto every case page.
 */
export const SYSTEMS = ['mosaic', 'care-assess'] as const;
export type HostSystem = (typeof SYSTEMS)[number];

/** Page kinds, shared by both host systems so rules can say "open the chronology". */
export const PAGE_KINDS = [
  'summary',
  'forms',
  'case-notes',
  'case-note-editor',
  'chronology',
  'documents',
  'closure',
  'closure-form',
  'co-team-closure',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const PAGE_TITLES: Record<PageKind, string> = {
  summary: 'Person summary',
  forms: 'Forms',
  'case-notes': 'Case notes',
  'case-note-editor': 'Case note editor',
  chronology: 'Chronology',
  documents: 'Documents',
  closure: 'Closure record',
  'closure-form': 'Closure form',
  'co-team-closure': 'Co-team closure record',
};


export const INVOLVEMENT_KINDS = ['assessment', 'early-help', 'cin', 'cp', 'cla'] as const;
export type InvolvementKind = (typeof INVOLVEMENT_KINDS)[number];

export const AGENCIES = ['health', 'education', 'police', 'social-care', 'voluntary', 'housing', 'other'] as const;
export type Agency = (typeof AGENCIES)[number];

export const CENSUS_CODES = ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9'] as const;
export type CensusCode = (typeof CENSUS_CODES)[number];

/** `system:personId`, the one key that keeps two cases apart. */
export function caseKey(system: HostSystem, personId: string): string {
  return `${system}:${personId}`;
}
