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
  private readonly postings = new Map<string, { ids: number[]; tfs: number[] }>();
  /** document id → its tokens and its length (number of distinct tokens) */
  private readonly docs = new Map<number, { tokens: string[]; length: number }>();
  private avgLength = 0;
  private lengths = new Float64Array(64);
  private scores = new Float64Array(64);
  private matched = new Uint32Array(64);
  private stamp = new Uint32Array(64);
  private query = 0;

  get size(): number {
    return this.docs.size;
  }

  /** Adds a document; `text` is its terms joined by spaces (each space-separated token is one term). */
  add(id: number, text: string): void {
    if (this.docs.has(id)) throw new Error(`Bm25Index: duplicate id ${id}`);
    const tokens = text.split(' ');
    const length = new Set(tokens).size;
    const count = this.docs.size;
    this.avgLength = (this.avgLength * count + length) / (count + 1);
    this.docs.set(id, { tokens, length });
    if (id >= this.scores.length) this.grow(id + 1);
    this.lengths[id] = length;
    for (const term of tokens) {
      if (!term) continue;
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = { ids: [], tfs: [] }));
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
    const stamp = ++this.query;
    const touched: number[] = [];
    const seen = new Set<string>();
    const n = this.docs.size;
    const avg = this.avgLength;
    for (const term of text.split(' ')) {
      if (!term) continue;
      const posting = this.postings.get(term);
      const first = !seen.has(term);
      seen.add(term);
      if (!posting) continue;
      const { ids, tfs } = posting;
      const matching = ids.length;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      for (let p = 0; p < matching; p++) {
        const id = ids[p];
        const tf = tfs[p];
        const length = this.lengths[id];
        const score = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg)));
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
    // Top `limit` by score, earlier-matched first among equals (what a stable sort by score gives).
    const best: number[] = [];
    const bestScore: number[] = [];
    for (const id of touched) {
      if (skip(id)) continue;
      const score = this.scores[id] * (this.matched[id] || 1);
      if (best.length === limit && score <= bestScore[limit - 1]) continue;
      let at = best.length;
      while (at > 0 && bestScore[at - 1] < score) at--;
      best.splice(at, 0, id);
      bestScore.splice(at, 0, score);
      if (best.length > limit) {
        best.pop();
        bestScore.pop();
      }
    }
    return best;
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
    this.scores = scores;
    this.matched = matched;
    this.stamp = stamp;
  }
}

const K = 1.2;
const B = 0.7;
const D = 0.5;
