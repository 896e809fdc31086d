/**
 * Messages between the content scripts, the service worker and extension pages.
 * Every message crosses a trust boundary, so receivers validate before use.
 */
import type { Profile } from '../adapters/profiles/merge';
import type { ProfileFile } from '../adapters/profiles/schema';
import type { ReportLine } from '../adapters/reader/page-reader';
import type { CaseRecord, FactKey, HostSystem, PageReading } from '../record/schema';
import type { EvaluationResult, OtherPackGap } from '../rules/engine';
import type { CaseConfirmations } from '../storage/confirmations';
import type { DraftContent, DraftRef } from '../storage/drafts';

/** Content script → service worker: what one page showed, and the reading report's lines for it (labels, never values). */
export interface ReadingMessage {
  type: 'reading';
  reading: PageReading;
  report?: ReportLine[];
  /** Set when the reading's long lists go on in parts (messaging/reading-parts.ts): which reading, and how many parts follow. */
  id?: string;
  parts?: number;
}

/** Overlay → service worker: the next items of one of a reading's lists (messaging/reading-parts.ts). */
export interface ReadingPartMessage {
  type: 'reading-part';
  id: string;
  /** 1 for the first part after the reading's own message, then 2, 3 … */
  index: number;
  fact: FactKey;
  items: unknown[];
}

/** Overlay → service worker: the reading reports of the pages (frames) of its tab. */
export interface GetReadingReportMessage {
  type: 'get-reading-report';
}

/** Overlay (administrator mode) → service worker: the verdicts the case would have with this reading; nothing is kept. */
export interface PreviewReadingMessage {
  type: 'preview-reading';
  reading: PageReading;
}

export type PreviewReply = { ok: true; verdicts: { rule: string; status: string; message: string }[] } | { ok: false; message: string };

/** Overlay (administrator mode) → service worker: add this mapping (a council profile holding just it) to the device's profile. */
export interface SaveMappingMessage {
  type: 'save-mapping';
  change: ProfileFile;
}

/** Overlay → service worker: put the device's profile for the system back as it was (none: remove it). */
export interface UndoMappingMessage {
  type: 'undo-mapping';
  system: HostSystem;
  previous: ProfileFile | null;
}

/** Service worker → every frame of the tab where a field was mapped: the system's profile in force now, to read with at once. */
export interface ProfileChangedMessage {
  type: 'profile-changed';
  profile: Profile;
}

/** The profile in force for the system after a mapping was saved or undone, and what the device had before. */
export type MappingReply = { ok: true; profile: Profile; previous: ProfileFile | null } | { ok: false; message: string };

/** One page's reading report: what the host profile expected there and what became of it. */
export interface PageReport {
  system: HostSystem;
  /** The profile it was read with ("Mosaic-style (built in)", a council's). */
  profile: string;
  page: string;
  pageTitle: string;
  lines: ReportLine[];
}

/**
 * Set on a frame's window (the extension's isolated world) once the overlay script has started
 * there: the script runs once per document, and the service worker does not inject it again.
 */
export const OVERLAY_STARTED = '__closureCompanion';

/**
 * Set on a frame's window (the extension's isolated world) by the service worker just before it
 * injects the overlay script (a {@link FrameStart}).
 */
export const START_FOR_FRAME = '__closureCompanionStart';

/**
 * What the overlay script starts with: the host profiles in force that could own the frame's address,
 * checked (the script carries no profile of its own, so a council's profile applies without a
 * release), and how the practitioner left the panel. Drawn open and then folded, or at the default
 * width and then at the chosen one, the panel would have the page laid out again each time, all of it.
 */
export interface FrameStart extends PanelSettings {
  profiles: Profile[];
  /** The width the practitioner chose, if any (storage/panel-width.ts). */
  panelWidth: number | undefined;
  /** The width of the room the page was given as it loaded, if it was (top frame only). */
  roomGiven?: number;
  /** The panel's words in the browser's locale, by message key (top frame only: components/i18n.ts, receiveMessages). */
  messages?: Record<string, string>;
}

/**
 * What the overlay script did in a frame, returned by its `main` so that `executeScript` hands it
 * to the service worker with no message from the page: 'shown' (the top frame: read, reported,
 * overlay mounted), 'read' (a frame: read and reported), 'not-case-page', 'already-running'.
 */
export type OverlayOutcome = 'shown' | 'read' | 'not-case-page' | 'already-running';

/**
 * A test signal, kept by the service worker (entrypoints/background/overlay-start.ts): what it
 * decided for one load of a tab, so an end-to-end test can wait until the extension has finished
 * with a page before asserting that nothing appeared there. Counts, frame ids and decisions only:
 * never an address or anything read from the page.
 */
export interface StartDecision {
  /** Increases with every decision in the worker: tells this load's decision from earlier ones. */
  seq: number;
  cause: 'tab-loaded' | 'frame-loaded';
  /** 'scanning' until the worker has finished with the tab for this load. */
  decision: 'not-case-system' | 'scanning' | 'scanned' | 'failed';
  /** Frames scanned, the frames given the overlay script with what it did there (and which of its builds), and those already running it. */
  frames: number;
  injected: Record<number, OverlayOutcome | null>;
  scripts: Record<number, string>;
  running: number[];
}

