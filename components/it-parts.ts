/**
 * IT's parts of the panel, loaded on request (OnRequest.tsx) as the injected script hands them over:
 * the mapping control and the reading report's lines, which carry the whole reader.
 */
import css from './it-parts.css?inline';
import { MapBox } from './MapBox';
import { mappingFor } from './mapping-context';
import { ReadingReportLines } from './ReadingReportLines';

export const itParts = { MapBox, mappingFor, ReadingReportLines, css };
export type ItParts = typeof itParts;
