/**
 * Messages between the content scripts, the service worker and extension pages.
 * Every message crosses a trust boundary, so receivers validate before use.
 */
import type { CaseRecord, HostSystem, PageReading } from '../record/schema';
import type { EvaluationResult } from '../rules/engine';

/** Content script → service worker: what one page showed. */
export interface ReadingMessage {
  type: 'reading';
  reading: PageReading;
}

/** Overlay or popup → service worker: the state of a case, now. */
export interface GetStateMessage {
  type: 'get-state';
  caseKey: string;
}

/** Overlay → service worker: use this pack for overlays ('auto': each system's default). */
export interface SetPackMessage {
  type: 'set-pack';
  pack: string;
}

export type Message = ReadingMessage | GetStateMessage | SetPackMessage;

/** Service worker → overlay (over the 'case' port) and popup: the evaluated case. */
export interface CaseState {
  caseKey: string;
  system: HostSystem;
  personId: string;
  packId: string;
  packTitle: string;
  /** The practitioner's choice: 'auto' or a pack id. */
  packChoice: string;
  packs: { id: string; title: string }[];
  result: EvaluationResult;
  record: CaseRecord;
}

/** The port an overlay opens to hear about its case; its name carries the case key. */
export const CASE_PORT_PREFIX = 'case:';
