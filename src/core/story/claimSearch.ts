import { Bm25Index } from './bm25';
import { ClaimReading, type ClaimTerms } from './claimReading';
import type { IndexedClaim } from './indexedClaim';
import { SYNONYM_GROUPS } from './paraphrase';
import type { Candidate, KeepCandidate } from './candidate';
import { ClaimFiles } from './claimFiles';
import { grown } from './grownArray';

// How many BM25 hits to look at per claim before comparing facts. A claim rarely has more than a handful
// of true counterparts per source; the cap keeps a 100-article story linear.
const CANDIDATES = 24;

/**
 * The claims of a story in a BM25 index (bm25.ts), so a claim finds its counterparts in other sources
 * without comparing every pair of sentences. Claims come and go per article as articles are edited.
 *
 * Everything a comparison reads is numbered once: a claim's terms, synonym positions and groups when it is
 * first read (ClaimReading, shared with the story's other search), its file when it is added. Per term, its
 * document frequency and weight are array slots; per claim, its norm. Weights and norms depend on the document frequencies and the number
 * of claims, so they are kept until a file's claims change (a full cross-reference of the story computes
 * each once); "does the other claim hold this term" is a stamp comparison instead of a string lookup.
 */
export class ClaimSearch {
  private readonly search: Bm25Index;
  private readonly byFile = new Map<string, number[]>();
  /** per document id: the claim as read (undefined once removed) */
  private readonly docs: (ClaimTerms | undefined)[] = [];
  private readonly docOf = new Map<IndexedClaim, number>();
  /** per document id: the number of its claim's file (`files`): a search skips the asking claim's file */
  private docFile = new Int32Array(64);
  /** per document id: its claim's place among its file's claims (setFileClaims) */
  private docIndex = new Int32Array(64);
  /**
   * per document id: what a search reads of every hit, in flat arrays by id rather than from each hit's objects
   * (the hits of a claim are scattered through the heap, and reading one's reading and claim was a cache miss
   * each, most of a hit's cost): its claim, its fact mask (IndexedClaim.factMask), how many of its words have
   * synonyms (ClaimTerms.words), and 1 when its BM25 tokens are its terms (ClaimTerms.tokens === ids)
   */
  private readonly docClaims: (IndexedClaim | undefined)[] = [];
  private docMasks = new Int32Array(64);
  private docWords = new Int32Array(64);
  private docPlain = new Uint8Array(64);
  /**
   * per document id: where its words that have synonyms (docWords of them, in its term order) start in
   * synonymPool, the term numbers of those words of every document one after another: the synonym check of a
   * hit reads one short run there, not the hit's reading and its term array (two cache misses) nor the words
   * that have no synonym. A removed document's run is left until the pool is rebuilt (addSynonymWords).
   */
  private docSynonymsAt = new Int32Array(64);
  private synonymPool = new Int32Array(1024);
  private synonymPoolUsed = 0;
  /** how much of the pool the documents in the index hold */
  private synonymPoolLive = 0;
  private readonly files = new ClaimFiles();
  private count = 0;
  private nextId = 0;
  /** per term number: how many claims hold it */
  private documentFrequency = new Int32Array(256);
  /** per term number: idf × kind weight, its square, and the weight generation they were computed in */
  private termWeights = new Float64Array(256);
  private squaredWeights = new Float64Array(256);
  private weightStamps = new Uint32Array(256);
  private weightGeneration = 1;
  /** per document id: Σ weight² over its terms, and the weight generation it was computed in */
  private norms = new Float64Array(64);
  private normStamps = new Uint32Array(64);
  /** per term number: the last `marking` whose other claim holds the term */
  private marks = new Uint32Array(256);
  private marking = 0;
  /** per term number: the last `asking` whose asking claim holds the term */
  private askMarks = new Uint32Array(256);
  private asking = 0;
  /** per synonym group: the last `groupMarking` whose asking claim has a word in it, and that word's position */
  private readonly groupMarks = new Uint32Array(SYNONYM_GROUPS);
  private readonly groupWord = new Int32Array(SYNONYM_GROUPS);
  private groupMarking = 0;
  /** the `asking` whose groups are stamped */
  private groupsFor = 0;
  /**
   * per term number: the last `groupMarking` whose asking claim has a word in one of the term's synonym groups
   * (ClaimReading.lastInGroup): most words of a candidate are no synonym of any of the asking claim's, and
   * this tells so by one lookup instead of a walk through the word's groups (four on average)
   */
  private synonymMarks = new Uint32Array(256);
  /**
   * the terms a comparison finds shared, before they are copied to the candidate's own array of their exact
   * length: an array grown by push holds room for 17 at least, and a story's cross-reference makes one per
   * candidate (25k for 100 articles: most of what the claim search allocated)
   */
  private readonly sharedScratch: string[] = [];
  /** how many of sharedScratch the comparison under way has filled (never shortened: that frees its room) */
  private sharedCount = 0;
  /** the dot product under way (dotProduct) */
  private readonly dots = new Float64Array(1);

