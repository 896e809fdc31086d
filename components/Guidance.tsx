/**
 * The guidance behind a checklist item: what the rule checks, the practice document's own words,
 * why it matters. Made once the practitioner opens it (one of the panel's parts loaded on request:
 * panel-parts.ts); the words come with the case's verdicts.
 */
import type { EvaluatedRule } from '../rules/engine';
import { citationName } from '../rules/sources';
import { t } from './i18n';

export function Guidance({ verdict }: { verdict: EvaluatedRule }) {
  return (
    <>
      <p>{verdict.statement}</p>
      {verdict.sources.map((s, i) => (
        <blockquote key={i}>
          <p>“{s.quote}”</p>
          <footer>{citationName(s)}</footer>
        </blockquote>
      ))}
      {verdict.why && <p class="cc-why">{t('whyItMatters', verdict.why)}</p>}
    </>
  );
}
