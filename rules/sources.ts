/** The practice documents by name, so no practitioner ever reads a bare source letter. */
import type { Citation } from './types';

export const SOURCE_NAMES: Record<Citation['source'], string> = {
  A: 'Practice guide on case closure (draft)',
  B: 'Practice Matters: Case closure',
  C: 'Good Practice guide – Case Closure',
  D: 'Practice guidance for closing case records',
  E: 'Case Closure Managerial Practice Note',
  DfE: 'DfE Children in Need census guide',
};

/** A citation as a practitioner reads it: the document's name and the section. */
export const citationName = (c: Citation) => `${SOURCE_NAMES[c.source]}, ${c.section}`;
