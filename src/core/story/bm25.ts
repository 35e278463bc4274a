import { grown } from './grownArray';

/**
 * A BM25 index over documents that are lists of terms, scored exactly as MiniSearch 7 scores a one-field
 * index searched with OR (k 1.2, b 0.7, d 0.5; a document's score is the sum over the query terms it
 * matches, times how many distinct query terms it matches), except that the average document length is exact
 * and ties go the caller's way (`ahead`), so that no result depends on the order documents came in. It
 * replaces MiniSearch in the claim search because a search only needs the best few
 * hits as numbers: MiniSearch builds a result object with match details for every matching document,
 * which was most of the cost of cross-referencing a story.
 *
 * Terms are numbered once each (`TermNumbers`), and postings, documents and per-term state are arrays indexed
 * by those numbers: a search walks numbers, not string maps. The claim search numbers its own terms with
 * the same numbers (and a story's two searches share them), so a claim's terms are looked up once.
 *
 * Documents are removed at once (MiniSearch discards lazily and, until a vacuum, may count a discarded
 * document in a term's document frequency for the first search after an edit).
 */
export class Bm25Index {
  /** per term number: the documents holding it (in the order they were added) and its frequency in each */
  private readonly postings: (Posting | undefined)[] = [];
  /** per term number: the last query that met it */
  private termQuery = new Uint32Array(256);
  /** per term number: the last document being added that holds it (its length counts distinct terms) */
  private termSeen = new Uint32Array(256);
  private adding = 0;
  /** per document id: its term numbers (one per token, repeats kept), undefined when not in the index */
  private readonly docTokens: (Int32Array | undefined)[] = [];
  private count = 0;
  /**
   * Σ of the documents' lengths: an integer, so the average length (totalLength / count) is the same whatever
   * order the documents came in and however many were added and removed since (an average kept up to date
   * document by document rounded differently in each order, and a story's BM25 scores with it)
   */
  private totalLength = 0;
  private lengths = new Float64Array(64);
  private scores = new Float64Array(64);
  /** per document met by the last search given `matchWeights`: Σ of those weights over the query terms it holds (searchTokenIds) */
  private matchSums = new Float64Array(64);
  private matched = new Uint32Array(64);
  private stamp = new Uint32Array(64);
  /** the last search's best documents, best first, and their scores (searchTokenIds) */
  private best = new Int32Array(0);
  private bestScore = new Float64Array(0);
  /** the documents a search met, in the order it first met them */
  private touched = new Int32Array(64);
  private query = 0;
  /** per document: K · (1 − B + B · length / average length), the length part of its BM25 term score */
  private lengthNorms = new Float64Array(64);
  /** whether the documents (and so their average length) changed since lengthNorms were computed */
  private lengthNormsStale = true;
  /** counts the computations of lengthNorms: a posting's term scores are kept for one */
  private normsGeneration = 0;
  /**
   * the term scores of every posting a search met since lengthNorms were computed, each posting's in a row
   * (Posting.scoresAt), and how much of the array they fill: one array for all, reused after every change,
   * instead of one per posting (a story's cross-reference meets thousands)
   */
  private termScores = new Float64Array(1024);
  private termScoresUsed = 0;

  /**
   * `numbers`: the terms' numbers, which another index may share (and add to). `ahead(a, b)`: whether document a
   * goes before document b when they score the same; without it, the one a search met first does (which depends
   * on the order the documents were added in).
   */
  constructor(
    readonly numbers = new TermNumbers(),
    private readonly ahead?: (a: number, b: number) => boolean,
  ) {}

  get size(): number {
    return this.count;
  }

  /** The documents the last searchTokenIds found, best first (the first as many as it returned). */
  get hitIds(): Int32Array {
    return this.best;
  }

  /** Their scores, in the same order. */
  get hitScores(): Float64Array {
    return this.bestScore;
  }

  /**
   * By document id, for the documents the last search met, when it was given `matchWeights`: the sum of those
   * weights over the query's terms the document holds, in query order (a term repeated in the query counted
   * again). Read in place until the next search.
   */
  get hitMatchSums(): Float64Array {
    return this.matchSums;
  }

