/**
 * Every fact reader: for the overlay script that reads any page (entrypoints/overlay), the mapping of
 * a field in administrator mode, and the tests and tools that read whole cases.
 */
import type { FactReaders } from '../fact-readers';
import { readChronology } from './chronology';
import { readClosureFields } from './closure';
import { readDocuments } from './documents';
import { readSiblings } from './family';
import { readInvolvements } from './involvements';
import { readCaseNotes } from './notes';
import { readChildAge, readChildName } from './person';
import { readRelationships } from './relationships';
import { readRecordStatus } from './status';
import { readWorkItems } from './work';

export const ALL_FACT_READERS: FactReaders = {
  childName: readChildName,
  childAge: readChildAge,
  involvements: readInvolvements,
  relationships: readRelationships,
  siblingsOpen: readSiblings,
  workItems: readWorkItems,
  caseNotes: readCaseNotes,
  chronology: readChronology,
  documents: readDocuments,
  recordStatus: readRecordStatus,
  closureFields: readClosureFields,
};
