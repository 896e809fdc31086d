import { evidence, fact, met, unknown, unmet } from './common/support';
import type { Rule } from './types';

const rule: Rule = {
  id: 'chronology-left-open',
  title: 'Chronology left open',
  statement: 'The chronology stays open so that later referrals can be added to it.',
  why: 'The chronology is the only document to stay open, so any later referral can be added to the same history.',
  level: 'must',
  appliesTo: 'all',
  sources: [{ source: 'D', section: '7', quote: 'is the chronology, so that this can be added to, in the event of further referrals to CSC' }],
  evaluate(record) {
    const status = fact(record, 'chronologyStatus');
    if (!status) return unknown(record, ['chronologyStatus'], 'the chronology’s status');
    if (status.value === 'open') return met('The chronology is open.', [evidence(record, 'chronologyStatus', 'status: open')]);
    if (status.value === 'closed') return unmet('The chronology has been closed.', [evidence(record, 'chronologyStatus', 'status: closed')], 'Reopen the chronology: it must stay open for later referrals.');
    return unmet('There is no chronology to leave open.', [evidence(record, 'chronologyStatus', 'no chronology')], 'Start a chronology of significant events and leave it open.');
  },
};
export default rule;
