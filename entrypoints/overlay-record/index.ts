/** The overlay script for a page of a closure record's own (adapters/reader/fact-readers.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ReadersOf } from '../../adapters/reader/fact-readers';
import { readClosureFields } from '../../adapters/reader/facts/closure';
import { readRecordStatus } from '../../adapters/reader/facts/status';
import { runOverlay } from '../overlay/run';

const readers: ReadersOf<'/overlay-record.js'> = { recordStatus: readRecordStatus, closureFields: readClosureFields };

export default defineUnlistedScript(() => runOverlay(readers));
