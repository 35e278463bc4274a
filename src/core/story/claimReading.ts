import { TermNumbers, tokenNumbers } from './bm25';
import type { IndexedClaim } from './indexedClaim';
import { SYNONYM_GROUPS, synonymGroups } from './paraphrase';
import { grown } from './grownArray';

// Terms weighed more than plain words when two claims are compared: entities and counted things say what a
// claim is about more than its verbs do.
const KIND_WEIGHT: Record<string, number> = { e: 1.5, u: 1.5, w: 1 };

/** A claim as the search reads it: its terms as numbers, and how many are words WordNet groups. */
export interface ClaimTerms {
  claim: IndexedClaim;
  /** term numbers (the BM25 index's dictionary), in term order */
  ids: Int32Array;
  /** the BM25 query: the same numbers unless a term holds a space (then one per space-separated token) */
  tokens: Int32Array;
  /**
   * how many of its terms are words WordNet groups with other words (paraphrase.ts); their groups are the
   * reading's, by term number (ClaimReading.groupFrom): not copied per claim, as every claim and sentence of a
   * story is read and most hold several such words
   */
  words: number;
}

/**
 * Claims as the searches read them (ClaimTerms), each read once, with the numbers of their terms and, per
 * term number, the weight of its kind and its synonym groups: shared by a story's claim search and mention
 * search, so a claim asking in both is read once.
 */
export class ClaimReading {
  readonly numbers = new TermNumbers();
  /** per term number: the weight of its kind ("e:", "u:", "w:"); 0 until a claim holding the term is read */
  kindWeight = new Float64Array(256);
  /** per term number: 1 when the term holds a space (then the BM25 query splits it: ClaimTerms.tokens) */
  private spacedById = new Uint8Array(256);
  /**
   * per term number: its synonym groups (sorted; none for most) are groupPool[groupFrom, groupTo). Flat
   * arrays, not an array per term: a comparison walks the groups of every word of two claims.
   */
  groupFrom = new Int32Array(256);
  groupTo = new Int32Array(256);
  groupPool = new Int32Array(1024);
  private poolUsed = 0;
  /**
   * The inverse of the pool, as lists linked through it: the terms read so far that are in a synonym group are
   * poolTerm[s] for s = lastInGroup[group], then previousInGroup[s], … until -1 (slot s of the pool holds the
   * group for term poolTerm[s]). The claim search marks the synonyms of an asking claim's words once per asking
   * claim this way, instead of walking every group of every word of each of its candidates; flat arrays grown
   * with the pool, not an array per group.
   */
  readonly lastInGroup = new Int32Array(SYNONYM_GROUPS).fill(-1);
  previousInGroup = new Int32Array(1024);
  poolTerm = new Int32Array(1024);
  private readonly read = new WeakMap<IndexedClaim, ClaimTerms>();

  of(claim: IndexedClaim): ClaimTerms {
    let read = this.read.get(claim);
    if (!read) this.read.set(claim, (read = this.readNow(claim)));
    return read;
  }

  private readNow(claim: IndexedClaim): ClaimTerms {
    const terms = claim.terms;
    const ids = new Int32Array(terms.length);
    let words = 0;
    let spaced = false;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k];
      const id = this.numbers.id(term);
      if (id >= this.kindWeight.length || this.kindWeight[id] === 0) this.numbered(id, term);
      if (this.groupTo[id] !== this.groupFrom[id]) words++;
      if (this.spacedById[id]) spaced = true; // read once per term, when numbered: a lookup, not a string search
      ids[k] = id;
    }
    const tokens = spaced ? tokenNumbers(this.numbers, terms) : ids;
    return { claim, ids, tokens, words };
  }

  /** Reads a term met in a claim for the first time: the weight of its kind, its synonym groups, whether it holds a space. */
  private numbered(id: number, term: string): void {
    if (id >= this.kindWeight.length) {
      const length = Math.max(id + 1, this.kindWeight.length * 2);
      this.kindWeight = grown(this.kindWeight, new Float64Array(length));
      this.spacedById = grown(this.spacedById, new Uint8Array(length));
      this.groupFrom = grown(this.groupFrom, new Int32Array(length));
      this.groupTo = grown(this.groupTo, new Int32Array(length));
    }
    const groups = synonymGroups(term);
    if (this.poolUsed + groups.length > this.groupPool.length) {
      const length = Math.max(this.poolUsed + groups.length, this.groupPool.length * 2);
      this.groupPool = grown(this.groupPool, new Int32Array(length));
      this.previousInGroup = grown(this.previousInGroup, new Int32Array(length));
      this.poolTerm = grown(this.poolTerm, new Int32Array(length));
    }
    this.groupFrom[id] = this.poolUsed;
    for (let i = 0; i < groups.length; i++) {
      const slot = this.poolUsed++;
      this.groupPool[slot] = groups[i];
      this.poolTerm[slot] = id;
      this.previousInGroup[slot] = this.lastInGroup[groups[i]];
      this.lastInGroup[groups[i]] = slot;
    }
    this.groupTo[id] = this.poolUsed;
    this.kindWeight[id] = KIND_WEIGHT[term[0]] ?? 1;
    this.spacedById[id] = term.includes(' ') ? 1 : 0;
  }
}
