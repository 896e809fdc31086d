import { evidence, fact, met, notApplicable, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'co-team-closure-record',
  title: 'Co-team’s closure record completed',
  statement: 'Where a co-team is involved, the co-team’s closure record is complete too.',
  why: 'Each team that worked with the family closes its own record, so no one assumes the other team is still involved.',
  level: 'must',
  appliesTo: 'all',
  sources: [
    { source: 'D', section: '1', quote: 'one for the Primary team who are the case holders and one for the co-team, where relevant' },
    { source: 'D', section: '2', quote: 'Where there is a co-team, the case closure record should be completed when the work of the team has come to an end.' },
  ],
  evaluate(record) {
    const involvements = fact(record, 'involvements');
    if (!involvements) return unknown(record, ['involvements'], 'whether a co-team is involved');
    const coTeams = involvements.value.filter((i) => i.role === 'co-team');
    if (coTeams.length === 0) return notApplicable('No co-team is involved.', [evidence(record, 'involvements', 'no co-team involvement')]);
    const seen = [evidence(record, 'involvements', `co-team: ${coTeams.map((i) => i.team ?? i.title).join(', ')}`)];
    const status = fact(record, 'coTeamClosureStatus');
    if (!status) return unknown(record, ['coTeamClosureStatus'], 'the co-team’s closure record', seen);
    if (status.value === 'complete') return met('The co-team’s closure record is complete.', [...seen, evidence(record, 'coTeamClosureStatus', 'co-team record: complete')]);
    return unmet(
      status.value === 'missing' ? 'The co-team has not started its closure record.' : 'The co-team’s closure record is not complete.',
      [...seen, evidence(record, 'coTeamClosureStatus', `co-team record: ${status.value}`)],
      'Ask the co-team to complete its closure record.',
    );
  },
};
export default rule;
