import { describe, expect, it } from 'vitest';
import { draftInputFor } from '../test/support/draft-input';
import { buildRecord } from '../test/support/record-builder';
import { documentText } from './assemble';
import { letterRequest, letterRequestParts } from './letter-request';

describe('the closure letter request to business support', () => {
  const record = buildRecord('mosaic', {
    childName: 'Ruby Ashcroft',
    siblingsOpen: [{ id: '2', name: 'Leo Ashcroft', ageYears: 5 }],
    decisionDate: '2026-11-15',
    closureReason: { label: 'RC7 - Services ceased for any other reason', code: 'RC7', stepDown: false },
    letterRequested: null,
    letterSent: null,
    relationships: [
      { role: 'Allocated social worker', name: 'Daniel Frost', organisation: 'Locality Team North', agency: 'social-care', staff: 'allocated-worker', start: null, end: null },
      { role: 'GP', name: 'Dr Helen Pike', organisation: 'Castlegate Medical Practice', agency: 'health', staff: null, start: null, end: null },
    ],
  }, '2071534');
  const doc = letterRequest(draftInputFor(record), letterRequestParts()[0]!);
  const text = documentText(doc.sections, doc.layout);

  it('asks for the letter to the parents for every child, with the decision, and copies the key partners', () => {
    expect(text).toMatch(/^Please process a case closure letter to the parents \/ those with parental responsibility for Ruby Ashcroft and Leo Ashcroft \(Person ID 2071534\)\. \[Names and address/);
    expect(text).toContain('The decision to close was made on 15 Nov 2026. Reason for closure: RC7 - Services ceased for any other reason. Allocated worker: Daniel Frost, Locality Team North.');
    expect(text).toContain('Please also send it to the key partners:\n– Dr Helen Pike, GP, Castlegate Medical Practice');
    expect(text).toMatch(/Please let me know when it has been sent\.\nDaniel Frost\nAllocated social worker, Locality Team North$/);
  });

  it('shows beside it what the checklist reads of the letter so far', () => {
    expect(doc.sections[0]!.consider.map((c) => c.text)).toEqual(['Not done yet – Closure letter requested and sent: No closure letter has been requested. Next: Ask business support for the closure letter to the parents.']);
  });
});
