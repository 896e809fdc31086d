/** One line under the summary: gaps only other packs would flag, listed on request and never counted in this pack's figures. */
import type { OtherPackGap } from '../rules/engine';
import { Disclosure } from './Disclosure';
import { t } from './i18n';

export function OtherGaps({ gaps }: { gaps: OtherPackGap[] }) {
  if (gaps.length === 0) return null;
  return (
    <Disclosure class="cc-other-gaps" label={gaps.length === 1 ? t('otherGapsOne') : t('otherGapsMany', String(gaps.length))}>
      <p class="cc-other-hint">{t('otherGapsHint')}</p>
      <ul>
        {gaps.map((gap) => (
          <li key={gap.rule} data-other-rule={gap.rule}>
            <p class="cc-title">{gap.title}</p>
            <p>{gap.message}</p>
            <p class="cc-other-packs">{t('otherGapFlaggedBy', gap.packs.map((p) => p.title).join('; '))}</p>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
