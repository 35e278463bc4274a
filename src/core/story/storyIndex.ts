import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis } from '../analyzeArticle';
import { spanSentence } from '../claims/spanSentence';
import type { Claim, Fact, Span } from '../model';
import { ClaimSearch } from './claimSearch';
import { statusOf, type ClaimStatus } from './claimStatus';
import { compareClaims } from './compareClaims';
import type { CrossRef } from './crossRef';
import { indexClaim, type IndexedClaim } from './indexedClaim';

export interface StoryOptions extends AnalyzeOptions {
  /** cross-references kept per claim, best first (default 8) */
  maxRefsPerClaim?: number;
}

/** One claim of an article with what the rest of the story says about it. */
export interface ClaimReport {
  claim: Claim;
  status: ClaimStatus;
  crossRefs: CrossRef[];
}

// Below this similarity two claims are not about the same thing.
const RELATED_SIMILARITY = 0.22;
// Sharing only names ("Russia", "Ukraine") does not make two claims related: at least this many content
// words ("w:" terms) or counted things ("u:") must be shared as well.
const MIN_SHARED_CONTENT = 1;
// The lower bar for claims that share or dispute a comparable fact.
const FACT_SIMILARITY = 0.05;
const RELATION_ORDER = { contradicts: 0, agrees: 1, related: 2 } as const;

/** What a reviewer said about an article's claims that changes what its claims are. */
export interface ArticleMarks {
  /** spans marked as claims, in the current text's offsets */
  reviewerSpans?: readonly Span[];
}

interface ArticleEntry {
  analysis: ArticleAnalysis;
  /** the reviewer spans the analysis was made with, as a string to compare */
  marksKey: string;
  indexed: IndexedClaim[];
  /** cross-references computed at `generation`; recomputed when the story has changed since */
  reports?: { generation: number; value: ClaimReport[] };
}

/**
 * The articles of one story, analysed once each and kept in a claim index. Setting an article re-analyses
 * that article only, and only when its text changed; cross-references are computed per article on demand
 * and cached until any article of the story changes. This is what keeps a keystroke cheap in a story of a
 * hundred sources.
 */
export class StoryIndex {
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly search = new ClaimSearch();
  private generation = 0;

  constructor(private readonly options: StoryOptions = {}) {}

  /**
   * Adds or updates an article; returns its analysis. Unchanged text (and unchanged reviewer spans) costs
   * nothing. `marks.reviewerSpans` are the spans a reviewer marked as claims, as anchored in the current
   * text (core/sidecar/reviewerMarks.ts reads them from the sidecar); they are claims like any other.
   */
  setArticle(file: string, text: string, marks: ArticleMarks = {}): ArticleAnalysis {
    const existing = this.articles.get(file);
    const marksKey = (marks.reviewerSpans ?? []).map((s) => `${s.start}:${s.end}`).join(',');
    if (existing && existing.analysis.text === text && existing.marksKey === marksKey) return existing.analysis;
    const analysis = analyzeArticle(file, text, { ...this.options, reviewerSpans: marks.reviewerSpans });
    const sentences = analysis.sentences.map((s) => s.sentence);
    const indexed = analysis.claims.map((c) => {
      const sentence = c.sentence >= 0 ? sentences[c.sentence] : spanSentence(sentences, c.span, text);
      const previous = c.sentence > 0 ? sentences[c.sentence - 1] : undefined;
      const sameBlock = previous && sentence && !text.slice(previous.span.end, sentence.span.start).includes('\n');
      return indexClaim(file, c, sentence, sameBlock ? previous : undefined);
    });
    this.articles.set(file, { analysis, indexed, marksKey });
    this.search.setFileClaims(file, indexed);
    this.generation++;
    return analysis;
  }

  removeArticle(file: string): void {
    if (!this.articles.delete(file)) return;
    this.search.removeFile(file);
    this.generation++;
  }

  has(file: string): boolean {
    return this.articles.has(file);
  }

  files(): string[] {
    return [...this.articles.keys()];
  }

  analysis(file: string): ArticleAnalysis | undefined {
    return this.articles.get(file)?.analysis;
  }

  /** The article's claims as the index holds them (terms, comparable facts): for matching outside the story. */
  indexedClaims(file: string): readonly IndexedClaim[] {
    return this.articles.get(file)?.indexed ?? [];
  }

  /** Every claim of the article with its status and cross-references, in article order. */
  crossReference(file: string): ClaimReport[] {
    const entry = this.articles.get(file);
    if (!entry) return [];
    if (entry.reports?.generation === this.generation) return entry.reports.value;
    const value = entry.indexed.map((claim) => this.report(claim));
    entry.reports = { generation: this.generation, value };
    return value;
  }

  /** The report of the claim at an offset of the article (for a hover), or undefined. */
  claimAt(file: string, offset: number): ClaimReport | undefined {
    return this.crossReference(file).find((r) => r.claim.span.start <= offset && offset <= r.claim.span.end);
  }

  private report(claim: IndexedClaim): ClaimReport {
    const refs: CrossRef[] = [];
    for (const candidate of this.search.candidates(claim)) {
      const contentShared = candidate.shared.filter((t) => t.startsWith('w:') || t.startsWith('u:')).length;
      if (contentShared < MIN_SHARED_CONTENT) continue;
      const comparison = compareClaims(claim, candidate.claim, candidate.similarity);
      // A count of the same thing in the same event, or harm denied against harm reported, is worth showing
      // even when the wording differs a lot; anything else must be about the same thing.
      const strongFact = comparison.shared.length > 0 || comparison.conflicts.some((c) => c.type === 'quantity' || c.type === 'negation');
      if (candidate.similarity < (strongFact ? FACT_SIMILARITY : RELATED_SIMILARITY)) continue;
      const other = candidate.claim;
      const attribution = attributionOf(other.claim.facts);
      refs.push({
        relation: comparison.relation,
        file: other.file,
        claimId: other.claim.id,
        text: other.claim.text,
        span: other.claim.span,
        score: Math.round(candidate.similarity * 1000) / 1000,
        conflicts: comparison.conflicts,
        attribution: attribution?.text,
        independent: !sameSource(claim.claim.facts, other.claim.facts),
      });
    }
    refs.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.score - a.score);
    const kept = refs.slice(0, this.options.maxRefsPerClaim ?? 8);
    return { claim: claim.claim, status: statusOf(kept), crossRefs: kept };
  }
}

function attributionOf(facts: Fact[]): Fact | undefined {
  return facts.find((f) => f.type === 'attribution');
}

/** Both claims report the same named source ("two US officials" / "U.S. officials"). */
function sameSource(a: Fact[], b: Fact[]): boolean {
  const keys = new Set(a.filter((f) => f.type === 'attribution' && f.sourceKey).map((f) => f.sourceKey));
  return b.some((f) => f.type === 'attribution' && f.sourceKey !== undefined && keys.has(f.sourceKey));
}