/** The worker's global function `(tabId) => StartDecision[]` (oldest first), read by tests with `worker.evaluate`. */
export const START_DECISIONS = '__closureCompanionStarts';

/**
 * How long after a change to the page the overlay script reads it again: in the next task, once
 * the page's own script is done (changes in one task are read once). Not later: the page lays out
 * its change at its next frame, and a reading that waits for that (8 ms did, in one change of two)
 * sends the page's reading only after it, where a reading before it lets the service worker
 * evaluate while the page lays out (a row added to a 1,000-note page: its verdict shown about
 * 15 ms sooner, BENCHMARKS.md). Here, not in the script, so that tests can wait past a re-read
 * without guessing.
 */
export const REREAD_DELAY_MS = 0;

/**
 * Set on the overlay's window (the extension's isolated world) by the overlay script before it asks
 * for a set of the panel's parts (entrypoints/overlay-parts, overlay-it-parts): the Preact they render
 * with, the overlay's own copy, since hooks work only within one copy.
 */
export const SHARED_PREACT = '__closureCompanionPreact';

/**
 * The sets of the panel's parts loaded on request, each by the window property it sets once the
 * service worker has injected it: the practitioner's (an item's guidance, confirming by hand, "Show
 * me", the insert form: small, no reader) and IT's (the mapping control and the reading report's
 * lines, which carry the whole reader).
 */
export const PART_SETS = { panel: '__closureCompanionParts', it: '__closureCompanionItParts' } as const;
export type PartSet = keyof typeof PART_SETS;

/** Overlay → service worker: inject this set of the panel's parts into this frame. */
export interface LoadPanelPartsMessage {
  type: 'load-panel-parts';
  parts: PartSet;
}

/**
 * Overlay → service worker: take back the room given to this page as it loaded (the style sheet of
 * that width, entrypoints/background/early-room.ts): the panel's own room is now another.
 */
export interface TakeBackRoomMessage {
  type: 'take-back-room';
  width: number;
}

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

/** Overlay → service worker: open the drafting view for the case, at a document (the closing summary when absent). */
export interface OpenDraftMessage {
  type: 'open-draft';
  caseKey: string;
  document?: string;
}

/** Overlay → service worker: the text of one saved draft, to insert on the practitioner's click. */
export interface GetDraftTextMessage {
  type: 'get-draft-text';
  caseKey: string;
  draft: DraftRef;
}

/** Overlay → service worker: the drafts saved for the case, for the insert choice. */
export interface ListCaseDraftsMessage {
  type: 'list-case-drafts';
  caseKey: string;
}

/**
 * Draft page → service worker: text typed within the autosave pause, handed over as the page is
 * hidden or left. The worker outlives the page, so the save finishes even when the page does not.
 */
export interface SaveDraftMessage {
  type: 'save-draft';
  caseKey: string;
  content: DraftContent;
  expectedRevision?: number;
}

export type DraftTextReply = { ok: true; text: string } | { ok: false; message: string };
export type CaseDraftsReply = { ok: true; drafts: { ref: DraftRef; label: string }[] } | { ok: false; message: string };

export type Message = ScanFramesMessage | LoadPanelPartsMessage | TakeBackRoomMessage | FoldPanelMessage | ReadingMessage | ReadingPartMessage | GetReadingReportMessage | PreviewReadingMessage | SaveMappingMessage | UndoMappingMessage | GetStateMessage | SetPackMessage | ConfirmMessage | GetTabStateMessage | OpenDraftMessage | GetDraftTextMessage | ListCaseDraftsMessage | SaveDraftMessage;

/** Service worker or popup → content script in the top frame: show the panel and move focus into it. */
export interface OpenPanelMessage {
  type: 'open-panel' | 'toggle-panel';
}

/**
 * How the practitioner has the panel, from their settings in force: folded to its tab or open, and
 * administrator mode. The overlay is handed these (FrameStart, then each CaseState) and asks the
 * service worker to keep a change (FoldPanelMessage): the case page's script reads no settings.
 */
export interface PanelSettings {
  collapsed: boolean;
  adminMode: boolean;
}

/** Overlay → service worker: keep the panel folded (or open) from now on, on every case page. */
export interface FoldPanelMessage {
  type: 'fold-panel';
  collapsed: boolean;
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
  /** The system's page kinds by their names (from its host profile): "Open the Closure form page". */
  pageTitles: Record<string, string>;
  result: EvaluationResult;
  /** Gaps only other packs would flag: shown on request, never counted in this pack's figures. */
  otherGaps: OtherPackGap[];
  /** Items confirmed by hand, by rule id: shown apart, never evidence. */
  confirmations: CaseConfirmations;
  /** The panel as the practitioner has it now (a change made on another page or on the options page shows here). */
  panel: PanelSettings;
}

/** The state with the merged record itself, for the drafting view (overlays never need the record). */
export interface CaseStateWithRecord extends CaseState {
  record: CaseRecord;
}

/** The port an overlay opens to hear about its case; its name carries the case key. */
export const CASE_PORT_PREFIX = 'case:';
