import { Bm25Index } from './bm25';
import type { IndexedClaim } from './indexedClaim';
import { SYNONYM_GROUPS, synonymGroups } from './paraphrase';

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

// How many BM25 hits to look at per claim before comparing facts. A claim rarely has more than a handful
// of true counterparts per source; the cap keeps a 100-article story linear.
const CANDIDATES = 24;
// Terms weighed more than plain words when two claims are compared: entities and counted things say what a
// claim is about more than its verbs do.
const KIND_WEIGHT: Record<string, number> = { e: 1.5, u: 1.5, w: 1 };

/**
 * The claims of a story in a BM25 index (bm25.ts), so a claim finds its counterparts in other sources
 * without comparing every pair of sentences. Claims come and go per article as articles are edited.
 */
export class ClaimSearch {
  private readonly search = new Bm25Index();
  private readonly claims = new Map<number, IndexedClaim>();
  private readonly byFile = new Map<string, number[]>();
  /** claim id → the claim's file (undefined once removed): the search skips the asking claim's file for every hit */
  private readonly fileOfId: (string | undefined)[] = [];
  private readonly documentFrequency = new Map<string, number>();
  // Term weights and each claim's squared norm depend on the document frequencies and the number of claims,
  // so they are kept until a file's claims change (a full cross-reference of the story computes each once).
  // Terms are numbered (each distinct term once, for the life of the index) so that a weight is an array slot
  // and "does the other claim have this term" is a stamp comparison instead of a string lookup.
  private readonly termIds = new Map<string, number>();
  private readonly claimTermIds = new WeakMap<IndexedClaim, Int32Array>();
  private readonly synonymTerms = new WeakMap<IndexedClaim, number[]>();
  /** per synonym group: the last `groupMarking` whose second claim has a word in it, and that word's position */
  private readonly groupMarks = new Uint32Array(SYNONYM_GROUPS);
  private readonly groupWord = new Int32Array(SYNONYM_GROUPS);
  private groupMarking = 0;
  /** the claim whose groups are stamped */
  private groupsOf: IndexedClaim | undefined;
  private termWeights = new Float64Array(256);
  /** the weight generation each termWeights slot was computed in */
  private weightStamps = new Uint32Array(256);
  private weightGeneration = 1;
  /** per term id: the last `marking` whose claim holds the term */
  private marks = new Uint32Array(256);
  private marking = 0;
  /** per term id: its synonym groups (paraphrase.ts), sorted; empty for most terms */
  private readonly groupsById: Int32Array[] = [];
  private readonly norms = new Map<IndexedClaim, number>();
  private nextId = 0;

  get size(): number {
    return this.claims.size;
  }

  setFileClaims(file: string, claims: IndexedClaim[]): void {
    this.removeFile(file);
    this.clearWeights();
    const ids: number[] = [];
    for (const claim of claims) {
      const id = this.nextId++;
      this.claims.set(id, claim);
      this.fileOfId[id] = claim.file;
      this.search.addTerms(id, claim.terms);
      for (const t of claim.terms) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
      ids.push(id);
    }
    this.byFile.set(file, ids);
  }

  removeFile(file: string): void {
    this.clearWeights();
    for (const id of this.byFile.get(file) ?? []) {
      const claim = this.claims.get(id);
      if (!claim) continue;
      this.search.discard(id);
      for (const t of claim.terms) {
        const n = (this.documentFrequency.get(t) ?? 1) - 1;
        if (n > 0) this.documentFrequency.set(t, n);
        else this.documentFrequency.delete(t);
      }
      this.claims.delete(id);
      this.fileOfId[id] = undefined;
    }
    this.byFile.delete(file);
  }

  /** Claims of other files that share terms with this one, with their similarity. */
  candidates(claim: IndexedClaim, limit = CANDIDATES): Candidate[] {
    if (claim.terms.length === 0) return [];
    const hits = this.search.searchTermsScored(claim.terms, limit, (id) => this.fileOfId[id] === claim.file);
    return hits.ids.map((id, k) => {
      const other = this.claims.get(id)!;
      const { similarity, shared, coverage } = this.similarity(claim, other);
      return { claim: other, similarity, shared, coverage, bm25: hits.scores[k] };
    });
  }

