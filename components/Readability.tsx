/** The plain-English figures for a family or child version, updated as the practitioner types. */
import type { ReadabilityReport } from '../drafting/readability';

const mark = (ok: boolean) => <span class={ok ? 'cc-ok' : 'cc-warn'}>{ok ? '✓ ' : '! '}</span>;

export function Readability({ report }: { report: ReadabilityReport }) {
  return (
    <section aria-labelledby="readability-title" aria-live="polite">
      <h2 id="readability-title">Plain English</h2>
      <dl class="cc-measures">
        <dt>Reading ease</dt>
        <dd data-measure="flesch">
          {mark(report.ok.flesch)}
          {report.flesch ? `${report.flesch.score} (aim for ${report.target} or more)` : 'no text yet'}
        </dd>
        <dt>Average sentence</dt>
        <dd data-measure="sentence-length">
          {mark(report.ok.sentences)}
          {report.averageSentenceLength !== null ? `${report.averageSentenceLength} words (aim for ${report.sentenceTarget} or fewer)` : 'no text yet'}
        </dd>
        <dt>Jargon</dt>
        <dd data-measure="jargon">
          {report.jargon.length === 0 ? <>{mark(true)}none found</> : (
            <ul>{report.jargon.map((j, i) => <li key={i}>{mark(false)}“{j.text}”: try “{j.advice}”</li>)}</ul>
          )}
        </dd>
        <dt>Other people’s details</dt>
        <dd data-measure="third-party">
          {report.thirdParty.length === 0 ? <>{mark(true)}none found</> : (
            <ul>{report.thirdParty.map((t, i) => <li key={i}>{mark(false)}“{t.text}”: {t.advice}</li>)}</ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
