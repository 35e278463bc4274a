import { Bm25Index } from './bm25';
import type { IndexedClaim } from './indexedClaim';

export interface Candidate {
  claim: IndexedClaim;
  /** idf-weighted cosine of the two claims' terms, in [0, 1] */
  similarity: number;
  shared: string[];
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
  private readonly documentFrequency = new Map<string, number>();
  // Term weights and each claim's squared norm depend on the document frequencies and the number of claims,
  // so they are kept until a file's claims change (a full cross-reference of the story computes each once).
  private readonly weights = new Map<string, number>();
  private readonly norms = new Map<IndexedClaim, number>();
  private readonly termSets = new WeakMap<IndexedClaim, Set<string>>();
  private nextId = 0;

  get size(): number {
    return this.claims.size;
  }

  setFileClaims(file: string, claims: IndexedClaim[]): void {
    this.removeFile(file);
    this.weights.clear();
    this.norms.clear();
    const ids: number[] = [];
    for (const claim of claims) {
      const id = this.nextId++;
      this.claims.set(id, claim);
      this.search.add(id, claim.terms.join(' '));
      for (const t of claim.terms) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
      ids.push(id);
    }
    this.byFile.set(file, ids);
  }

  removeFile(file: string): void {
    this.weights.clear();
    this.norms.clear();
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
    }
    this.byFile.delete(file);
  }

  /** Claims of other files that share terms with this one, with their similarity. */
  candidates(claim: IndexedClaim): Candidate[] {
    if (claim.terms.length === 0) return [];
    const hits = this.search.search(claim.terms.join(' '), CANDIDATES, (id) => this.claims.get(id)?.file === claim.file);
    return hits.map((id) => {
      const other = this.claims.get(id)!;
      const { similarity, shared } = this.similarity(claim, other);
      return { claim: other, similarity, shared };
    });
  }

  private idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + this.claims.size / (1 + df));
  }

  private weight(term: string): number {
    let w = this.weights.get(term);
    if (w === undefined) {
      w = this.idf(term) * (KIND_WEIGHT[term[0]] ?? 1);
      this.weights.set(term, w);
    }
    return w;
  }

  /** Σ weight² over the claim's terms, summed in term order. */
  private norm(claim: IndexedClaim): number {
    let n = this.norms.get(claim);
    if (n === undefined) {
      n = 0;
      for (const t of claim.terms) n += this.weight(t) ** 2;
      this.norms.set(claim, n);
    }
    return n;
  }

  private termSet(claim: IndexedClaim): Set<string> {
    let set = this.termSets.get(claim);
    if (!set) {
      set = new Set(claim.terms);
      this.termSets.set(claim, set);
    }
    return set;
  }

  similarity(a: IndexedClaim, b: IndexedClaim): { similarity: number; shared: string[] } {
    const inB = this.termSet(b);
    let dot = 0;
    const shared: string[] = [];
    for (const t of a.terms) {
      if (inB.has(t)) {
        dot += this.weight(t) ** 2;
        shared.push(t);
      }
    }
    const na = this.norm(a);
    const nb = this.norm(b);
    return { similarity: na && nb ? dot / Math.sqrt(na * nb) : 0, shared };
  }
}