  private idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + this.claims.size / (1 + df));
  }

  private clearWeights(): void {
    this.weightGeneration = this.weightGeneration === 0xffffffff ? 1 : this.weightGeneration + 1;
    if (this.weightGeneration === 1) this.weightStamps.fill(0);
    this.norms.clear();
  }

  /** The weight of a term (its id and its text): idf times the weight of its kind. */
  private weight(id: number, term: string): number {
    if (this.weightStamps[id] === this.weightGeneration) return this.termWeights[id];
    const w = this.idf(term) * (KIND_WEIGHT[term[0]] ?? 1);
    this.termWeights[id] = w;
    this.weightStamps[id] = this.weightGeneration;
    return w;
  }

  /** The ids of a claim's terms, in term order. */
  private idsOf(claim: IndexedClaim): Int32Array {
    let ids = this.claimTermIds.get(claim);
    if (!ids) {
      ids = new Int32Array(claim.terms.length);
      for (let k = 0; k < ids.length; k++) {
        const term = claim.terms[k];
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.termIds.size;
          this.termIds.set(term, id);
          this.groupsById[id] = synonymGroups(term);
          if (id >= this.marks.length) this.growTerms(id + 1);
        }
        ids[k] = id;
      }
      this.claimTermIds.set(claim, ids);
    }
    return ids;
  }

  private growTerms(size: number): void {
    const length = Math.max(size, this.marks.length * 2);
    const grow = <T extends Float64Array | Uint32Array>(from: T, to: T): T => (to.set(from), to);
    this.termWeights = grow(this.termWeights, new Float64Array(length));
    this.weightStamps = grow(this.weightStamps, new Uint32Array(length));
    this.marks = grow(this.marks, new Uint32Array(length));
  }

  /** The positions of the claim's word terms that WordNet groups with other words (paraphrase.ts). */
  private synonymTermsOf(claim: IndexedClaim): number[] {
    let out = this.synonymTerms.get(claim);
    if (!out) {
      out = [];
      const ids = this.idsOf(claim);
      for (let k = 0; k < ids.length; k++) if (this.groupsById[ids[k]].length) out.push(k);
      this.synonymTerms.set(claim, out);
    }
    return out;
  }

  /** Stamps the synonym groups of the claim's words (group → the word's position) for the pairs that follow. */
  private stampGroups(claim: IndexedClaim, ids: Int32Array, positions: number[]): void {
    this.groupMarking = this.groupMarking === 0xffffffff ? 1 : this.groupMarking + 1;
    if (this.groupMarking === 1) this.groupMarks.fill(0);
    for (const k of positions) {
      const groups = this.groupsById[ids[k]];
      for (let g = 0; g < groups.length; g++) {
        if (this.groupMarks[groups[g]] === this.groupMarking) continue;
        this.groupMarks[groups[g]] = this.groupMarking;
        this.groupWord[groups[g]] = k;
      }
    }
    this.groupsOf = claim;
  }

  /** Σ weight² over the claim's terms, summed in term order. */
  private norm(claim: IndexedClaim): number {
    let n = this.norms.get(claim);
    if (n === undefined) {
      n = 0;
      const ids = this.idsOf(claim);
      for (let k = 0; k < ids.length; k++) n += this.weight(ids[k], claim.terms[k]) ** 2;
      this.norms.set(claim, n);
    }
    return n;
  }

  similarity(a: IndexedClaim, b: IndexedClaim): { similarity: number; shared: string[]; coverage: number } {
    const idsA = this.idsOf(a);
    const idsB = this.idsOf(b);
    this.marking = this.marking === 0xffffffff ? 1 : this.marking + 1;
    if (this.marking === 1) this.marks.fill(0);
    const marking = this.marking;
    for (let k = 0; k < idsB.length; k++) this.marks[idsB[k]] = marking;
    let dot = 0;
    const shared: string[] = [];
    for (let k = 0; k < idsA.length; k++) {
      if (this.marks[idsA[k]] !== marking) continue;
      dot += this.weight(idsA[k], a.terms[k]) ** 2;
      shared.push(a.terms[k]);
    }
    // Words the other says in other words (paraphrase.ts: "wounded" for "injured") count as shared, once each.
    // A's groups are stamped into flat arrays (group → A's word) once for all of its candidates in a row.
    const synA = this.synonymTermsOf(a);
    const synB = synA.length ? this.synonymTermsOf(b) : synA;
    if (synB.length) {
      if (this.groupsOf !== a) this.stampGroups(a, idsA, synA);
      const stamp = this.groupMarking;
      const exact = shared.length;
      let usedA: number[] | undefined;
      for (const kb of synB) {
        // B's word must be one A lacks: not among the words matched exactly above.
        if (exact && shared.indexOf(b.terms[kb]) >= 0 && shared.indexOf(b.terms[kb]) < exact) continue;
        const gb = this.groupsById[idsB[kb]];
        for (let g = 0; g < gb.length; g++) {
          if (this.groupMarks[gb[g]] !== stamp) continue;
          const ka = this.groupWord[gb[g]];
          // A's word must be one B lacks (marks: B's terms), and each of A's words pairs once.
          if (this.marks[idsA[ka]] === marking || usedA?.includes(ka)) continue;
          dot += this.weight(idsA[ka], a.terms[ka]) * this.weight(idsB[kb], b.terms[kb]);
          shared.push(a.terms[ka]);
          (usedA ??= []).push(ka);
          break;
        }
      }
    }
    const na = this.norm(a);
    const nb = this.norm(b);
    return { similarity: na && nb ? dot / Math.sqrt(na * nb) : 0, shared, coverage: na ? dot / na : 0 };
  }
}
