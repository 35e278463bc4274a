import type { Candidate } from './candidate';

/**
 * How well a candidate answers a claim, for ordering a claim's cross-references within one relation (and
 * the claim-retrieval evaluation): the candidate's BM25 score for the claim's terms, times the probability
 * that both tell of the same event when the same-event model judged the pair (agrees and contradicts).
 * BM25 rather than the similarity cosine: the cosine is symmetric and length-normalised, so a short claim
 * found whole in a long sentence ranked below a short sentence sharing one word (CLEF-2020 T2: MAP@5 0.65
 * by the cosine, 0.83 by BM25). Scores compare only among one claim's candidates.
 */
export function rankScore(candidate: Candidate, sameEvent = NaN): number {
  return Number.isNaN(sameEvent) ? candidate.bm25 : candidate.bm25 * sameEvent;
}
