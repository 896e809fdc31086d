/** The documents' names, apart from the drafting itself, so the panel can offer them without carrying it. */
import type { DocumentId } from './types';

export const DOCUMENT_TITLES: Record<DocumentId, string> = {
  'closing-summary': 'Closing summary',
  'manager-oversight': 'Manager’s oversight note',
  'professional-letter': 'Letters to professionals',
  'letter-request': 'Closure letter request',
  'safety-plan': 'Safety plans',
};
