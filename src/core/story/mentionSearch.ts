import type { ArticleAnalysis } from '../analyzeArticle';
import type { Claim } from '../model';
import { ClaimReading } from './claimReading';
import { ClaimSearch } from './claimSearch';
import type { Candidate } from './candidate';
import { sharedContent, type Relating } from './relate';
import { indexSentence, type IndexedClaim } from './indexedClaim';

/**
 * The gates a sentence of another source must pass to count as mentioning a claim, chosen on ECB+ train
 * topics by `npm run tune:mention` (scripts/tune-mention.ts prints the table they were read from). A
 * sentence that plainly says the same thing (similarity and two content words) always counts; one that
 * shares less counts when its article as a whole holds enough of the claim's terms: a report of the same
 * story told in its own words, its facts spread over several sentences. Inside one story nearly every
 * article holds a fifth of a claim's words, so that alone let a sentence sharing one stray word ("is
 * considered") through: the story gates were chosen against sentences of the SAME story that ECB+ says
 * speak of another event, for precision first (one shared word asks for more similarity than several).
 */
export const MENTION_GATES = {
  /** similarity and shared content words for a sentence that says the same on its own */
  plainSimilarity: 0.22,
  plainContent: 2,
  /** a sentence sharing one content word: its similarity, and the share of the claim's words its article holds */
  oneWord: { similarity: 0.2, articleCoverage: 0.5 },
  /** a sentence sharing two content words or more (below the plain similarity) */
  moreWords: { similarity: 0.08, articleCoverage: 0.3 },
};

/** Below this similarity no gate lets a sentence through (relateMention's first test). */
export const MENTION_FLOOR = Math.min(MENTION_GATES.plainSimilarity, MENTION_GATES.oneWord.similarity, MENTION_GATES.moreWords.similarity);

/** A candidate the gates may let through: the mention search builds no other (ClaimSearch.candidates), nor asks for another claim. */
export const mayMention = (_claim: IndexedClaim, _other: IndexedClaim, similarity: number) => similarity >= MENTION_FLOOR;

// The best hits looked at per article: a claim mentioned at all is mentioned among these.
const MENTION_CANDIDATES = 8;

interface ArticleSentences {
  analysis: ArticleAnalysis;
  claims: readonly IndexedClaim[];
  /**
   * every term of every sentence, claims included, by its number (ClaimReading), sorted, each once: what the
   * article as a whole speaks of. Numbers, not strings: a lookup per word of a claim per article it is
   * weighed against, and a term string is another object in each claim (hashed and compared char by char).
   * A sorted array, not a Set: a fraction of the memory, built at once for every article of a story.
   */
  terms?: Int32Array;
}

/** A sentence of another source that mentions a claim, with how it relates. */
export interface Mention {
  candidate: Candidate;
  relating: Relating;
}

/**
 * The sentences of every article of a story that are not claims, in a search of their own, consulted (with
 * the claims the claim search found) before saying "no other source mentions this": a source often states
 * the same fact in a sentence the detector did not flag, or in other words, or in a claim whose facts
 * could not be compared. Articles are indexed on the first lookup after they change, so an edit costs
 * nothing until a lone claim asks; claims are not indexed twice (the claim search has them).
 */
export class MentionSearch {
  private readonly search: ClaimSearch;
  private readonly articles = new Map<string, ArticleSentences>();
  private readonly pending = new Set<string>();
  /** per term number: the last article whose terms were gathered that holds it (distinctTerms) */
  private termSeen = new Uint32Array(256);
  private gathering = 0;
  /** the distinct numbers being gathered (room for every term number: none is gathered twice) */
  private gathered = new Int32Array(256);

  /** `reading`: the claim search's (a claim asking here is then read once for both) */
  constructor(private readonly reading = new ClaimReading()) {
    this.search = new ClaimSearch(reading);
  }

  /** `claims`: the article's claims as the claim search holds them (dismissed ones left out: no one's source). */
  setArticle(file: string, analysis: ArticleAnalysis, claims: readonly IndexedClaim[]): void {
    this.articles.set(file, { analysis, claims });
    this.pending.add(file);
  }

  removeArticle(file: string): void {
    this.articles.delete(file);
    this.search.removeFile(file);
    this.pending.delete(file);
  }

  /**
   * The sentence of each other article that mentions the claim best (by BM25), best first: from its hits
   * among their sentences that are not claims, and `claimCandidates`, the claim search's hits for it (none of
   * which relate() kept; those below MENTION_FLOOR may be left out).
   */
  mentions(claim: IndexedClaim, claimCandidates: readonly Candidate[] = []): Mention[] {
    let coverage: Map<string, number> | undefined; // per file, read when a gate first asks
    const coverageOf = (file: string) => {
      let c = (coverage ??= new Map()).get(file);
      if (c === undefined) coverage.set(file, (c = this.articleCoverage(claim, file)));
      return c;
    };
    // One sentence per source is enough to say it mentions the claim: its best hit (the first among equals).
    let best: Map<string, Mention> | undefined;
    // hits(), less the sentences below every gate (never built)
    this.indexPending();
    for (const hits of [this.search.candidates(claim, MENTION_CANDIDATES, mayMention), claimCandidates]) {
      for (const candidate of hits) {
        const relating = relateMention(claim, candidate, coverageOf);
        if (!relating) continue;
        const kept = (best ??= new Map()).get(candidate.claim.file);
        if (!kept || candidate.bm25 > kept.candidate.bm25) best.set(candidate.claim.file, { candidate, relating });
      }
    }
    return best ? [...best.values()].sort((a, b) => b.candidate.bm25 - a.candidate.bm25) : [];
  }

