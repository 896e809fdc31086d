/** One checklist item: status in icon and words, what was found, where, what next, and the guidance behind it. */
import type { ComponentChild } from 'preact';
import { useState } from 'preact/hooks';
import type { PageKind } from '../record/kinds';
import type { Source } from '../record/schema';
import { formatDate, localToday } from '../record/dates';
import type { EvaluatedRule } from '../rules/engine';
import { isWaiting } from '../rules/types';
import type { Confirmation } from '../storage/confirmations';
import { Disclosure } from './Disclosure';
import { t } from './i18n';
import { loadPanelParts, OnRequest } from './OnRequest';
import { verdictInWords } from './words';

const ICONS = { met: '✓', unmet: '✗', unknown: '?', 'n/a': '–' } as const;
const WAITING_ICON = '◷';

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
  /**
   * Set inside a group of items not seen yet that names the page to open: the item then says
   * only which further pages it needs (none: nothing more).
   */
  alsoLookOn?: PageKind[];
  /** In administrator mode, on an item not seen: the control that maps its field by pointing at it. */
  map?: ComponentChild;
}

export function ChecklistItem({ verdict, currentPage, pageUrl, pageTitle, framedIn, confirmation, onConfirm, alsoLookOn, map }: Props) {
  const id = `cc-rule-${verdict.rule}`;
  const canConfirm = verdict.status === 'unmet' || verdict.status === 'unknown';
  const waiting = isWaiting(verdict);
  // Inside a page's group the group says what and where: the item is one line of title and level.
  const compact = alsoLookOn !== undefined;
  return (
    <li
      class={`cc-item cc-${waiting ? 'waiting' : verdict.status.replace('/', '')}${compact ? ' cc-compact' : ''}`}
      data-rule={verdict.rule}
      data-status={verdict.status}
      data-waiting={waiting ? 'true' : undefined}
      data-confirmed={canConfirm && confirmation ? 'true' : undefined}
    >
      {compact ? (
        <p class="cc-item-head">
          <span class="cc-status-word cc-visually-hidden">{verdictInWords(verdict)}: </span>
          <span class="cc-title" id={id}>
            {verdict.title}
          </span>
          <span class="cc-level">{verdict.level}</span>
        </p>
      ) : (
        <>
          <p class="cc-item-head">
            <span class="cc-icon" aria-hidden="true">
              {waiting ? WAITING_ICON : ICONS[verdict.status]}
            </span>
            <span class="cc-status-word">{verdictInWords(verdict)}</span>
            <span class="cc-level">{verdict.level}</span>
          </p>
          <p class="cc-title" id={id}>
            {verdict.title}
          </p>
        </>
      )}
      <p class="cc-message">{verdict.message}</p>
      {verdict.evidence.length > 0 && (
        <ul class="cc-evidence" aria-label={t('evidenceLabel')}>
          {verdict.evidence.map((e, i) => (
            <li key={i}>
              {pageTitle(e.source.page)} · {e.text} <Locate source={e.source} currentPage={currentPage} pageUrl={pageUrl} pageTitle={pageTitle} framedIn={framedIn} />
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
      {verdict.next && (verdict.status !== 'met' || waiting) && <p class="cc-next">{t('nextStep', verdict.next)}</p>}
      {verdict.status === 'unknown' &&
        (alsoLookOn ? (
          <LookOn pages={alsoLookOn} label={t('alsoLookOn')} currentPage={currentPage} pageUrl={pageUrl} pageTitle={pageTitle} />
        ) : (
          <LookOn pages={(verdict.missing ?? []).map((m) => m.lookOn)} label={t('lookOnLabel')} currentPage={currentPage} pageUrl={pageUrl} pageTitle={pageTitle} />
        ))}
      <div class="cc-actions">
        {map}
        {canConfirm && <ConfirmByHand ruleTitle={verdict.title} confirmation={confirmation} onConfirm={onConfirm} />}
        <Disclosure
          class="cc-guidance"
          label={
            <>
              {t('guidance')}
              <span class="cc-visually-hidden"> {t('guidanceContext', verdict.title)}</span>
            </>
          }
        >
          <OnRequest parts="panel">{(parts) => <parts.Guidance verdict={verdict} />}</OnRequest>
        </Disclosure>
      </div>
    </li>
  );
}

/**
 * "Show me" when the evidence is on this page; a link to its page otherwise, by the system's own
 * address for that page where it has one (a form shown in a frame opens inside its page, not bare).
 */
function Locate({ source, currentPage, pageUrl, pageTitle, framedIn }: { source: Source; currentPage: PageKind } & Pick<Props, 'pageUrl' | 'pageTitle' | 'framedIn'>) {
  const [failed, setFailed] = useState(false);
  const here = source.page === currentPage || (source.frame === true && framedIn(source.page) === currentPage);
  if (here && source.selector) {
    // The finding and highlighting come with the panel's parts, on this first click (OnRequest.tsx).
    const show = () =>
      loadPanelParts('panel').then(
        (parts) => {
          setFailed(false);
          parts.showOnPage(source);
        },
        () => setFailed(true),
      );
    return (
      <>
        <button type="button" class="cc-link" onClick={() => void show()}>
          {t('showMe')}
        </button>
        {failed && (
          <span class="cc-alert" role="alert">
            {t('partNotLoaded')}
          </span>
        )}
      </>
    );
  }
  if (here) return null;
  return (
    <a class="cc-link" href={pageUrl(source.page) ?? source.url}>
      {t('openPage', pageTitle(source.page))}
    </a>
  );
}

function LookOn({ pages: all, label, currentPage, pageUrl, pageTitle }: { pages: PageKind[]; label: string; currentPage: PageKind } & Pick<Props, 'pageUrl' | 'pageTitle'>) {
  const pages = [...new Set(all)];
  if (pages.length === 0) return null;
  return (
    <p class="cc-lookon">
      {label}{' '}
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

/** "3 Dec 2026 at 14:05", in the practitioner's own time zone. */
function when(at: string): string {
  const moment = new Date(at);
  if (Number.isNaN(moment.getTime())) return at;
  const time = `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
  return t('confirmedAt', [formatDate(localToday(moment)), time]);
}

/** Record that the practitioner checked an item themselves, and why: who and when, shown apart from "done" and never as evidence. */
function ConfirmByHand({ ruleTitle, confirmation, onConfirm }: { ruleTitle: string; confirmation: Confirmation | undefined; onConfirm: (reason: string) => void }) {
  const [editing, setEditing] = useState(false);
  if (confirmation && !editing) {
    return (
      <div class="cc-confirmed">
        <p>
          <span aria-hidden="true">☑ </span>
          {t('confirmedByHand', [confirmation.by ?? t('confirmedByYou'), when(confirmation.at), confirmation.reason])}
        </p>
        <p class="cc-not-evidence">
          {t('confirmedNotEvidence')}{' '}
          <button type="button" class="cc-link" onClick={() => onConfirm('')}>
            {t('withdraw')}<span class="cc-visually-hidden"> {t('withdrawContext', ruleTitle)}</span>
          </button>
        </p>
      </div>
    );
  }
  if (!editing) {
    return (
      <button type="button" class="cc-link cc-confirm" onClick={() => setEditing(true)}>
        {t('checkedThis')}<span class="cc-visually-hidden">{t('checkedThisContext', ruleTitle)}</span>
      </button>
    );
  }
  return <OnRequest parts="panel">{(parts) => <parts.ConfirmForm onConfirm={onConfirm} onClose={() => setEditing(false)} />}</OnRequest>;
}
