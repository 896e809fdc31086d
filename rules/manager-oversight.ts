import { day, evidence, fact, isEmpty, met, notRecognised, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'manager-oversight',
  title: 'Manager’s oversight and agreement recorded',
  statement: 'A manager has recorded oversight and agreement of the closure, with the reasons.',
  why: 'Clear manager oversight evidences why the case is closing and what informed the decision.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'B', section: 'What good practice looks for case closure?', quote: 'The practitioner’s manager will ensure there is oversight and agreement of the decision to close the case.' },
    { source: 'C', section: 'Management Oversight', quote: 'good practice is that we have clear manager oversight when we are closing a case' },
    { source: 'E', section: '3. In all Cases', quote: 'A managerial oversight case note should be completed by the TM in all cases prior to referral closure.' },
  ],
  evaluate(record) {
    const auth = fact(record, 'managerAuthorisation');
    if (auth && !isEmpty(auth.value.name) && auth.value.date) {
      return met(`Authorised by ${auth.value.name} on ${day(auth.value.date)}.`, [evidence(record, 'managerAuthorisation', `authorised by ${auth.value.name} ${day(auth.value.date)}`)]);
    }
    const notes = fact(record, 'caseNotes');
    const decision = fact(record, 'decisionDate');
    const after = notes && decision?.value ? notes.value.filter((n) => n.status === 'final' && n.date && n.date >= decision.value!) : [];
    const note = after.find((n) => n.kind === 'management-oversight');
    if (note) return met(`${note.type} note on ${day(note.date!)}.`, [evidence(record, 'decisionDate', `decision ${day(decision!.value!)}`), evidence(record, 'caseNotes', `${note.type} ${day(note.date!)}`, note)]);
    if (!auth || !notes || !decision) return unknown(record, ['managerAuthorisation', 'caseNotes', 'decisionDate'], 'the manager’s authorisation and the management oversight notes');
    // A note after the decision whose type the profile does not know may be the oversight note.
    const unread = after.filter((n) => n.kind === null).map((n) => n.type);
    if (unread.length) return notRecognised('caseNotes', unread, 'whether a manager recorded oversight of the closure', [evidence(record, 'managerAuthorisation', 'authorised by: empty')]);
    return unmet(
      'No manager’s authorisation on the closure record and no finalised management oversight note on or after the decision.',
      [evidence(record, 'managerAuthorisation', 'authorised by: empty'), evidence(record, 'caseNotes', `${notes.value.length} case notes`)],
      'Ask your team manager to record oversight of the closure, with the reasons, and to authorise the closure record.',
    );
  },
};
export default rule;
