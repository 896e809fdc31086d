/**
 * The "To check" group: items not seen yet, gathered under the page that would show them
 * ("Open the Closure form: 10 items"), then those the host's unfamiliar words left unknown.
 */
import type { ComponentChild } from 'preact';
import type { PageKind } from '../record/kinds';
import type { EvaluatedRule } from '../rules/engine';
import { t } from './i18n';
import { groupToCheck } from './to-check';

interface Props {
  verdicts: EvaluatedRule[];
  currentPage: PageKind;
  pageUrl: (page: PageKind) => string | null;
  /** The page kind's name in the host profile ("Closure form"). */
  pageTitle: (page: PageKind) => string;
  /** Renders one item; `alsoLookOn` set inside a page's group. */
  item: (verdict: EvaluatedRule, alsoLookOn?: PageKind[]) => ComponentChild;
}

const itemCount = (n: number) => (n === 1 ? t('itemsOne') : t('itemsMany', String(n)));

export function ToCheck({ verdicts, currentPage, pageUrl, pageTitle, item }: Props) {
  const groups = groupToCheck(verdicts);
  return (
    <>
      {groups.pages.map(({ page, items }) => {
        const href = page === currentPage ? null : pageUrl(page);
        const id = `cc-look-${page}`;
        return (
          <section class="cc-page-group" key={page} aria-labelledby={id} data-look-on={page}>
            <h4 class="cc-page-title" id={id}>
              {page === currentPage ? t('notFoundOnThisPage', pageTitle(page)) : href ? <a href={href}>{t('openThePage', pageTitle(page))}</a> : t('openThePage', pageTitle(page))}
              <span class="cc-count">: {itemCount(items.length)}</span>
            </h4>
            <ul class="cc-list">{items.map(({ verdict, also }) => item(verdict, also))}</ul>
          </section>
        );
      })}
      {groups.unrecognised.items.length > 0 && (
        <section class="cc-page-group cc-unrecognised" aria-labelledby="cc-look-unrecognised">
          <h4 class="cc-page-title" id="cc-look-unrecognised">
            {t('unrecognisedGroup', groups.unrecognised.words.map((w) => `“${w}”`).join(', '))}
            <span class="cc-count">: {itemCount(groups.unrecognised.items.length)}</span>
          </h4>
          <ul class="cc-list">{groups.unrecognised.items.map((v) => item(v))}</ul>
        </section>
      )}
      {groups.other.length > 0 && (
        <section class="cc-page-group" aria-labelledby="cc-look-other">
          <h4 class="cc-page-title" id="cc-look-other">
            {t('couldNotTell')}
            <span class="cc-count">: {itemCount(groups.other.length)}</span>
          </h4>
          <ul class="cc-list">{groups.other.map((v) => item(v))}</ul>
        </section>
      )}
    </>
  );
}
