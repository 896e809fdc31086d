/**
 * Messages between the content scripts, the service worker and extension pages.
 * Every message crosses a trust boundary, so receivers validate before use.
 */
import type { CaseRecord, HostSystem, PageReading } from '../record/schema';
import type { EvaluationResult, OtherPackGap } from '../rules/engine';
import type { CaseConfirmations } from '../storage/confirmations';

/** Content script → service worker: what one page showed. */
export interface ReadingMessage {
  type: 'reading';
  reading: PageReading;
}

/**
 * Set on a frame's window (the extension's isolated world) once the overlay script has started
 * there: the script runs once per document, and the service worker does not inject it again.
 */
export const OVERLAY_STARTED = '__closureCompanion';

/** A case-system page → service worker: one of its frames has loaded; start the overlay there if it is a case page. */
export interface ScanFramesMessage {
  type: 'scan-frames';
}

/** Overlay or popup → service worker: the state of a case, now. */
export interface GetStateMessage {
  type: 'get-state';
  caseKey: string;
}

/**
 * Overlay → service worker: use this pack for this case ('auto': back to the default for cases,
 * the options page's choice). Refused while the organisation sets the pack.
 */
export interface SetPackMessage {
  type: 'set-pack';
  caseKey: string;
  pack: string;
}

/** Overlay → service worker: confirm an item by hand (an empty reason withdraws it). */
export interface ConfirmMessage {
  type: 'confirm';
  caseKey: string;
  rule: string;
  reason: string;
}

/** Popup → service worker: the state of the case shown in a tab, if any. */
export interface GetTabStateMessage {
  type: 'get-tab-state';
  tabId: number;
}

/** Overlay → service worker: open the drafting view for the case. */
export interface OpenDraftMessage {
  type: 'open-draft';
  caseKey: string;
}

/** Overlay → service worker: one version of the saved draft, to insert on the practitioner's click. */
export interface GetDraftTextMessage {
  type: 'get-draft-text';
  caseKey: string;
  version: 'record' | 'family' | 'child';
}

/**
 * Draft page → service worker: text typed within the autosave pause, handed over as the page is
 * hidden or left. The worker outlives the page, so the save finishes even when the page does not.
 */
export interface SaveDraftMessage {
  type: 'save-draft';
  caseKey: string;
  versions: { record: string; family: string; child: string };
  expectedRevision?: number;
}

export type DraftTextReply = { ok: true; text: string } | { ok: false; message: string };

export type Message = ScanFramesMessage | ReadingMessage | GetStateMessage | SetPackMessage | ConfirmMessage | GetTabStateMessage | OpenDraftMessage | GetDraftTextMessage | SaveDraftMessage;

/** Service worker or popup → content script in the top frame: show the panel and move focus into it. */
export interface OpenPanelMessage {
  type: 'open-panel' | 'toggle-panel';
}

/** Service worker → overlay (over the 'case' port) and popup: the evaluated case. */
export interface CaseState {
  caseKey: string;
  system: HostSystem;
  personId: string;
  /** The child's name as the case system shows it, once a page has shown it. */
  childName: string | null;
  packId: string;
  packTitle: string;
  /** The pack chosen for this case in the panel, or 'auto': the default for cases. */
  packChoice: string;
  /** The default for cases without a choice of their own (the options page's choice, or the system's). */
  defaultPack: { id: string; title: string };
  /** Set when the organisation sets the pack by policy: the panel cannot change it. */
  packLocked: boolean;
  packs: { id: string; title: string }[];
  result: EvaluationResult;
  /** Gaps only other packs would flag: shown on request, never counted in this pack's figures. */
  otherGaps: OtherPackGap[];
  /** Items confirmed by hand, by rule id: shown apart, never evidence. */
  confirmations: CaseConfirmations;
}

/** The state with the merged record itself, for the drafting view (overlays never need the record). */
export interface CaseStateWithRecord extends CaseState {
  record: CaseRecord;
}

/** The port an overlay opens to hear about its case; its name carries the case key. */
export const CASE_PORT_PREFIX = 'case:';
