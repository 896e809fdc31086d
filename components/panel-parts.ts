/** The panel's parts loaded on request (OnRequest.tsx), as the injected script hands them over. */
import { insertIntoField } from './insert-into-field';
import { MapBox } from './MapBox';
import { mappingFor } from './mapping-context';
import css from './overlay-parts.css?inline';
import { ReadingReportLines } from './ReadingReportLines';

export const panelParts = { insertIntoField, MapBox, mappingFor, ReadingReportLines, css };
export type PanelParts = typeof panelParts;
