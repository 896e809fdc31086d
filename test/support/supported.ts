/** Which generated cases the extension reads: the LCS-style pages exist before its profile does. */
import { SYSTEMS } from '../../record/kinds';
import type { GeneratedCase } from './host-site.mjs';

/** A system the extension reads out of the box. */
export type ReadSystem = (typeof SYSTEMS)[number];
/** A case of a system the extension reads. */
export type ReadableCase = GeneratedCase & { system: ReadSystem };

/** Whether the extension reads this system yet; tests report the others skipped, by name. */
export const supported = (system: string): system is ReadSystem => (SYSTEMS as readonly string[]).includes(system);

/** The cases of the systems the extension reads. */
export const readable = (cases: GeneratedCase[]): ReadableCase[] => cases.filter((c): c is ReadableCase => supported(c.system));