  /**
   * The term numbers of the tokens of `terms` joined by spaces (each space-separated token one term). An
   * empty token ("a  b") is -1: it is no term, but it counts in the document's length, as in MiniSearch.
   */
  tokenIds(terms: readonly string[]): Int32Array {
    return tokenNumbers(this.numbers, terms);
  }

  /** The per-term arrays cover every number given so far (by this index or one sharing its numbers). */
  private coverTerms(): void {
    const size = this.numbers.size;
    if (this.postings.length >= size) return;
    while (this.postings.length < size) this.postings.push(undefined); // filled in order: a plain array, not a dictionary
    if (this.termQuery.length < size) {
      const length = Math.max(size, this.termQuery.length * 2);
      this.termQuery = grown(this.termQuery, new Uint32Array(length));
      this.termSeen = grown(this.termSeen, new Uint32Array(length));
    }
  }

  /** Adds a document; `text` is its terms joined by spaces (each space-separated token is one term). */
  add(id: number, text: string): void {
    this.addTokenIds(id, this.tokenIds([text]));
  }

  /** `add(id, terms.join(' '))`. */
  addTerms(id: number, terms: readonly string[]): void {
    this.addTokenIds(id, this.tokenIds(terms));
  }

  /** Adds a document by its tokens' term numbers (`tokenIds`); the index keeps the array. */
  addTokenIds(id: number, tokens: Int32Array): void {
    if (this.docTokens[id]) throw new Error(`Bm25Index: duplicate id ${id}`);
    this.coverTerms();
    const length = this.distinctCount(tokens);
    this.totalLength += length;
    this.lengthNormsStale = true;
    this.docTokens[id] = tokens;
    this.count++;
    if (id >= this.scores.length) this.grow(id + 1);
    this.lengths[id] = length;
    for (let k = 0; k < tokens.length; k++) {
      const term = tokens[k];
      if (term < 0) continue;
      const posting = this.postings[term];
      // A new posting starts with its one document: most terms are in one or two, and an array grown from
      // empty by push holds room for 17.
      if (!posting) {
        this.postings[term] = { ids: [id], tfs: undefined, scoresAt: 0, generation: -1, idf: 0, idfCount: -1, idfLength: -1 };
        continue;
      }
      const last = posting.ids.length - 1;
      if (last >= 0 && posting.ids[last] === id) (posting.tfs ??= posting.ids.map(() => 1))[last]++;
      else {
        posting.ids.push(id);
        posting.tfs?.push(1);
      }
    }
  }

  discard(id: number): void {
    const tokens = this.docTokens[id];
    if (!tokens) throw new Error(`Bm25Index: cannot discard ${id}: not in the index`);
    this.totalLength -= this.lengths[id];
    this.lengthNormsStale = true;
    this.docTokens[id] = undefined;
    this.count--;
    for (const term of new Set(tokens)) {
      if (term < 0) continue;
      const posting = this.postings[term];
      if (!posting) continue;
      const at = posting.ids.lastIndexOf(id);
      if (at < 0) continue;
      posting.ids.splice(at, 1);
      posting.tfs?.splice(at, 1);
    }
  }

  /**
   * The best `limit` documents for the query (terms joined by spaces), best first, leaving out those `skip`
   * rejects; the same documents in the same order as the first `limit` accepted hits of MiniSearch's search.
   */
  search(text: string, limit: number, skip: (id: number) => boolean): number[] {
    return this.searchTerms([text], limit, skip);
  }

  /** `search(terms.join(' '), limit, skip)`. */
  searchTerms(terms: readonly string[], limit: number, skip: (id: number) => boolean): number[] {
    const count = this.searchTokenIds(this.tokenIds(terms), limit, skip);
    return Array.from({ length: count }, (_, k) => this.best[k]);
  }

