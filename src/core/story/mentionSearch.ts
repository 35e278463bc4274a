import type { ArticleAnalysis } from '../analyzeArticle';
import type { Claim } from '../model';
import { ClaimSearch, type Candidate } from './claimSearch';
import { sharedContent, type Relating } from './relate';
import { indexSentence, type IndexedClaim } from './indexedClaim';

/**
 * The gates a sentence of another source must pass to count as mentioning a claim, chosen on ECB+ train
 * topics by `npm run tune:mention` (scripts/tune-mention.ts prints the table they were read from). A
 * sentence that plainly says the same thing (similarity and two content words) always counts; one that
 * shares less counts when its article as a whole holds enough of the claim's terms: a report of the same
 * story told in its own words, its facts spread over several sentences.
 */
export const MENTION_GATES = {
  /** similarity and shared content words for a sentence that says the same on its own */
  plainSimilarity: 0.22,
  plainContent: 2,
  /** similarity of the best sentence when its article holds `articleCoverage` of the claim's terms */
  storySimilarity: 0.1,
  articleCoverage: 0.2,
};

// The best hits looked at per article: a claim mentioned at all is mentioned among these.
const MENTION_CANDIDATES = 8;

interface ArticleSentences {
  analysis: ArticleAnalysis;
  /** every term of every sentence: what the article as a whole speaks of */
  terms?: Set<string>;
}

/** A sentence of another source that mentions a claim, with how it relates. */
export interface Mention {
  candidate: Candidate;
  relating: Relating;
}

/**
 * Every sentence of every article of a story (claims or not) in one search, consulted before saying "no
 * other source mentions this": the claim search holds only check-worthy claims, and a source often states
 * the same fact in a sentence the detector did not flag, or in other words. Articles are indexed on the first
 * lookup after they change, so an edit costs nothing until a lone claim asks.
 */
export class MentionSearch {
  private readonly search = new ClaimSearch();
  private readonly articles = new Map<string, ArticleSentences>();
  private readonly pending = new Set<string>();

  setArticle(file: string, analysis: ArticleAnalysis): void {
    this.articles.set(file, { analysis });
    this.search.removeFile(file);
    this.pending.add(file);
  }

  removeArticle(file: string): void {
    this.articles.delete(file);
    this.search.removeFile(file);
    this.pending.delete(file);
  }

  /** The sentences of other articles that mention the claim, best first; `skip` leaves out sentences already related. */
  mentions(claim: IndexedClaim, skip: (candidate: Candidate) => boolean = () => false): Mention[] {
    this.indexPending();
    const out: Mention[] = [];
    const coverage = new Map<string, number>();
    for (const candidate of this.search.candidates(claim, MENTION_CANDIDATES * 3)) {
      if (skip(candidate)) continue;
      const file = candidate.claim.file;
      let c = coverage.get(file);
      if (c === undefined) coverage.set(file, (c = this.articleCoverage(claim, file)));
      const relating = relateMention(claim, candidate, c);
      if (relating) out.push({ candidate, relating });
    }
    return out.sort((a, b) => b.candidate.bm25 - a.candidate.bm25);
  }

  /**
   * The share of the claim's content words ("w:" terms) that the article holds anywhere, in [0, 1]. Words
   * only: a sentence that is not a claim has no facts read, so no entity terms to compare.
   */
  articleCoverage(claim: IndexedClaim, file: string): number {
    const article = this.articles.get(file);
    if (!article) return 0;
    if (!article.terms) article.terms = new Set(this.sentencesOf(file, article.analysis).flatMap((s) => s.terms));
    let words = 0;
    let held = 0;
    for (const t of claim.terms) {
      if (!t.startsWith('w:')) continue;
      words++;
      if (article.terms.has(t)) held++;
    }
    return words ? held / words : 0;
  }

  private indexPending(): void {
    for (const file of this.pending) {
      const article = this.articles.get(file);
      if (article) this.search.setFileClaims(file, this.sentencesOf(file, article.analysis));
    }
    this.pending.clear();
  }

  private sentencesOf(file: string, analysis: ArticleAnalysis): IndexedClaim[] {
    const claims = new Map(analysis.claims.map((c) => [c.sentence, c]));
    return analysis.sentences.map((s, i) => sentenceEntry(file, analysis, i, claims.get(i)));
  }
}

/**
 * Whether a sentence of another source mentions what the claim says, given how much of the claim's terms
 * its article holds. Only ever `related`: a sentence read this way carries no facts to compare.
 */
export function relateMention(claim: IndexedClaim, candidate: Candidate, articleCoverage: number): Relating | undefined {
  const g = MENTION_GATES;
  const content = sharedContent(claim, candidate);
  if (content === 0) return undefined;
  const plain = candidate.similarity >= g.plainSimilarity && content >= g.plainContent;
  const story = candidate.similarity >= g.storySimilarity && articleCoverage >= g.articleCoverage;
  if (!plain && !story) return undefined;
  const reason = plain ? 'mentioned in a sentence of the other source' : `the other source tells the same story (${Math.round(articleCoverage * 100)} % of this claim's terms) and mentions it here`;
  return { relation: 'related', conflicts: [], shared: [], sameEvent: NaN, reason };
}

/**
 * A sentence as an entry of the search: a claim with its facts (so its names are terms too), any other
 * sentence without (reading facts of every sentence would cost every edit). Never compared, only found.
 */
function sentenceEntry(file: string, analysis: ArticleAnalysis, index: number, claim?: Claim): IndexedClaim {
  const sentence = analysis.sentences[index].sentence;
  const entry: Claim = claim ?? { id: `s${index}`, text: sentence.text, span: sentence.span, score: analysis.sentences[index].score, facts: [], sentence: index, origin: 'detected' };
  return indexSentence(file, entry, sentence);
}
