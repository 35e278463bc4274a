import type { Claim, ScoredSentence, Sentence } from '../model';
import { scoreSignals } from './checkworthiness';

/**
 * The two or three kinds of fact behind a claim's score ("a count", "an attribution", "a date"), for the hover,
 * the Claims view and `analyze --json`. Computed on demand, from the sentence the claim was scored as; empty for
 * a reviewer's span over several sentences, which has no score of its own.
 */
export function claimSignals(sentences: readonly ScoredSentence[], claim: Claim): string[] {
  const scored = claim.sentence >= 0 ? sentences[claim.sentence] : undefined;
  if (!scored) return [];
  let signals = SIGNALS.get(scored.sentence);
  if (!signals) SIGNALS.set(scored.sentence, (signals = scoreSignals(scored.sentence)));
  return signals;
}

// A sentence's signals depend on its tokens alone, and the analysis worker asks for every claim's after every
// edit (it sends each article's state): kept per sentence object, which an edit elsewhere keeps (parseBlocks).
const SIGNALS = new WeakMap<Sentence, string[]>();
