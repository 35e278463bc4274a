/**
 * A BM25 index over documents that are lists of terms, scored exactly as MiniSearch 7 scores a one-field
 * index searched with OR (k 1.2, b 0.7, d 0.5; a document's score is the sum over the query terms it
 * matches, times how many distinct query terms it matches; ties keep the order in which documents were
 * first matched). It replaces MiniSearch in the claim search because a search only needs the best few
 * hits as numbers: MiniSearch builds a result object with match details for every matching document,
 * which was most of the cost of cross-referencing a story.
 *
 * Documents are removed at once (MiniSearch discards lazily and, until a vacuum, may count a discarded
 * document in a term's document frequency for the first search after an edit).
 */
export class Bm25Index {
  /** term → the documents holding it (in the order they were added) and the term's frequency in each */
  private readonly postings = new Map<string, Posting>();
  /** document id → its tokens and its length (number of distinct tokens) */
  private readonly docs = new Map<number, { tokens: string[]; length: number }>();
  private avgLength = 0;
  private lengths = new Float64Array(64);
  private scores = new Float64Array(64);
  private matched = new Uint32Array(64);
  private stamp = new Uint32Array(64);
  private query = 0;
  /** per document: K · (1 − B + B · length / avgLength), the length part of its BM25 term score */
  private lengthNorms = new Float64Array(64);
  /** whether avgLength changed since lengthNorms were computed */
  private lengthNormsStale = true;

  get size(): number {
    return this.docs.size;
  }

  /** Adds a document; `text` is its terms joined by spaces (each space-separated token is one term). */
  add(id: number, text: string): void {
    this.addTokens(id, text.split(' '));
  }

  /** `add(id, terms.join(' '))` without the join and split when no term holds a space. */
  addTerms(id: number, terms: readonly string[]): void {
    this.addTokens(id, hasSpace(terms) ? terms.join(' ').split(' ') : terms.slice());
  }

  private addTokens(id: number, tokens: string[]): void {
    if (this.docs.has(id)) throw new Error(`Bm25Index: duplicate id ${id}`);
    const length = new Set(tokens).size;
    const count = this.docs.size;
    this.avgLength = (this.avgLength * count + length) / (count + 1);
    this.lengthNormsStale = true;
    this.docs.set(id, { tokens, length });
    if (id >= this.scores.length) this.grow(id + 1);
    this.lengths[id] = length;
    for (const term of tokens) {
      if (!term) continue;
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = { ids: [], tfs: [], query: 0 }));
      const last = posting.ids.length - 1;
      if (last >= 0 && posting.ids[last] === id) posting.tfs[last]++;
      else {
        posting.ids.push(id);
        posting.tfs.push(1);
      }
    }
  }

  discard(id: number): void {
    const doc = this.docs.get(id);
    if (!doc) throw new Error(`Bm25Index: cannot discard ${id}: not in the index`);
    const count = this.docs.size;
    this.avgLength = count === 1 ? 0 : (this.avgLength * count - doc.length) / (count - 1);
    this.lengthNormsStale = true;
    this.docs.delete(id);
    for (const term of new Set(doc.tokens)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const at = posting.ids.lastIndexOf(id);
      if (at < 0) continue;
      posting.ids.splice(at, 1);
      posting.tfs.splice(at, 1);
      if (posting.ids.length === 0) this.postings.delete(term);
    }
  }

  /**
   * The best `limit` documents for the query (terms joined by spaces), best first, leaving out those `skip`
   * rejects; the same documents in the same order as the first `limit` accepted hits of MiniSearch's search.
   */
  search(text: string, limit: number, skip: (id: number) => boolean): number[] {
    return this.searchTokens(text.split(' '), limit, skip);
  }

  /** `search(terms.join(' '), limit, skip)` without the join and split when no term holds a space. */
  searchTerms(terms: readonly string[], limit: number, skip: (id: number) => boolean): number[] {
    return this.searchTokens(hasSpace(terms) ? terms.join(' ').split(' ') : terms, limit, skip);
  }

  /** searchTerms with each hit's score (the same order): the claim search ranks candidates by it. */
  searchTermsScored(terms: readonly string[], limit: number, skip: (id: number) => boolean): { ids: number[]; scores: number[] } {
    const scores: number[] = [];
    const ids = this.searchTokens(hasSpace(terms) ? terms.join(' ').split(' ') : terms, limit, skip, scores);
    return { ids, scores };
  }

  private searchTokens(tokens: readonly string[], limit: number, skip: (id: number) => boolean, scoresOut?: number[]): number[] {
    const stamp = ++this.query;
    const touched: number[] = [];
    const n = this.docs.size;
    if (this.lengthNormsStale) this.computeLengthNorms();
    const norms = this.lengthNorms;
    for (const term of tokens) {
      if (!term) continue;
      const posting = this.postings.get(term);
      if (!posting) continue;
      // A term repeated in the query adds its score again but counts once among the matched terms.
      const first = posting.query !== stamp;
      posting.query = stamp;
      const { ids, tfs } = posting;
      const matching = ids.length;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      for (let p = 0; p < matching; p++) {
        const id = ids[p];
        const tf = tfs[p];
        const score = idf * (D + (tf * (K + 1)) / (tf + norms[id]));
        if (this.stamp[id] !== stamp) {
          this.stamp[id] = stamp;
          this.scores[id] = score;
          this.matched[id] = 1;
          touched.push(id);
        } else {
          this.scores[id] = this.scores[id] + score;
          if (first) this.matched[id]++;
        }
      }
    }
    // Top `limit` by score, earlier-matched first among equals (what a stable sort by score gives): an
    // insertion into a list kept sorted, which drops its last entry when it grows past `limit`.
    const best = new Int32Array(limit + 1);
    const bestScore = new Float64Array(limit + 1);
    let size = 0;
    for (const id of touched) {
      if (skip(id)) continue;
      const score = this.scores[id] * (this.matched[id] || 1);
      if (size === limit && score <= bestScore[limit - 1]) continue;
      let at = size;
      while (at > 0 && bestScore[at - 1] < score) at--;
      for (let k = size; k > at; k--) {
        best[k] = best[k - 1];
        bestScore[k] = bestScore[k - 1];
      }
      best[at] = id;
      bestScore[at] = score;
      if (size < limit) size++;
    }
    if (scoresOut) for (let k = 0; k < size; k++) scoresOut.push(bestScore[k]);
    return Array.from(best.subarray(0, size));
  }

  /** K · (1 − B + B · length / avgLength) for every document, computed as the score formula always has. */
  private computeLengthNorms(): void {
    const avg = this.avgLength;
    for (const id of this.docs.keys()) this.lengthNorms[id] = K * (1 - B + (B * this.lengths[id]) / avg);
    this.lengthNormsStale = false;
  }

  private grow(size: number): void {
    const length = Math.max(size, this.scores.length * 2);
    const scores = new Float64Array(length);
    scores.set(this.scores);
    const lengths = new Float64Array(length);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const matched = new Uint32Array(length);
    matched.set(this.matched);
    const stamp = new Uint32Array(length);
    stamp.set(this.stamp);
    const lengthNorms = new Float64Array(length);
    lengthNorms.set(this.lengthNorms);
    this.lengthNorms = lengthNorms;
    this.scores = scores;
    this.matched = matched;
    this.stamp = stamp;
  }
}

interface Posting {
  ids: number[];
  tfs: number[];
  /** the last query that met this term */
  query: number;
}

function hasSpace(terms: readonly string[]): boolean {
  for (const t of terms) if (t.includes(' ')) return true;
  return false;
}

const K = 1.2;
const B = 0.7;
const D = 0.5;
