/** The plain-English figures for a family or child version, updated as the practitioner types. */
import type { ReadabilityReport } from '../drafting/readability';
import { t } from './i18n';

const mark = (ok: boolean) => <span class={ok ? 'cc-ok' : 'cc-warn'}>{ok ? '✓ ' : '! '}</span>;

export function Readability({ report }: { report: ReadabilityReport }) {
  return (
    <section aria-labelledby="readability-title" aria-live="polite">
      <h2 id="readability-title">{t('plainEnglishHeading')}</h2>
      <dl class="cc-measures">
        <dt>{t('readingEase')}</dt>
        <dd data-measure="flesch">
          {mark(report.ok.flesch)}
          {report.flesch ? t('readingEaseScore', [String(report.flesch.score), String(report.target)]) : t('noTextYet')}
        </dd>
        <dt>{t('averageSentence')}</dt>
        <dd data-measure="sentence-length">
          {mark(report.ok.sentences)}
          {report.averageSentenceLength !== null ? t('averageSentenceWords', [String(report.averageSentenceLength), String(report.sentenceTarget)]) : t('noTextYet')}
        </dd>
        <dt>{t('jargon')}</dt>
        <dd data-measure="jargon">
          {report.jargon.length === 0 ? <>{mark(true)}{t('noneFound')}</> : (
            <ul>{report.jargon.map((j, i) => <li key={i}>{mark(false)}{t('jargonAdvice', [j.text, j.advice])}</li>)}</ul>
          )}
        </dd>
        <dt>{t('otherPeoplesDetails')}</dt>
        <dd data-measure="third-party">
          {report.thirdParty.length === 0 ? <>{mark(true)}{t('noneFound')}</> : (
            <ul>{report.thirdParty.map((p, i) => <li key={i}>{mark(false)}{t('otherPeoplesDetailsAdvice', [p.text, p.advice])}</li>)}</ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
