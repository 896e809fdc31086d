/** The host-system adapters, and the one place that asks them which page this is. */
import { careAssess } from './care-assess';
import { mosaic } from './mosaic';
import type { Adapter, CasePage } from './types';
import type { HostSystem } from '../record/schema';

export const ADAPTERS: Record<HostSystem, Adapter> = { mosaic, 'care-assess': careAssess };

/** The adapter whose case page this is, or null on any other page. */
export function detectCasePage(doc: Document, url: URL): { adapter: Adapter; casePage: CasePage } | null {
  for (const adapter of Object.values(ADAPTERS)) {
    const casePage = adapter.detect(doc, url);
    if (casePage) return { adapter, casePage };
  }
  return null;
}
