/** One checklist item: status in icon and words, what was found, where, what next, and the guidance behind it. */
import { useState } from 'preact/hooks';
import type { PageKind } from '../record/kinds';
import type { Source } from '../record/schema';
import { formatDate } from '../record/dates';
import type { EvaluatedRule } from '../rules/engine';
import { citationName } from '../rules/sources';
import type { Confirmation } from '../storage/confirmations';
import { t } from './i18n';
import { showOnPage } from './show-me';
import { statusInWords } from './words';

const ICONS = { met: '✓', unmet: '✗', unknown: '?', 'n/a': '–' } as const;


interface Props {
  verdict: EvaluatedRule;
  currentPage: PageKind;
  pageUrl: (page: PageKind) => string | null;
  /** The page kind's name in the host profile ("Closure form"). */
  pageTitle: (page: PageKind) => string;
  /** The page kind whose page frames this one, if any (a form shown inside its workflow step). */
  framedIn: (page: PageKind) => PageKind | undefined;
  confirmation: Confirmation | undefined;
  onConfirm: (reason: string) => void;
}

export function ChecklistItem({ verdict, currentPage, pageUrl, pageTitle, framedIn, confirmation, onConfirm }: Props) {
  const id = `cc-rule-${verdict.rule}`;
  const canConfirm = verdict.status === 'unmet' || verdict.status === 'unknown';
  return (
    <li
      class={`cc-item cc-${verdict.status.replace('/', '')}`}
      data-rule={verdict.rule}
      data-status={verdict.status}
      data-confirmed={canConfirm && confirmation ? 'true' : undefined}
    >
      <p class="cc-item-head">
        <span class="cc-icon" aria-hidden="true">
          {ICONS[verdict.status]}
        </span>
        <span class="cc-status-word">{statusInWords(verdict.status)}</span>
        <span class="cc-level">{verdict.level}</span>
      </p>
      <p class="cc-title" id={id}>
        {verdict.title}
      </p>
      <p class="cc-message">{verdict.message}</p>
      {verdict.evidence.length > 0 && (
        <ul class="cc-evidence" aria-label={t('evidenceLabel')}>
          {verdict.evidence.map((e, i) => (
            <li key={i}>
              {pageTitle(e.source.page)} · {e.text} <Locate source={e.source} currentPage={currentPage} pageTitle={pageTitle} framedIn={framedIn} />
            </li>
          ))}
        </ul>
      )}
      {verdict.due && (
        <p class="cc-due">
          {verdict.overdueDays ? `${t(verdict.overdueDays === 1 ? 'overdueByOneDay' : 'overdueByDays', String(verdict.overdueDays))} · ` : ''}
          {t('dueOn', formatDate(verdict.due))}
        </p>
      )}
      {verdict.next && verdict.status !== 'met' && <p class="cc-next">{t('nextStep', verdict.next)}</p>}
      {verdict.status === 'unknown' && <LookOn missing={verdict.missing ?? []} currentPage={currentPage} pageUrl={pageUrl} pageTitle={pageTitle} />}
      {canConfirm && <ConfirmByHand ruleTitle={verdict.title} confirmation={confirmation} onConfirm={onConfirm} />}
      <details class="cc-guidance">
        <summary>
          {t('guidance')}<span class="cc-visually-hidden"> {t('guidanceContext', verdict.title)}</span>
        </summary>
        <p>{verdict.statement}</p>
        {verdict.sources.map((s, i) => (
          <blockquote key={i}>
            <p>“{s.quote}”</p>
            <footer>
              {citationName(s)}
            </footer>
          </blockquote>
        ))}
        {verdict.why && <p class="cc-why">{t('whyItMatters', verdict.why)}</p>}
      </details>
    </li>
  );
}

/** "Show me" when the evidence is on this page; a link to its page otherwise. */
function Locate({ source, currentPage, pageTitle, framedIn }: { source: Source; currentPage: PageKind } & Pick<Props, 'pageTitle' | 'framedIn'>) {
  const here = source.page === currentPage || (source.frame === true && framedIn(source.page) === currentPage);
  if (here && source.selector) {
    return (
      <button type="button" class="cc-link" onClick={() => showOnPage(source)}>
        {t('showMe')}
      </button>
    );
  }
  if (here) return null;
  return (
    <a class="cc-link" href={source.url}>
      {t('openPage', pageTitle(source.page))}
    </a>
  );
}

function LookOn({ missing, currentPage, pageUrl, pageTitle }: { missing: { lookOn: PageKind }[]; currentPage: PageKind } & Pick<Props, 'pageUrl' | 'pageTitle'>) {
  const pages = [...new Set(missing.map((m) => m.lookOn))];
  if (pages.length === 0) return null;
  return (
    <p class="cc-lookon">
      {t('lookOnLabel')}{' '}
      {pages.map((page, i) => {
        const href = page === currentPage ? null : pageUrl(page);
        return (
          <span key={page}>
            {i > 0 && ', '}
            {href ? <a href={href}>{t('lookOnOpenPage', pageTitle(page))}</a> : <span>{t('lookOnNotFound', pageTitle(page))}</span>}
          </span>
        );
      })}
    </p>
  );
}

/** Record that the practitioner checked an item themselves, and why; shown apart from "done". */
function ConfirmByHand({ ruleTitle, confirmation, onConfirm }: { ruleTitle: string; confirmation: Confirmation | undefined; onConfirm: (reason: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState('');
  if (confirmation && !editing) {
    return (
      <p class="cc-confirmed">
        <span aria-hidden="true">☑ </span>
        {t('confirmedByHand', confirmation.reason)}{' '}
        <button type="button" class="cc-link" onClick={() => onConfirm('')}>
          {t('withdraw')}<span class="cc-visually-hidden"> {t('withdrawContext', ruleTitle)}</span>
        </button>
      </p>
    );
  }
  if (!editing) {
    return (
      <button type="button" class="cc-link cc-confirm" onClick={() => setEditing(true)}>
        {t('checkedThis')}<span class="cc-visually-hidden">{t('checkedThisContext', ruleTitle)}</span>
      </button>
    );
  }
  return (
    <form
      class="cc-confirm-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) return;
        onConfirm(reason);
        setEditing(false);
        setReason('');
      }}
    >
      <label>
        {t('confirmReasonLabel')}
        <input
          type="text"
          required
          maxLength={500}
          value={reason}
          onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)}
          ref={(el) => el?.focus()}
        />
      </label>
      <button type="submit">{t('confirmByHand')}</button>{' '}
      <button type="button" onClick={() => setEditing(false)}>
        {t('cancel')}
      </button>
    </form>
  );
}