  /** `reading`: how claims are read, shared with the story's other search (mentionSearch.ts) */
  constructor(private readonly reading = new ClaimReading()) {
    // of two claims that score the same, the one ClaimFiles puts first
    this.search = new Bm25Index(reading.numbers, (a, b) => this.files.ahead(this.docFile[a], this.docIndex[a], this.docFile[b], this.docIndex[b]));
  }

  get size(): number {
    return this.count;
  }

  setFileClaims(file: string, claims: IndexedClaim[]): void {
    this.removeFile(file);
    this.clearWeights();
    const ids: number[] = [];
    for (const [k, claim] of claims.entries()) {
      const id = this.nextId++;
      const read = this.reading.of(claim);
      this.coverTerms();
      this.docs[id] = read;
      this.docOf.set(claim, id);
      if (id >= this.docFile.length) this.growDocs(id + 1);
      this.docFile[id] = this.files.number(claim.file);
      this.docIndex[id] = k;
      this.docClaims[id] = claim;
      this.docMasks[id] = claim.factMask;
      this.docWords[id] = read.words;
      this.docPlain[id] = read.tokens === read.ids ? 1 : 0;
      this.addSynonymWords(id, read);
      this.search.addTokenIds(id, read.tokens);
      for (let k = 0; k < read.ids.length; k++) this.documentFrequency[read.ids[k]]++;
      this.count++;
      ids.push(id);
    }
    this.byFile.set(file, ids);
  }

  removeFile(file: string): void {
    this.clearWeights();
    for (const id of this.byFile.get(file) ?? []) {
      const read = this.docs[id];
      if (!read) continue;
      this.search.discard(id);
      for (let k = 0; k < read.ids.length; k++) this.documentFrequency[read.ids[k]]--;
      this.docs[id] = undefined;
      this.docClaims[id] = undefined;
      this.synonymPoolLive -= read.words;
      if (this.docOf.get(read.claim) === id) this.docOf.delete(read.claim);
      this.count--;
    }
    this.byFile.delete(file);
  }

