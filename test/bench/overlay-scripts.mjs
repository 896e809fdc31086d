// The overlay script's builds and the fact readers each carries (adapters/reader/fact-readers.ts),
// and the built-in profiles: from the source the service worker chooses by, so that the bench sizes
// and checks what the pages are given.
import { build } from 'esbuild';
import { ROOT } from '../support/host-site.mjs';

const SOURCE = `export { OVERLAY_SCRIPTS, overlayScriptFor } from './adapters/reader/fact-readers.ts';
export { BUILT_IN } from './adapters/profiles/index.ts';`;

/** OVERLAY_SCRIPTS and overlayScriptFor (adapters/reader/fact-readers.ts), BUILT_IN (adapters/profiles). */
export async function factReaders() {
  const bundle = await build({ stdin: { contents: SOURCE, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
