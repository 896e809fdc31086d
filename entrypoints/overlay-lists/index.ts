/** The overlay script for a page of lists of notes, chronology entries or documents (adapters/reader/fact-readers.ts). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ReadersOf } from '../../adapters/reader/fact-readers';
import { readChronology } from '../../adapters/reader/facts/chronology';
import { readDocuments } from '../../adapters/reader/facts/documents';
import { readCaseNotes } from '../../adapters/reader/facts/notes';
import { runOverlay } from '../overlay/run';

const readers: ReadersOf<'/overlay-lists.js'> = { caseNotes: readCaseNotes, chronology: readChronology, documents: readDocuments };

export default defineUnlistedScript(() => runOverlay(readers));
