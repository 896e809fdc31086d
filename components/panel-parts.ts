/**
 * The practitioner's parts of the panel, loaded on request (OnRequest.tsx) as the injected script
 * hands them over: an item's guidance, confirming it by hand, "Show me", the insert form. Small, and
 * without the reader, so that each comes quickly on the click that asks for it.
 */
import { ConfirmForm } from './ConfirmForm';
import { Guidance } from './Guidance';
import { InsertForm } from './InsertForm';
import css from './panel-parts.css?inline';
import { showOnPage } from './show-me';

export const panelParts = { ConfirmForm, Guidance, InsertForm, showOnPage, css };
export type PanelParts = typeof panelParts;
