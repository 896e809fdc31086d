import { day, evidence, fact, met, only, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'case-notes-finalised',
  title: 'All case notes finalised',
  statement: 'All case notes are up to date and finalised: none is in draft.',
  why: 'A draft note is not part of the record a future worker will read.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'A', section: 'Musts', quote: 'All recording must be up to date before a case can be closed' },
    { source: 'E', section: 'Checklist 5', quote: 'All case notes up to date and finalised.' },
  ],
  evaluate(record) {
    const notes = fact(record, 'caseNotes');
    if (!notes) return unknown(record, ['caseNotes'], 'the case notes list');
    // A note the system timed out in draft is not finalised either.
    const drafts = notes.value.filter((n) => n.status !== 'final');
    if (drafts.length > 0) {
      return unmet(
        `${drafts.length} note${drafts.length === 1 ? ' is' : 's are'} not finalised: ${drafts.map((n) => `${n.type}${n.date ? ` ${day(n.date)}` : ''} (${n.status === 'timed-out' ? 'timed out' : 'draft'})`).join(', ')}.`,
        [evidence(record, 'caseNotes', drafts.map((n) => `${n.subject ?? n.type}: ${n.status}`).join('; '), only(drafts))],
        'Finish and finalise each draft case note.',
      );
    }
    return met(`All ${notes.value.length} case notes are finalised.`, [evidence(record, 'caseNotes', `${notes.value.length} notes, none in draft`)]);
  },
};
export default rule;
