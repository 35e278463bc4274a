// Verdict memory: the verdicts recorded in every sidecar of a workspace (or folder tree), matched against a
// claim with the cross-referencing engine's own matching — claim terms, the BM25 claim search, its
// idf-weighted similarity, compareClaims — so "the same claim" means here what it means between sources.
// Kept current one sidecar at a time (setSidecar/removeSidecar); a block whose words did not change is not
// read again. Pure: the caller reads the files (src/node/verdictMemoryLoader.ts, or the extension's watcher).

import { claimIds } from '../claims/claimId';
import { formatOf } from '../segment/blocksOf';
import type { StoredVerdict } from '../sidecar/storage/sidecarSchema';
import { ClaimSearch } from '../story/claimSearch';
import { compareClaims } from '../story/compareClaims';
import { sharedContent } from '../story/relate';
import { indexClaim, type IndexedClaim } from '../story/indexedClaim';
import { memoryClaim, type MemoryClaim } from './memoryClaim';

/** A verdict given elsewhere on a claim that matches this one. */
export interface PriorVerdict {
  /** the article whose sidecar holds the verdict (the path as given to setSidecar) */
  file: string;
  /** the claim's words as recorded in that sidecar */
  claimText: string;
  label: string;
  note?: string;
  by?: string;
  at?: string;
  /** 1-based line of the block in that sidecar */
  sidecarLine: number;
  /** similarity of the two claims, in [0, 1] */
  score: number;
}

// Only confident matches. The engine must find the two claims agreeing (compareClaims: the same count of
// the same thing in the same event, or a near paraphrase), sharing at least MEMORY_MIN_SHARED_CONTENT
// content words or counted things, and at least as similar as the evidence requires: a paraphrase with no
// shared fact must be very similar; a shared count, fairly similar; a shared count in the same named
// place or body ("eight ATACMS missiles … Karachev") may be worded quite differently, since a long
// sentence around it lowers the similarity. Memory spans stories, so a count alone ("five missiles
// intercepted") never links, and sharing a name ("Russia") never does: a verdict offered on the wrong claim
// costs a desk more than a missed one.
export const MEMORY_MIN_SHARED_CONTENT = 2;
export const MEMORY_PARAPHRASE_SIMILARITY = 0.5;
export const MEMORY_FACT_SIMILARITY = 0.3;
export const MEMORY_FACT_AND_NAME_SIMILARITY = 0.15;
/** Matches kept per claim, best first. */
export const MEMORY_MAX_MATCHES = 5;

interface Entry {
  verdict: StoredVerdict;
  read: MemoryClaim | undefined;
  indexed: IndexedClaim | undefined;
}

export class VerdictMemory {
  private readonly search = new ClaimSearch();
  private readonly articles = new Map<string, Entry[]>();
  private readonly byIndexed = new Map<IndexedClaim, Entry>();
  // A query claim re-keyed to the caller's article path, once per claim object (the search caches by object).
  private readonly queries = new WeakMap<IndexedClaim, { file: string; query: IndexedClaim }>();

  /** Number of sidecars held. */
  get sidecarCount(): number {
    return this.articles.size;
  }

  /** Number of verdicts held. */
  get size(): number {
    return this.byIndexed.size;
  }

  /**
   * Sets (or replaces) the verdicts of one article's sidecar. `articlePath` is the article's path (the
   * sidecar's without `.crosscheck.yaml`), in the same form as the `ownArticle` later given to lookup.
   */
  setSidecar(articlePath: string, verdicts: readonly StoredVerdict[]): void {
    const format = formatOf(articlePath);
    const previous = new Map((this.articles.get(articlePath) ?? []).map((e) => [e.verdict.claim, e.read]));
    this.dropEntries(articlePath);
    const entries: Entry[] = verdicts.map((verdict) => {
      const read = previous.has(verdict.claim) ? previous.get(verdict.claim) : memoryClaim(verdict.claim, format);
      return { verdict, read, indexed: undefined };
    });
    const readable = entries.filter((e) => e.read);
    // Ids for the search only: unique within the sidecar, derived from the words like a claim's.
    const ids = claimIds(readable.map((e) => e.verdict.claim));
    readable.forEach((e, k) => {
      e.indexed = indexClaim(articlePath, { ...e.read!.claim, id: ids[k] }, e.read!.sentence);
      this.byIndexed.set(e.indexed, e);
    });
    this.articles.set(articlePath, entries);
    this.search.setFileClaims(articlePath, readable.map((e) => e.indexed!));
  }

  /** Forgets one article's sidecar (deleted, or its article is gone). */
  removeSidecar(articlePath: string): void {
    if (!this.articles.has(articlePath)) return;
    this.dropEntries(articlePath);
    this.articles.delete(articlePath);
    this.search.removeFile(articlePath);
  }

  /**
   * Verdicts recorded in OTHER articles' sidecars on claims that match `claim` (an IndexedClaim from
   * StoryIndex.indexedClaims), best first. `ownArticle`: the claim's article, in setSidecar's path form;
   * its own sidecar is never searched.
   */
  lookup(claim: IndexedClaim, ownArticle: string): PriorVerdict[] {
    const query = this.queryFor(claim, ownArticle);
    const out: PriorVerdict[] = [];
    for (const candidate of this.search.candidates(query)) {
      if (candidate.similarity < MEMORY_FACT_AND_NAME_SIMILARITY) continue;
      const content = sharedContent(query, candidate);
      if (content < MEMORY_MIN_SHARED_CONTENT) continue;
      const comparison = compareClaims(query, candidate.claim, candidate.similarity, content);
      if (comparison.relation !== 'agrees') continue;
      const names = candidate.shared.some((t) => t.startsWith('e:'));
      const needed = comparison.shared.length === 0 ? MEMORY_PARAPHRASE_SIMILARITY : names ? MEMORY_FACT_AND_NAME_SIMILARITY : MEMORY_FACT_SIMILARITY;
      if (candidate.similarity < needed) continue;
      const entry = this.byIndexed.get(candidate.claim);
      if (!entry) continue;
      const v = entry.verdict;
      out.push({
        file: candidate.claim.file,
        claimText: v.claim,
        label: v.label,
        ...(v.note !== undefined && { note: v.note }),
        ...(v.by !== undefined && { by: v.by }),
        ...(v.at !== undefined && { at: v.at }),
        sidecarLine: v.line,
        score: Math.round(candidate.similarity * 1000) / 1000,
      });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, MEMORY_MAX_MATCHES);
  }

  private queryFor(claim: IndexedClaim, ownArticle: string): IndexedClaim {
    const cached = this.queries.get(claim);
    if (cached?.file === ownArticle) return cached.query;
    const query = claim.file === ownArticle ? claim : { ...claim, file: ownArticle };
    this.queries.set(claim, { file: ownArticle, query });
    return query;
  }

  private dropEntries(articlePath: string): void {
    for (const e of this.articles.get(articlePath) ?? []) if (e.indexed) this.byIndexed.delete(e.indexed);
  }
}
