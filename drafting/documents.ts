/** Every closure document the drafting view offers, its parts for a case, and its first draft. */
import { closingSummary, closingSummaryParts } from './closing-summary';
import { letterRequest, letterRequestParts } from './letter-request';
import { managerOversight, managerOversightParts } from './manager-oversight';
import { professionalLetter, professionalLetterParts } from './professional-letter';
import { safetyPlan, safetyPlanParts } from './safety-plan';
import { DOCUMENT_IDS, type DocumentId, type DraftDocument, type DraftInput, type Part } from './types';

interface DocumentKind {
  /** What the practitioner picks a part by, when there is more than one. */
  partLabel: 'version' | 'professional' | 'plan';
  parts(input: DraftInput): Part[];
  draft(input: DraftInput, part: Part): DraftDocument;
}

export const DOCUMENTS: Record<DocumentId, DocumentKind> = {
  'closing-summary': { partLabel: 'version', parts: closingSummaryParts, draft: closingSummary },
  'manager-oversight': { partLabel: 'version', parts: managerOversightParts, draft: managerOversight },
  'professional-letter': { partLabel: 'professional', parts: professionalLetterParts, draft: professionalLetter },
  'letter-request': { partLabel: 'version', parts: letterRequestParts, draft: letterRequest },
  'safety-plan': { partLabel: 'plan', parts: safetyPlanParts, draft: safetyPlan },
};

export const isDocumentId = (id: unknown): id is DocumentId => typeof id === 'string' && (DOCUMENT_IDS as readonly string[]).includes(id);

/** The first draft of one part of a document, or null when this case has no such part (yet). */
export function draftOf(input: DraftInput, document: DocumentId, partKey: string): DraftDocument | null {
  const kind = DOCUMENTS[document];
  const part = kind.parts(input).find((p) => p.key === partKey);
  return part ? kind.draft(input, part) : null;
}
