/**
 * The practice documents the rules come from, named as a practitioner knows them: the one list
 * the panel, the drafting view and the generated docs read (never a bare "Source B").
 */
import type { Citation } from './types';

export const SOURCE_NAMES: Record<Citation['source'], string> = {
  A: 'Practice guide on case closure (draft)',
  B: 'Practice Matters: Case closure',
  C: 'Good Practice guide – Case Closure',
  D: 'Practice guidance for closing case records',
  E: 'Case Closure Managerial Practice Note',
  DfE: 'DfE Children in Need census guide',
};

/** "Practice Matters: Case closure, To be completed within 7 days". */
export function citationName(citation: Pick<Citation, 'source' | 'section'>): string {
  return `${SOURCE_NAMES[citation.source]}, ${citation.section}`;
}
