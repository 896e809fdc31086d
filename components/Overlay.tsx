/** The readiness panel: a header with the case and the summary in words, then the checklist grouped by status. */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PageKind } from '../record/schema';
import type { HostSystem } from '../record/schema';
import type { CaseState, PageReport } from '../messaging/protocol';
import type { EvaluatedRule } from '../rules/engine';
import { isWaiting } from '../rules/types';
import { ChecklistItem } from './ChecklistItem';
import { ClosingSummary } from './ClosingSummary';
import { Disclosure } from './Disclosure';
import { t } from './i18n';
import type { NoteFields } from './insert-target';
import { OtherGaps } from './OtherGaps';
import { PackChoice } from './PackChoice';
import { ReadingReport } from './ReadingReport';
import { MapField, type MappingSource } from './MapField';
import { ResizeHandle } from './ResizeHandle';
import { ToCheck } from './ToCheck';
import { figuresInWords, nothingLeft, summaryInWords } from './words';

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
  /** The page kind's name in the host profile ("Closure form"). */
  pageTitle: (page: PageKind) => string;
  /** The page kind whose page frames this one, if any. */
  framedIn: (page: PageKind) => PageKind | undefined;
  /** The reading reports of this tab's pages, for IT. */
  loadReport: () => Promise<PageReport[] | undefined>;
  /** In administrator mode: mapping a field the panel could not read by pointing at it (null: not offered). */
  mapping: MappingSource | null;
  onCollapse: (collapsed: boolean) => void;
  onPack: (pack: string) => void;
  onConfirm: (rule: string, reason: string) => void;
  onDraft: () => void;
  /** Where a saved draft can go on this page (null: no case-note field here). */
  insertTarget: NoteFields | null;
  /** Grows each time the practitioner asks for the panel (shortcut, popup, skip link): focus moves into it. */
  focusRequest: number;
  /** The panel's width in CSS pixels, and the most it may take in this window. */
  width: number;
  maxWidth: number;
  onResize: (width: number, done: boolean) => void;
}

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
  const summary = state?.result.summary;
  const item = (verdict: EvaluatedRule, alsoLookOn?: PageKind[]) => (
    <ChecklistItem
      key={verdict.rule}
      verdict={verdict}
      confirmation={state?.confirmations[verdict.rule]}
      currentPage={props.currentPage}
      pageUrl={props.pageUrl}
      pageTitle={props.pageTitle}
      framedIn={props.framedIn}
      alsoLookOn={alsoLookOn}
      map={props.mapping && verdict.status === 'unknown' ? <MapField verdict={verdict} source={props.mapping} /> : undefined}
      onConfirm={(reason) => props.onConfirm(verdict.rule, reason)}
    />
  );
  const verdicts = state?.result.verdicts ?? [];
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
          onClick={() => {
            props.onCollapse(false);
            requestAnimationFrame(() => heading.current?.focus());
          }}
        >
          {/* Named by its own words, then what it does: a spoken command matches what is seen (WCAG 2.5.3). */}
          <span class="cc-tab-title">{t('tabTitle')}</span>
          {(summary ? (nothingLeft(summary) ? [t('nothingLeft')] : figuresInWords(summary)) : ['…']).map((line) => (
            <Fragment key={line}>
              {' '}
              <span class="cc-tab-summary">{line}</span>
            </Fragment>
          ))}
          <span class="cc-visually-hidden">, {t('showPanelContext')}</span>
        </button>
      )}
      <section class="cc-panel" aria-label={t('panelLabel')} hidden={collapsed} style={{ width: `${props.width}px` }}>
        <ResizeHandle width={props.width} max={props.maxWidth} onResize={props.onResize} />
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
            {state?.childName && (
              <>
                <strong class="cc-child-name">{state.childName}</strong> ·{' '}
              </>
            )}
            {t('personId')} <strong>{props.personId}</strong>
            {state && <> · {state.packTitle}</>}
          </p>
          <p class="cc-summary" role="status">
            {summary ? summaryInWords(summary) : t('readingTheCase')}
          </p>
          {state && <OtherGaps gaps={state.otherGaps} />}
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
          {state && <PackChoice state={state} onPack={props.onPack} />}
        </header>
        {summary && (
          <div class="cc-groups">
            <Group id="unmet" title={t('groupToDo')} count={summary.toDo}>
              <ul class="cc-list">{verdicts.filter((v) => v.status === 'unmet').map((v) => item(v))}</ul>
            </Group>
            <Group id="unknown" title={t('groupToCheck')} count={summary.toCheck}>
              <ToCheck verdicts={verdicts} currentPage={props.currentPage} pageUrl={props.pageUrl} pageTitle={props.pageTitle} item={item} />
            </Group>
            <Group id="waiting" title={t('groupWaiting')} count={summary.waiting}>
              <ul class="cc-list">{verdicts.filter(isWaiting).map((v) => item(v))}</ul>
            </Group>
            <Group id="met" title={t('groupDone')} count={summary.done}>
              <ul class="cc-list">{verdicts.filter((v) => v.status === 'met' && !isWaiting(v)).map((v) => item(v))}</ul>
            </Group>
            {summary.notApplicable > 0 && (
              <Disclosure
                class="cc-group cc-na"
                group="n/a"
                kept
                label={
                  <>
                    {t('groupNotApplicable')} <span class="cc-count">({summary.notApplicable})</span>
                  </>
                }
              >
                <ul class="cc-list">{verdicts.filter((v) => v.status === 'n/a').map((v) => item(v))}</ul>
              </Disclosure>
            )}
            <ReadingReport load={props.loadReport} />
          </div>
        )}
      </section>
    </div>
  );
}

/** One status group, its count from the summary (the figures every view shows); nothing when empty. */
function Group({ id, title, count, children }: { id: string; title: string; count: number; children: ComponentChildren }) {
  if (count === 0) return null;
  return (
    <section class="cc-group" aria-labelledby={`cc-group-${id}`} data-group={id}>
      <h3 id={`cc-group-${id}`} class="cc-group-title">
        {title} <span class="cc-count">({count})</span>
      </h3>
      {children}
    </section>
  );
}
