// Bundled for the benchmark and run in an extension page: the real draft store (encrypt + store).
import { saveDraft } from '../../storage/drafts';

declare global {
  interface Window {
    ccDraftBench: (runs: number) => Promise<number>;
  }
}

window.ccDraftBench = async (runs) => {
  const text = 'The family has made lasting changes. '.repeat(280).slice(0, 10_240);
  const times: number[] = [];
  const draft = (part: string) => ({ ref: { document: 'closing-summary', part }, caseName: 'Bench Child', label: 'Closing summary – Case record', layout: 'headed' as const, sections: [{ id: 'summary', title: 'Summary', text, base: text }] });
  await saveDraft('bench:warm-up', draft('record'));
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await saveDraft(`bench:${i % 3}`, draft('record'));
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(result.message);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
};
