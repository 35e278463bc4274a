import type { IndexedClaim } from './indexedClaim';

// What the claim search (claimSearch.ts) hands its callers: the story index, the mention search, relate().
export interface Candidate {
  claim: IndexedClaim;
  /** idf-weighted cosine of the two claims' terms, in [0, 1] */
  similarity: number;
  shared: string[];
  /** the share of the asking claim's term weight the candidate holds, in [0, 1] (asymmetric, unlike similarity) */
  coverage: number;
  /** the candidate's BM25 score for the asking claim's terms (bm25.ts): how much of the claim it holds */
  bm25: number;
}

/**
 * Whether a search's caller can use a candidate `other` this similar to the asking claim (ClaimSearch.candidates).
 * `otherMask`: the other's fact mask (IndexedClaim.factMask), as the search keeps it per document: a test that
 * can decide by it need not read the other claim itself (a cache miss per hit, most of what a hit cost).
 */
export type KeepCandidate = (claim: IndexedClaim, other: IndexedClaim, similarity: number, otherMask: number) => boolean;
