/**
 * The overlay script for a case's summary pages: the child, the family, the involvements and the work
 * list (adapters/reader/fact-readers.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ReadersOf } from '../../adapters/reader/fact-readers';
import { readSiblings } from '../../adapters/reader/facts/family';
import { readInvolvements } from '../../adapters/reader/facts/involvements';
import { readChildAge, readChildName } from '../../adapters/reader/facts/person';
import { readRelationships } from '../../adapters/reader/facts/relationships';
import { readRecordStatus } from '../../adapters/reader/facts/status';
import { readWorkItems } from '../../adapters/reader/facts/work';
import { runOverlay } from '../overlay/run';

const readers: ReadersOf<'/overlay-case.js'> = {
  childName: readChildName,
  childAge: readChildAge,
  involvements: readInvolvements,
  relationships: readRelationships,
  siblingsOpen: readSiblings,
  workItems: readWorkItems,
  recordStatus: readRecordStatus,
};

export default defineUnlistedScript(() => runOverlay(readers));
