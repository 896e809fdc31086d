/** The built-in host systems' adapters, and the one place that asks them which page this is. */
import type { HostSystem } from '../record/schema';
import { adapterFor, detectCasePage as detectWith, type Adapter, type CasePage } from './adapter';
import { BUILT_IN } from './profiles';
import { ALL_FACT_READERS } from './reader/facts/all';

export { adapterFor, type Adapter, type CasePage };

/** The built-in systems' adapters, by system. */
export const ADAPTERS: Readonly<Record<HostSystem, Adapter>> = Object.fromEntries(Object.values(BUILT_IN).map((p) => [p.system, adapterFor(p, ALL_FACT_READERS)]));

/** The adapter whose case page this is (of the built-in systems unless others are given), or null. */
export function detectCasePage(doc: Document, url: URL, adapters: readonly Adapter[] = Object.values(ADAPTERS)): { adapter: Adapter; casePage: CasePage } | null {
  return detectWith(doc, url, adapters);
}