  /**
   * Claims of other files that share terms with this one, with their similarity. `keep`: whether the caller
   * can use a candidate this similar to the claim (all by default); the others are compared but not built, as
   * most of a claim's candidates are of no use to the story index (an object and a term list per candidate
   * were most of what its cross-reference allocated).
   */
  candidates(claim: IndexedClaim, limit = CANDIDATES, keep?: KeepCandidate): Candidate[] {
    if (claim.terms.length === 0) return [];
    const a = this.reading.of(claim);
    this.coverTerms();
    const own = this.files.numberOf(claim.file);
    const docFile = this.docFile;
    // The norm first: it computes the weights of the claim's terms, which the search sums per hit (below).
    const na = this.norm(a, this.docOf.get(claim) ?? -1);
    // When the query is the claim's terms one for one (no term holds a space), the search's walk sums each hit's
    // exact-term products (squared weights) in the claim's term order, as dotProduct does: the sum of a hit
    // whose own terms are its BM25 tokens too (a term holding a space is indexed as its words, which match
    // other terms: "u:percent of kurds" holds the token "u:percent" but not the term).
    const summed = a.tokens === a.ids;
    const count = this.search.searchTokenIds(a.tokens, limit, (id) => docFile[id] === own, summed ? this.squaredWeights : undefined);
    const out: Candidate[] = [];
    if (count === 0) return out;
    const ids = this.search.hitIds;
    const scores = this.search.hitScores; // read before any other search
    const sums = this.search.hitMatchSums;
    this.stampAsker(a);
    const { docPlain, docMasks, docClaims, norms, normStamps } = this;
    for (let k = 0; k < count; k++) {
      const doc = ids[k];
      const nb = normStamps[doc] === this.weightGeneration ? norms[doc] : this.norm(this.docs[doc]!, doc);
      const fromSum = summed && docPlain[doc] === 1;
      const dot = fromSum ? this.dotFrom(a, doc, sums[doc]) : this.dotProduct(a, this.docs[doc]!);
      const similarity = na && nb ? dot / Math.sqrt(na * nb) : 0;
      const other = docClaims[doc]!;
      if (keep && !keep(claim, other, similarity, docMasks[doc])) continue;
      // the shared terms of a candidate kept (a few of a claim's hits): gathered by the full product, the same sum
      if (fromSum) this.dotProduct(a, this.docs[doc]!);
      out.push({ claim: other, similarity, shared: this.sharedTerms(), coverage: na ? dot / na : 0, bm25: scores[k] });
    }
    return out;
  }

  /** The idf-weighted cosine of two claims' terms (synonyms counted as shared), the terms shared, and the coverage of `a`. */
  similarity(a: IndexedClaim, b: IndexedClaim): { similarity: number; shared: string[]; coverage: number } {
    const ra = this.reading.of(a);
    const rb = this.reading.of(b);
    this.coverTerms();
    this.stampAsker(ra);
    const na = this.norm(ra, this.docOf.get(a) ?? -1);
    const nb = this.norm(rb, this.docOf.get(b) ?? -1);
    const dot = this.dotProduct(ra, rb);
    return { similarity: na && nb ? dot / Math.sqrt(na * nb) : 0, shared: this.sharedTerms(), coverage: na ? dot / na : 0 };
  }

  private clearWeights(): void {
    this.weightGeneration = this.weightGeneration === 0xffffffff ? 1 : this.weightGeneration + 1;
    if (this.weightGeneration === 1) (this.weightStamps.fill(0), this.normStamps.fill(0));
  }

  /** The weight of a term: idf times the weight of its kind; its square is in squaredWeights once this ran. */
  private weight(id: number): number {
    if (this.weightStamps[id] === this.weightGeneration) return this.termWeights[id];
    const w = Math.log(1 + this.count / (1 + this.documentFrequency[id])) * this.reading.kindWeight[id];
    this.termWeights[id] = w;
    this.squaredWeights[id] = w ** 2;
    this.weightStamps[id] = this.weightGeneration;
    return w;
  }

  /** Σ weight² over the claim's terms, summed in term order (kept per document until the weights change; `doc` -1 for none). */
  private norm(read: ClaimTerms, doc: number): number {
    if (doc >= 0 && this.normStamps[doc] === this.weightGeneration) return this.norms[doc];
    let n = 0;
    const ids = read.ids;
    for (let k = 0; k < ids.length; k++) {
      this.weight(ids[k]);
      n += this.squaredWeights[ids[k]];
    }
    if (doc >= 0) {
      this.norms[doc] = n;
      this.normStamps[doc] = this.weightGeneration;
    }
    return n;
  }

  /** Marks the asking claim's terms (for the pairs that follow); its synonym groups are stamped when first needed. */
  private stampAsker(a: ClaimTerms): void {
    this.asking = this.asking === 0xffffffff ? 1 : this.asking + 1;
    if (this.asking === 1) (this.askMarks.fill(0), (this.groupsFor = 0));
    for (let k = 0; k < a.ids.length; k++) this.askMarks[a.ids[k]] = this.asking;
  }

