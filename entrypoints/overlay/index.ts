/** The overlay script with every fact reader, for any case page (entrypoints/overlay/run.tsx). */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { ReadersOf } from '../../adapters/reader/fact-readers';
import { ALL_FACT_READERS } from '../../adapters/reader/facts/all';
import { runOverlay } from './run';

const readers: ReadersOf<'/overlay.js'> = ALL_FACT_READERS;

export default defineUnlistedScript(() => runOverlay(readers));