  /**
   * The search by the query's term numbers (`tokenIds`): how many hits it found, which are then `hitIds`
   * (best first) with their scores in `hitScores` (the claim search ranks candidates by them) until the next
   * search. Read in place: no arrays per search (a story's cross-reference searches once per claim).
   *
   * `matchWeights` (by term number): summed per document met into `hitMatchSums` as the postings are walked.
   * The claim search passes its squared term weights, so the walk that finds a claim's hits also sums the
   * exact-term part of each hit's dot product, in the asking claim's term order as its own sum runs: it used
   * to mark every hit's terms and walk the claim's again, hit after hit (a third of a story's claim search).
   */
  searchTokenIds(tokens: Int32Array, limit: number, skip: (id: number) => boolean, matchWeights?: Float64Array): number {
    this.coverTerms();
    const stamp = ++this.query;
    const n = this.count;
    if (this.lengthNormsStale) this.computeLengthNorms();
    const norms = this.lengthNorms;
    const docStamp = this.stamp;
    const scores = this.scores;
    const matched = this.matched;
    const sums = this.matchSums;
    let touched = this.touched;
    let met = 0;
    for (let q = 0; q < tokens.length; q++) {
      const term = tokens[q];
      if (term < 0) continue;
      const posting = this.postings[term];
      if (!posting || posting.ids.length === 0) continue;
      // A term repeated in the query adds its score again but counts once among the matched terms.
      const first = this.termQuery[term] !== stamp;
      this.termQuery[term] = stamp;
      const ids = posting.ids;
      const matching = ids.length;
      // the idf, kept with the posting while the number of documents and the posting's length are what it was computed for
      if (posting.idfCount !== n || posting.idfLength !== matching) {
        posting.idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
        posting.idfCount = n;
        posting.idfLength = matching;
      }
      const idf = posting.idf;
      const weight = matchWeights ? matchWeights[term] : 0;
      if (posting.generation !== this.normsGeneration) this.scoreTerm(posting, norms);
      const termScore = this.termScores; // read after scoreTerm, which may grow it
      const at = posting.scoresAt;
      if (met + matching > touched.length) touched = this.growTouched(met + matching);
      for (let p = 0; p < matching; p++) {
        const id = ids[p];
        const score = idf * termScore[at + p];
        if (docStamp[id] !== stamp) {
          docStamp[id] = stamp;
          scores[id] = score;
          sums[id] = weight;
          matched[id] = 1;
          touched[met++] = id;
        } else {
          scores[id] = scores[id] + score;
          sums[id] = sums[id] + weight;
          if (first) matched[id]++;
        }
      }
    }
    // Top `limit` by score, among equals the one `ahead` puts first (without it, the earlier matched: what a
    // stable sort by score gives): an insertion into a list kept sorted, which drops its last entry when it grows
    // past `limit`.
    if (this.best.length < limit + 1) (this.best = new Int32Array(limit + 1)), (this.bestScore = new Float64Array(limit + 1));
    const best = this.best;
    const bestScore = this.bestScore;
    let size = 0;
    for (let t = 0; t < met; t++) {
      const id = touched[t];
      const score = scores[id] * (matched[id] || 1);
      if (size === limit && (score < bestScore[limit - 1] || (score === bestScore[limit - 1] && this.ahead?.(id, best[limit - 1]) !== true))) continue;
      if (skip(id)) continue;
      let at = size;
      while (at > 0 && (bestScore[at - 1] < score || (bestScore[at - 1] === score && this.ahead?.(id, best[at - 1]) === true))) at--;
      for (let k = size; k > at; k--) {
        best[k] = best[k - 1];
        bestScore[k] = bestScore[k - 1];
      }
      best[at] = id;
      bestScore[at] = score;
      if (size < limit) size++;
    }
    return size;
  }

  /** How many distinct tokens the document holds (its length; an empty token, -1, counts once, as in MiniSearch). */
  private distinctCount(tokens: Int32Array): number {
    const adding = ++this.adding;
    let distinct = 0;
    let empty = 0;
    for (let k = 0; k < tokens.length; k++) {
      const term = tokens[k];
      if (term < 0) empty = 1;
      else if (this.termSeen[term] !== adding) {
        this.termSeen[term] = adding;
        distinct++;
      }
    }
    return distinct + empty;
  }

