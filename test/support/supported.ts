/** Which generated cases the extension reads: the LCS-style pages exist before its adapter does. */
import { SYSTEMS, type HostSystem } from '../../record/kinds';
import type { GeneratedCase } from './host-site.mjs';

/** A case of a system the extension reads. */
export type ReadableCase = GeneratedCase & { system: HostSystem };

/** Whether the extension reads this system yet; tests report the others skipped, by name. */
export const supported = (system: string): system is HostSystem => (SYSTEMS as readonly string[]).includes(system);

/** The cases of the systems the extension reads. */
export const readable = (cases: GeneratedCase[]): ReadableCase[] => cases.filter((c): c is ReadableCase => supported(c.system));
