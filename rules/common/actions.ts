/** Oversight and supervision actions: complete, or not needed with a reason (reading 12). */
import type { CaseRecord } from '../../record/schema';
import type { Verdict } from '../types';
import { evidence, fact, isEmpty, met, unknown, unmet } from './support';

export function actionsVerdict(record: CaseRecord, key: 'oversightActions' | 'supervisionActions', name: string): Verdict {
  const actions = fact(record, key);
  if (!actions) return unknown(record, [key], `whether the ${name} actions are complete`);
  const { status, reason } = actions.value;
  if (status === 'complete') return met(`All ${name} actions are complete.`, [evidence(record, key, `${name} actions: complete`)]);
  if (status === 'not-needed' && !isEmpty(reason)) return met(`${name[0]!.toUpperCase()}${name.slice(1)} actions not needed: “${reason}”.`, [evidence(record, key, `not needed: “${reason}”`)]);
  const said = status === 'not-needed' ? 'not needed, with no reason' : status === 'outstanding' ? 'outstanding' : 'not recorded';
  return unmet(
    `The ${name} actions are ${said}.`,
    [evidence(record, key, `${name} actions: ${said}`)],
    status === 'not-needed' ? `Record why the ${name} actions are not needed.` : `Complete the ${name} actions, or record why they are not needed.`,
  );
}
