/** Says plainly what in the organisation's policy cannot be used, and to tell IT (nothing when all is well). */
import { t } from './i18n';

export function PolicyNotice({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <section class="cc-notice" aria-labelledby="h-policy-problems">
      <h2 id="h-policy-problems">{t('policyProblemsHeading')}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>{t('policyProblemsTellIt')}</p>
    </section>
  );
}
