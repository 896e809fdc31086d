import { evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'closing-summary',
  title: 'Closing summary that stands alone',
  statement: 'A closing summary of at least {minWords} words is written on the child’s record, able to stand alone for a future referral.',
  why: 'A clear closing record guides any new referral through the history, family context and safety plan, and stops the “start again” syndrome.',
  level: 'must',
  appliesTo: 'all',
  params: { minWords: { default: 30, min: 10, max: 500, unit: 'words', label: 'Fewest words in the summary' } },
  sources: [
    { source: 'A', section: 'Musts', quote: 'A Detailed closing summary must be completed on the childs record.' },
    { source: 'C', section: 'Conversations', quote: 'good practice would still be that we complete a closure summary' },
    { source: 'D', section: '4', quote: 'Information recorded need only be brief' },
  ],
  evaluate(record, { params }) {
    const minWords = params.minWords ?? 30;
    const summary = fact(record, 'closingSummary');
    if (!summary) return unknown(record, ['closingSummary'], 'the closing summary');
    // Reading 16: words are white-space-separated tokens.
    const words = summary.value ? summary.value.split(/\s+/).filter(Boolean).length : 0;
    const seen = [evidence(record, 'closingSummary', `closing summary: ${words} words`)];
    if (words >= minWords) return met(`Closing summary written (${words} words).`, seen);
    return unmet(
      words === 0 ? 'The closing summary is empty.' : `The closing summary has ${words} words; at least ${minWords} are needed to stand alone.`,
      seen,
      'Write a closing summary that a future worker could read on its own: history, family context, what changed and the safety plan.',
    );
  },
};
export default rule;