  /** Every sentence weighed for the claim, before the gates: its best hits among sentences that are not claims, then `claimCandidates`. */
  hits(claim: IndexedClaim, claimCandidates: readonly Candidate[] = []): Candidate[] {
    this.indexPending();
    return [...this.search.candidates(claim, MENTION_CANDIDATES), ...claimCandidates];
  }

  /**
   * The share of the claim's content words ("w:" terms) that the article holds anywhere, in [0, 1]. Words
   * only: a sentence that is not a claim has no facts read, so no entity terms to compare.
   */
  articleCoverage(claim: IndexedClaim, file: string): number {
    this.indexPending();
    const terms = this.articles.get(file)?.terms;
    if (!terms) return 0;
    const ids = this.reading.of(claim).ids; // claim.terms' numbers, in their order
    let words = 0;
    let held = 0;
    for (let k = 0; k < ids.length; k++) {
      if (claim.terms[k].charCodeAt(0) !== 119 /* w */) continue;
      words++;
      if (holds(terms, ids[k])) held++;
    }
    return words ? held / words : 0;
  }

  private indexPending(): void {
    if (this.pending.size === 0) return;
    for (const file of this.pending) {
      const article = this.articles.get(file);
      if (!article) continue;
      const claimed = new Set(article.analysis.claims.map((c) => c.sentence));
      const entries: IndexedClaim[] = [];
      for (let i = 0; i < article.analysis.sentences.length; i++) if (!claimed.has(i)) entries.push(sentenceEntry(file, article.analysis, i));
      this.search.setFileClaims(file, entries);
      article.terms = this.distinctTerms(entries, article.claims);
    }
    this.pending.clear();
  }

  /**
   * The term numbers of the sentences and claims (all read already), sorted, each once. Repeats are dropped as
   * they are met (a stamp per term number), so only the distinct numbers are copied and sorted: an article
   * says most of its words more than once.
   */
  private distinctTerms(sentences: readonly IndexedClaim[], claims: readonly IndexedClaim[]): Int32Array {
    for (const c of claims) this.reading.of(c); // numbered before the arrays are sized (the claim search has read them already)
    const size = this.reading.numbers.size;
    if (this.termSeen.length < size) {
      // new arrays, not copies: a stamp matters only within one gathering, and the numbers gathered none
      const length = Math.max(size, this.termSeen.length * 2);
      (this.termSeen = new Uint32Array(length)), (this.gathered = new Int32Array(length));
    }
    this.gathering = this.gathering === 0xffffffff ? 1 : this.gathering + 1;
    if (this.gathering === 1) this.termSeen.fill(0);
    const seen = this.termSeen;
    const stamp = this.gathering;
    const distinct = this.gathered;
    let n = 0;
    for (const list of [sentences, claims]) {
      for (const e of list) {
        const ids = this.reading.of(e).ids;
        for (let k = 0; k < ids.length; k++) {
          if (seen[ids[k]] === stamp) continue;
          seen[ids[k]] = stamp;
          distinct[n++] = ids[k];
        }
      }
    }
    return distinct.slice(0, n).sort();
  }
}

/**
 * Whether a sentence of another source mentions what the claim says, given how much of the claim's words
 * an article holds (`articleCoverage` of the sentence's file, asked only when the sentence alone does not
 * settle it). Only ever `related`: a sentence read this way carries no facts to compare.
 */
export function relateMention(claim: IndexedClaim, candidate: Candidate, articleCoverage: (file: string) => number): Relating | undefined {
  const g = MENTION_GATES;
  // The cheap tests first: this runs for every hit of every claim no other claim relates to.
  if (candidate.similarity < MENTION_FLOOR) return undefined;
  const content = sharedContent(claim, candidate);
  if (content === 0) return undefined;
  const plain = candidate.similarity >= g.plainSimilarity && content >= g.plainContent;
  const story = content === 1 ? g.oneWord : g.moreWords;
  if (!plain && candidate.similarity < story.similarity) return undefined;
  const coverage = plain ? 1 : articleCoverage(candidate.claim.file);
  if (!plain && coverage < story.articleCoverage) return undefined;
  const where = candidate.claim.claim.id.startsWith('s') ? 'a sentence of the other source that is not among its claims' : 'a claim of the other source with no fact to compare';
  const reason = plain ? `mentioned in ${where}` : `mentioned in ${where}; the other source tells the same story (it holds ${Math.round(coverage * 100)} % of this claim's words)`;
  return { relation: 'related', conflicts: [], shared: [], sameEvent: NaN, reason };
}

/** Whether a sorted array holds a number (binary search). */
function holds(sorted: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === id;
}

/** A sentence that is not a claim, as an entry of the search: no facts (reading them for every sentence would cost every edit), so never compared, only found. */
function sentenceEntry(file: string, analysis: ArticleAnalysis, index: number): IndexedClaim {
  const sentence = analysis.sentences[index].sentence;
  const claim: Claim = { id: `s${index}`, text: sentence.text, span: sentence.span, score: analysis.sentences[index].score, facts: [], sentence: index, origin: 'detected' };
  return indexSentence(file, claim, sentence);
}
