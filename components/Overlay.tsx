/** The readiness panel: a header with the summary in words, then the checklist grouped by status. */
import { useEffect, useRef } from 'preact/hooks';
import type { PageKind } from '../record/schema';
import type { HostSystem } from '../record/schema';
import type { CaseState, PageReport } from '../messaging/protocol';
import { ReadingReport } from './ReadingReport';
import type { EvaluatedRule } from '../rules/engine';
import { ChecklistItem } from './ChecklistItem';
import { ClosingSummary, type InsertTarget } from './ClosingSummary';
import { t } from './i18n';
import { summaryInWords } from './words';

interface Props {
  system: HostSystem;
  caseKey: string;
  personId: string;
  currentPage: PageKind;
  state: CaseState | null;
  collapsed: boolean;
  disconnected: boolean;
  /** Something the extension could not do just now, in words (empty: nothing wrong). */
  problem: string;
  pageUrl: (page: PageKind) => string | null;
  pageTitle: (page: PageKind) => string;
  /** The reading reports of this tab's pages, for IT. */
  loadReport: () => Promise<PageReport[] | undefined>;
  framedIn: (page: PageKind) => PageKind | undefined;
  onCollapse: (collapsed: boolean) => void;
  onPack: (pack: string) => void;
  onConfirm: (rule: string, reason: string) => void;
  onDraft: () => void;
  /** Where a saved draft can go on this page (null: no case-note field here). */
  insertTarget: InsertTarget | null;
  /** Grows each time the practitioner asks for the panel (shortcut, popup): focus moves into it. */
  focusRequest: number;
}

const GROUPS = [
  { status: 'unmet', title: 'groupToDo' },
  { status: 'unknown', title: 'groupToCheck' },
  { status: 'met', title: 'groupDone' },
] as const;

export function Overlay(props: Props) {
  const { state, collapsed } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const tab = useRef<HTMLButtonElement>(null);
  /** Set when the practitioner folds the panel from inside it: focus then goes to the tab, never on page load. */
  const focusTab = useRef(false);
  useEffect(() => {
    if (props.focusRequest > 0) heading.current?.focus();
  }, [props.focusRequest]);
  useEffect(() => {
    if (collapsed && focusTab.current) tab.current?.focus();
    focusTab.current = false;
  }, [collapsed]);
  const fold = () => {
    focusTab.current = true;
    props.onCollapse(true);
  };
  const summary = state ? summaryInWords(state.result.summary) : t('readingTheCase');
  return (
    <div
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !collapsed) {
          e.stopPropagation();
          fold();
        }
      }}
      class="cc-root"
      data-system={props.system}
      data-case={props.caseKey}
      data-pack={state?.packId}
      data-collapsed={collapsed ? 'true' : 'false'}
    >
      {collapsed && (
        <button
          ref={tab}
          type="button"
          class="cc-tab"
          aria-expanded="false"
          aria-label={t('showPanel')}
          onClick={() => {
            props.onCollapse(false);
            requestAnimationFrame(() => heading.current?.focus());
          }}
        >
          <span class="cc-tab-title">{t('tabTitle')}</span>
          <span class="cc-tab-summary">{state ? t('tabToDo', String(state.result.summary.mustsApplicable - state.result.summary.mustsMet)) : '…'}</span>
        </button>
      )}
      <section class="cc-panel" aria-label={t('panelLabel')} hidden={collapsed}>
        <header class="cc-header">
          <div class="cc-heading-row">
            <h2 class="cc-heading" ref={heading} tabIndex={-1}>
              {t('panelHeading')}
            </h2>
            <button type="button" class="cc-collapse" aria-expanded="true" onClick={fold}>
              {t('hidePanel')}<span class="cc-visually-hidden"> {t('hidePanelContext')}</span>
            </button>
          </div>
          <p class="cc-case">
            {t('personId')} <strong>{props.personId}</strong>
            {state && <> · {state.packTitle}</>}
          </p>
          <p class="cc-summary" role="status">{summary}</p>
          {props.disconnected && (
            <p class="cc-alert" role="alert">
              {t('extensionRestarted')}
            </p>
          )}
          {props.problem && !props.disconnected && (
            <p class="cc-alert" role="alert">
              {props.problem}
            </p>
          )}
          <ClosingSummary onDraft={props.onDraft} target={props.insertTarget} />
          {state && (
            <label class="cc-pack">
              {t('policyPack')}{' '}
              <select name="pack" value={state.packChoice} onChange={(e) => props.onPack((e.currentTarget as HTMLSelectElement).value)}>
                <option value="auto">{t('packDefaultForSystem')}</option>
                {state.packs.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </label>
          )}
        </header>
        {state && (
          <div class="cc-groups">
            {GROUPS.map(({ status, title }) => {
              const items = state.result.verdicts.filter((v) => v.status === status);
              if (items.length === 0) return null;
              return (
                <section class="cc-group" key={status} aria-labelledby={`cc-group-${status}`}>
                  <h3 id={`cc-group-${status}`} class="cc-group-title">
                    {t(title)} <span class="cc-count">({items.length})</span>
                  </h3>
                  <ul class="cc-list">{items.map((v) => item(v, props))}</ul>
                </section>
              );
            })}
            <NotApplicable verdicts={state.result.verdicts.filter((v) => v.status === 'n/a')} props={props} />
            <ReadingReport load={props.loadReport} />
          </div>
        )}
      </section>
    </div>
  );
}

function item(verdict: EvaluatedRule, props: Props) {
  return (
    <ChecklistItem
      key={verdict.rule}
      verdict={verdict}
      confirmation={props.state?.confirmations[verdict.rule]}
      currentPage={props.currentPage}
      pageUrl={props.pageUrl}
      pageTitle={props.pageTitle}
      framedIn={props.framedIn}
      onConfirm={(reason) => props.onConfirm(verdict.rule, reason)}
    />
  );
}

function NotApplicable({ verdicts, props }: { verdicts: EvaluatedRule[]; props: Props }) {
  if (verdicts.length === 0) return null;
  return (
    <details class="cc-group cc-na">
      <summary class="cc-group-title">
        {t('groupNotApplicable')} ({verdicts.length})
      </summary>
      <ul class="cc-list">{verdicts.map((v) => item(v, props))}</ul>
    </details>
  );
}
