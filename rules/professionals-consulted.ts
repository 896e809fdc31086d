import { addDays } from '../record/dates';
import type { NoteKind } from '../record/schema';
import { day, evidence, fact, met, notRecognised, unknown, unmet } from './common/support';
import type { Rule } from './types';

/** Meetings with the professionals, as the adapter reads the notes' types. */
const MEETINGS: readonly NoteKind[] = ['cin-meeting', 'core-group', 'professionals-meeting'];


const rule: Rule = {
  id: 'professionals-consulted',
  title: 'Closure discussed with the professionals first',
  statement: 'The proposed closure was discussed with the professionals in the {windowDays} days before the decision (Child in Need meeting, core group, professionals’ meeting).',
  why: 'Consulting the network before deciding shows everyone agrees what support continues and who else needs to be involved.',
  level: 'should',
  appliesTo: ['early-help', 'cin', 'cp', 'cla'],
  params: { windowDays: { default: 42, min: 7, max: 120, unit: 'days', label: 'Meeting within this many days up to the decision' } },
  sources: [
    { source: 'B', section: 'What good practice looks for case closure?', quote: 'Discussions should take place with key relevant partner agencies and the family, prior to a case closing' },
    { source: 'C', section: 'Conversations', quote: 'Meetings like Child in Need and Core Groups are good places to have these discussions' },
  ],
  evaluate(record, { params }) {
    const window = params.windowDays ?? 42;
    const decision = fact(record, 'decisionDate');
    const notes = fact(record, 'caseNotes');
    if (!decision || !notes) return unknown(record, ['decisionDate', 'caseNotes'], 'the decision date and the case notes');
    if (!decision.value) return unmet('No decision date is recorded, so the meeting cannot be placed before it.', [evidence(record, 'decisionDate', 'decision date: empty')], 'Record the date of the decision to close.');
    const from = addDays(decision.value, -(window - 1));
    const inWindow = notes.value.filter((n) => n.status === 'final' && n.date && n.date >= from && n.date <= decision.value!);
    const meeting = inWindow.filter((n) => n.kind !== null && MEETINGS.includes(n.kind)).sort((a, b) => (a.date! < b.date! ? 1 : -1))[0];
    const seen = [evidence(record, 'decisionDate', `decision ${day(decision.value)}`)];
    if (meeting) return met(`${meeting.type} on ${day(meeting.date!)}, before the decision.`, [...seen, evidence(record, 'caseNotes', `${meeting.type} ${day(meeting.date!)}${meeting.subject ? ` “${meeting.subject}”` : ''}`, meeting)]);
    // A note whose type the profile does not know may be the meeting: unknown, never "not discussed".
    const unread = inWindow.filter((n) => n.kind === null).map((n) => n.type);
    if (unread.length) return notRecognised('caseNotes', unread, 'whether the closure was discussed with the professionals', seen);
    return unmet(
      `No finalised CIN meeting, core group or professionals meeting note in the ${window} days up to the decision (${day(from)} – ${day(decision.value)}).`,
      [...seen, evidence(record, 'caseNotes', `${notes.value.length} case notes`)],
      'Discuss the proposed closure with the professionals (CIN meeting, core group or professionals meeting) and finalise the note.',
    );
  },
};
export default rule;