  /** K · (1 − B + B · length / average length) for every document, computed as the score formula always has. */
  private computeLengthNorms(): void {
    const avg = this.totalLength / this.count;
    for (let id = 0; id < this.docTokens.length; id++) if (this.docTokens[id]) this.lengthNorms[id] = K * (1 - B + (B * this.lengths[id]) / avg);
    this.lengthNormsStale = false;
    this.normsGeneration++;
    this.termScoresUsed = 0; // every posting's scores are stale (their generation tells)
  }

  /**
   * Computes a posting's term scores (per document: D + tf · (K + 1) / (tf + its length norm), the part of
   * its BM25 score that does not depend on the term's idf) into termScores, after those of the postings met
   * before it since the documents changed.
   */
  private scoreTerm(posting: Posting, norms: Float64Array): void {
    const { ids, tfs } = posting;
    const at = this.termScoresUsed;
    if (at + ids.length > this.termScores.length) {
      const grown = new Float64Array(Math.max(at + ids.length, this.termScores.length * 2));
      grown.set(this.termScores); // the postings met before keep their offsets
      this.termScores = grown;
    }
    const termScores = this.termScores;
    for (let p = 0; p < ids.length; p++) {
      const tf = tfs ? tfs[p] : 1;
      termScores[at + p] = D + (tf * (K + 1)) / (tf + norms[ids[p]]);
    }
    posting.scoresAt = at;
    posting.generation = this.normsGeneration;
    this.termScoresUsed = at + ids.length;
  }

  private growTouched(size: number): Int32Array<ArrayBuffer> {
    return (this.touched = grown(this.touched, new Int32Array(Math.max(size, this.touched.length * 2))));
  }

  private grow(size: number): void {
    const length = Math.max(size, this.scores.length * 2);
    this.scores = grown(this.scores, new Float64Array(length));
    this.matchSums = grown(this.matchSums, new Float64Array(length));
    this.lengths = grown(this.lengths, new Float64Array(length));
    this.lengthNorms = grown(this.lengthNorms, new Float64Array(length));
    this.matched = grown(this.matched, new Uint32Array(length));
    this.stamp = grown(this.stamp, new Uint32Array(length));
  }
}

/**
 * Numbers for terms, each distinct term one, for the life of the object: the indexes of one story share them,
 * so a claim's terms are numbered once for both.
 */
export class TermNumbers {
  private readonly numbers = new Map<string, number>();

  /** How many terms have been numbered: term numbers run from 0 to this, exclusive. */
  get size(): number {
    return this.numbers.size;
  }

  /** The number of a term, given one the first time it is seen. */
  id(term: string): number {
    let id = this.numbers.get(term);
    if (id === undefined) this.numbers.set(term, (id = this.numbers.size));
    return id;
  }
}

interface Posting {
  ids: number[];
  /**
   * each document's count of the term, undefined while every count is 1: a claim's terms are distinct (only a
   * term holding a space repeats a token), so nearly every posting would hold an array of ones, and that
   * array was half of what indexing a story's sentences allocated
   */
  tfs: number[] | undefined;
  /**
   * where its term scores start in the index's termScores (Bm25Index.scoreTerm): computed when a search first
   * meets the posting after the documents changed (each posting is walked many times while a story is
   * cross-referenced, and the division is most of a step)
   */
  scoresAt: number;
  /** the lengthNorms generation its term scores were computed in, -1 for none */
  generation: number;
  /**
   * its term's idf, computed when the index held idfCount documents and the posting idfLength (-1: none yet):
   * a term is met by the search of every claim holding it, and the logarithm was a tenth of a search
   */
  idf: number;
  idfCount: number;
  idfLength: number;
}

/** Bm25Index.tokenIds with these numbers. */
export function tokenNumbers(numbers: TermNumbers, terms: readonly string[]): Int32Array {
  const tokens = hasSpace(terms) ? terms.join(' ').split(' ') : terms;
  const ids = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) ids[k] = tokens[k] ? numbers.id(tokens[k]) : -1;
  return ids;
}

function hasSpace(terms: readonly string[]): boolean {
  for (const t of terms) if (t.includes(' ')) return true;
  return false;
}


const K = 1.2;
const B = 0.7;
const D = 0.5;
