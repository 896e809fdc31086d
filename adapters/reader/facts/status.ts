/** A closure record's own page: its status, or words saying none has been started. */
import type { FactSpecs } from '../../profiles/schema';
import { whichOf } from '../../profiles/words';
import { valueOf } from '../pairs';
import type { PageReader } from '../page-reader';
import { clean } from '../text';

type StatusSpec = NonNullable<FactSpecs['closureStatus']>;

/** Sets the record's status from its page; false when the page says none was started (nothing else to read). */
export function readRecordStatus(r: PageReader, key: 'closureStatus' | 'coTeamClosureStatus', spec: StatusSpec): boolean {
  if (r.says(spec.notStarted)) {
    const words = spec.notStarted![0]!.replace(/\*/g, '').trim();
    r.set(key, 'missing', words[0]!.toUpperCase() + words.slice(1));
    return false;
  }
  if (!spec.label) return true;
  const status = r.field(key, { label: spec.label }, 'record status');
  if (!status) return true;
  const word = clean(String(valueOf(status)));
  const value = whichOf(word, r.vocabulary.recordStatuses ?? {});
  if (value) r.set(key, value, status.label, status.element);
  else r.miss(key, 'unreadable', `record status "${word}" it does not know`);
  return true;
}