  /** Stamps the synonym groups of the asking claim's words (group → the word's position). */
  private stampGroups(a: ClaimTerms): void {
    this.groupMarking = this.groupMarking === 0xffffffff ? 1 : this.groupMarking + 1;
    if (this.groupMarking === 1) (this.groupMarks.fill(0), this.synonymMarks.fill(0));
    const { groupFrom, groupTo, groupPool, lastInGroup, previousInGroup, poolTerm } = this.reading;
    for (let k = 0; k < a.ids.length; k++) {
      const id = a.ids[k];
      for (let g = groupFrom[id], end = groupTo[id]; g < end; g++) {
        const group = groupPool[g];
        if (this.groupMarks[group] === this.groupMarking) continue;
        this.groupMarks[group] = this.groupMarking;
        this.groupWord[group] = k;
        // every term read so far in the group (`id` among them): ClaimReading.lastInGroup
        for (let s = lastInGroup[group]; s >= 0; s = previousInGroup[s]) this.synonymMarks[poolTerm[s]] = this.groupMarking;
      }
    }
    this.groupsFor = this.asking;
  }

  /**
   * The dot product of the asking claim `a` (stamped by stampAsker, its norm computed) and `b`: Σ weight² over
   * the terms both hold, in a's order, then the synonyms' products (synonymDot); the terms are gathered in
   * sharedScratch (sharedTerms() copies them). Kept in `dots[0]` while summed, not passed from function to
   * function: a double handed to a call that is not inlined is a new heap object, and this runs for every hit.
   */
  private dotProduct(a: ClaimTerms, b: ClaimTerms): number {
    const idsA = a.ids;
    const idsB = b.ids;
    const termsA = a.claim.terms;
    this.marking = this.marking === 0xffffffff ? 1 : this.marking + 1;
    if (this.marking === 1) this.marks.fill(0);
    const marking = this.marking;
    const marks = this.marks;
    const squared = this.squaredWeights; // a's weights are current: norm(a) computed them
    for (let k = 0; k < idsB.length; k++) marks[idsB[k]] = marking;
    let dot = 0;
    const shared = this.sharedScratch;
    let count = 0;
    const dots = this.dots;
    for (let k = 0; k < idsA.length; k++) {
      if (marks[idsA[k]] !== marking) continue;
      dot += squared[idsA[k]];
      shared[count++] = termsA[k];
    }
    this.sharedCount = count;
    dots[0] = dot;
    // Words the other says in other words (paraphrase.ts: "wounded" for "injured") count as shared, once each.
    // A's groups are stamped into flat arrays (group → A's word) once for all of its candidates in a row.
    if (a.words && b.words) this.synonymDot(a, b.ids, 0, b.ids.length, b.ids);
    return dots[0];
  }

  /**
   * dotProduct(a, b) from its exact-term part, summed by the search (`exact`): the synonyms' products added
   * (synonymDot), the shared terms not gathered (sharedScratch is left to the next dotProduct).
   */
  private dotFrom(a: ClaimTerms, doc: number, exact: number): number {
    this.dots[0] = exact;
    this.sharedCount = 0;
    const words = this.docWords[doc];
    if (a.words && words) this.synonymDot(a, this.synonymPool, this.docSynonymsAt[doc], this.docSynonymsAt[doc] + words, doc);
    return this.dots[0];
  }

  /** The terms the last dotProduct found shared, in an array of their own. */
  private sharedTerms(): string[] {
    return this.sharedScratch.slice(0, this.sharedCount);
  }

