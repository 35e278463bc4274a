import type { Claim, ScoredSentence } from '../model';
import { scoreSignals } from './checkworthiness';

/**
 * The two or three kinds of fact behind a claim's score ("a count", "an attribution", "a date"), for the hover,
 * the Claims view and `analyze --json`. Computed on demand, from the sentence the claim was scored as; empty for
 * a reviewer's span over several sentences, which has no score of its own.
 */
export function claimSignals(sentences: readonly ScoredSentence[], claim: Claim): string[] {
  const scored = claim.sentence >= 0 ? sentences[claim.sentence] : undefined;
  return scored ? scoreSignals(scored.sentence) : [];
}
