/** Reading 7: a step-down is a closure reason beginning "Step down to" or the census code RC9. */
export function isStepDown(reason: { label: string; code: string | null }): boolean {
  return /^\s*step[\s-]*down to\b/i.test(reason.label) || reason.code === 'RC9';
}
