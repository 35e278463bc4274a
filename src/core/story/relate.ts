import type { Candidate } from './claimSearch';
import { compareClaims, type Comparison, type Relation } from './compareClaims';
import type { IndexedClaim } from './indexedClaim';

// Below this similarity two claims are not about the same thing.
export const RELATED_SIMILARITY = 0.22;
// The lower bar for claims that share or dispute a comparable fact: a count of the same thing in the same
// event, or harm denied against harm reported, is worth showing even when the wording differs a lot.
export const FACT_SIMILARITY = 0.05;
// Sharing only names ("Russia", a spokesperson) does not make two claims related: at least this many
// content words ("w:") or counted things ("u:") must be shared as well.
export const MIN_SHARED_CONTENT = 1;

export const RELATION_ORDER: Record<Relation, number> = { contradicts: 0, agrees: 1, related: 2 };

/** Content terms two claims share: words that are not part of a name in either, and classes of counted things. */
export function sharedContent(claim: IndexedClaim, candidate: Candidate): number {
  // A plain loop: this runs for every candidate of every claim, and a closure per call showed in the profile.
  let count = 0;
  for (const t of candidate.shared) {
    if (t.startsWith('u:') || (t.startsWith('w:') && !claim.nameTerms.has(t) && !candidate.claim.nameTerms.has(t))) count++;
  }
  return count;
}

/**
 * How a candidate found by the claim search bears on a claim, or undefined when it is not about the same
 * thing. The one rule the story index, verdict memory and the evaluations all apply.
 */
export function relate(claim: IndexedClaim, candidate: Candidate): Comparison | undefined {
  const content = sharedContent(claim, candidate);
  if (content < MIN_SHARED_CONTENT) return undefined;
  const comparison = compareClaims(claim, candidate.claim, candidate.similarity, content);
  const strongFact = comparison.shared.length > 0 || comparison.conflicts.some((c) => c.type === 'quantity' || c.type === 'negation');
  return candidate.similarity < (strongFact ? FACT_SIMILARITY : RELATED_SIMILARITY) ? undefined : comparison;
}