  /**
   * Adds to the dot product under way (`dots[0]`), in B's order, the products of B's words that pair with a
   * synonym among A's (each of A's words once); the A words paired are added to the shared terms
   * (sharedScratch). Neither word may be matched exactly already: B's word not among A's terms, A's not among
   * B's (looked up in B's terms when a pair is found: rare, and no marks of B's terms are needed for it).
   * B's words are `words[from, to)`: its terms, or only those with synonyms (synonymPool; a word in no group
   * pairs with none); `b`: its terms, or its document id to read them by when a pair is found.
   */
  private synonymDot(a: ClaimTerms, words: Int32Array, from: number, to: number, b: Int32Array | number): void {
    if (this.groupsFor !== this.asking) this.stampGroups(a);
    const stamp = this.groupMarking;
    const asking = this.asking;
    const askMarks = this.askMarks;
    const groupMarks = this.groupMarks;
    const groupWord = this.groupWord;
    const synonymMarks = this.synonymMarks;
    const idsA = a.ids;
    const { groupFrom, groupTo, groupPool } = this.reading;
    let used = 0; // A's words paired, as bits of their positions (a claim has at most 31 synonym words checked this way)
    let usedA: number[] | undefined; // beyond position 30
    let dot = this.dots[0];
    for (let kb = from; kb < to; kb++) {
      const idB = words[kb];
      // no synonym of A's words (this covers a word in no group), or a word A holds itself
      if (synonymMarks[idB] !== stamp || askMarks[idB] === asking) continue;
      for (let g = groupFrom[idB], end = groupTo[idB]; g < end; g++) {
        const group = groupPool[g];
        if (groupMarks[group] !== stamp) continue;
        const ka = groupWord[group];
        if ((typeof b === 'number' ? this.docs[b]!.ids : b).includes(idsA[ka])) continue;
        if (ka < 31 ? (used & (1 << ka)) !== 0 : usedA?.includes(ka)) continue;
        dot += this.weight(idsA[ka]) * this.weight(idB);
        this.sharedScratch[this.sharedCount++] = a.claim.terms[ka];
        if (ka < 31) used |= 1 << ka;
        else (usedA ??= []).push(ka);
        break;
      }
    }
    this.dots[0] = dot;
  }

  /** Appends the document's words that have synonyms to synonymPool, rebuilt without removed documents' runs when full. */
  private addSynonymWords(id: number, read: ClaimTerms): void {
    const need = read.words;
    if (this.synonymPoolUsed + need > this.synonymPool.length) {
      const live = this.synonymPoolLive;
      const pool = new Int32Array(Math.max(1024, 2 * (live + need)));
      let used = 0;
      for (let doc = 0; doc < this.docs.length; doc++) {
        if (!this.docs[doc] || doc === id) continue;
        const at = this.docSynonymsAt[doc];
        pool.set(this.synonymPool.subarray(at, at + this.docWords[doc]), used);
        this.docSynonymsAt[doc] = used;
        used += this.docWords[doc];
      }
      this.synonymPool = pool;
      this.synonymPoolUsed = used;
    }
    const { groupFrom, groupTo } = this.reading;
    let at = this.synonymPoolUsed;
    this.docSynonymsAt[id] = at;
    for (let k = 0; k < read.ids.length; k++) if (groupTo[read.ids[k]] !== groupFrom[read.ids[k]]) this.synonymPool[at++] = read.ids[k];
    this.synonymPoolUsed = at;
    this.synonymPoolLive += need;
  }

  /** The per-term arrays cover every term number given so far (the numbers are shared with the other search). */
  private coverTerms(): void {
    const size = this.reading.numbers.size;
    if (this.marks.length >= size) return;
    const length = Math.max(size, this.marks.length * 2);
    this.documentFrequency = grown(this.documentFrequency, new Int32Array(length));
    this.termWeights = grown(this.termWeights, new Float64Array(length));
    this.squaredWeights = grown(this.squaredWeights, new Float64Array(length));
    this.weightStamps = grown(this.weightStamps, new Uint32Array(length));
    this.marks = grown(this.marks, new Uint32Array(length));
    this.askMarks = grown(this.askMarks, new Uint32Array(length));
    this.synonymMarks = grown(this.synonymMarks, new Uint32Array(length));
  }

  private growDocs(size: number): void {
    const length = Math.max(size, this.docFile.length * 2);
    this.docFile = grown(this.docFile, new Int32Array(length));
    this.docIndex = grown(this.docIndex, new Int32Array(length));
    this.docMasks = grown(this.docMasks, new Int32Array(length));
    this.docWords = grown(this.docWords, new Int32Array(length));
    this.docPlain = grown(this.docPlain, new Uint8Array(length));
    this.docSynonymsAt = grown(this.docSynonymsAt, new Int32Array(length));
    this.norms = grown(this.norms, new Float64Array(length));
    this.normStamps = grown(this.normStamps, new Uint32Array(length));
  }
}
