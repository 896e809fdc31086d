// Bundled for the benchmark and run inside the host page: the same adapter, merge and engine
// code the extension runs, timed on the real DOM in Chromium.
import { detectCasePage } from '../../adapters';
import { emptyRecord, mergeReading } from '../../record/merge';
import { evaluate } from '../../rules/engine';
import { defaultPackOf, PACKS } from '../../rules/packs';

declare global {
  interface Window {
    ccBench: (runs: number) => { median: number; first: number; facts: number };
  }
}

window.ccBench = (runs) => {
  const url = new URL(location.href);
  const found = detectCasePage(document, url)!;
  const pack = PACKS.find((p) => p.id === defaultPackOf(found.adapter.system))!;
  const times: number[] = [];
  let facts = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const reading = found.adapter.read(document, url, new Date().toISOString());
    const record = mergeReading(emptyRecord(found.adapter.system, found.casePage.personId, found.adapter.factPages), reading);
    evaluate(pack, record, '2026-11-20');
    times.push(performance.now() - t0);
    facts = Object.keys(reading.facts).length;
  }
  // The first read parses every row; later reads of an unchanged page reuse the row cache,
  // as the extension's own re-reads do. Both are reported.
  const first = times[0]!;
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, first, facts };
};
