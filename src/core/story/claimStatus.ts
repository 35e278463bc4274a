import type { CrossRef } from './crossRef';

export type ClaimStatus = 'corroborated' | 'contradicted' | 'disputed' | 'uncorroborated';

/**
 * contradicted: another source states a differing fact; corroborated: an independent source agrees;
 * disputed: both; uncorroborated: neither. Agreement that rests on the claim's own source ("according to
 * U.S. officials" in both) is not independent and does not corroborate.
 */
export function statusOf(refs: CrossRef[]): ClaimStatus {
  const contradicted = refs.some((r) => r.relation === 'contradicts');
  const corroborated = refs.some((r) => r.relation === 'agrees' && r.independent);
  if (contradicted && corroborated) return 'disputed';
  if (contradicted) return 'contradicted';
  if (corroborated) return 'corroborated';
  return 'uncorroborated';
}
