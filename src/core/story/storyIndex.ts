import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis } from '../analyzeArticle';
import type { Claim, Fact, Span } from '../model';
import { ClaimSearch } from './claimSearch';
import { statusOf, type ClaimStatus } from './claimStatus';
import { relate, relateMention, RELATION_ORDER, type Relating } from './relate';
import type { Candidate } from './claimSearch';
import type { CrossRef } from './crossRef';
import { indexArticleClaims, indexSentence, type IndexedClaim } from './indexedClaim';

const MENTION_CANDIDATES = 4;

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
  /** claims a reviewer dismissed ("not a claim"): kept in the article's own reports, but no one's source */
  dismissed: ReadonlySet<string>;
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
  /**
   * The sentences of each article that are not claims, searched only for a claim no other claim relates to
   * (before saying "no other source mentions this"). Indexed on first need, per article, so an edit costs nothing.
   */
  private readonly sentenceSearch = new ClaimSearch();
  private readonly sentencesPending = new Set<string>();
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
    // the previous analysis lets an edit re-read only the blocks whose prose changed (same result as fresh)
    const analysis = analyzeArticle(file, text, { ...this.options, reviewerSpans: marks.reviewerSpans, previous: existing?.analysis });
    const indexed = indexArticleClaims(analysis);
    // Ids come from a claim's words, so a dismissal carries over an edit elsewhere in the article.
    const dismissed = existing?.dismissed ?? new Set<string>();
    this.articles.set(file, { analysis, indexed, marksKey, dismissed });
    this.search.setFileClaims(file, indexed.filter((c) => !dismissed.has(c.claim.id)));
    this.sentenceSearch.removeFile(file);
    this.sentencesPending.add(file);
    this.generation++;
    return analysis;
  }

  /**
   * The claims of an article a reviewer dismissed (core/sidecar/dismissals.ts finds them): they stay in the
   * article's own reports (to be listed as dismissed), but other articles' claims no longer match them.
   */
  setDismissed(file: string, ids: ReadonlySet<string>): void {
    const entry = this.articles.get(file);
    if (!entry || sameSet(entry.dismissed, ids)) return;
    entry.dismissed = new Set(ids);
    this.search.setFileClaims(file, entry.indexed.filter((c) => !ids.has(c.claim.id)));
    this.generation++;
  }

  removeArticle(file: string): void {
    if (!this.articles.delete(file)) return;
    this.search.removeFile(file);
    this.sentenceSearch.removeFile(file);
    this.sentencesPending.delete(file);
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

  /** The ids of the article's claims a reviewer dismissed, as last set with setDismissed. */
  dismissedIds(file: string): ReadonlySet<string> {
    return this.articles.get(file)?.dismissed ?? new Set();
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

  private indexPendingSentences(): void {
    for (const file of this.sentencesPending) {
      const entry = this.articles.get(file);
      if (!entry) continue;
      // Claims' sentences are left out, dismissed ones too: "not a claim" means no one's source.
      const claimed = new Set(entry.analysis.claims.map((c) => c.sentence));
      const entries: IndexedClaim[] = [];
      for (let i = 0; i < entry.analysis.sentences.length; i++) if (!claimed.has(i)) entries.push(sentenceEntry(file, entry.analysis, i));
      this.sentenceSearch.setFileClaims(file, entries);
    }
    this.sentencesPending.clear();
  }

  /** The report of the claim at an offset of the article (for a hover), or undefined. */
  claimAt(file: string, offset: number): ClaimReport | undefined {
    return this.crossReference(file).find((r) => r.claim.span.start <= offset && offset <= r.claim.span.end);
  }

  private report(claim: IndexedClaim): ClaimReport {
    const refs: CrossRef[] = [];
    // The claim's own named sources, read once for all its cross-references (not once per reference).
    let sources: ReadonlySet<string> | undefined;
    const add = (candidate: Candidate, comparison: Relating) => {
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
        independent: !citesAny(other.claim.facts, (sources ??= sourceKeys(claim.claim.facts))),
        reason: comparison.reason,
      });
    };
    for (const candidate of this.search.candidates(claim)) {
      const comparison = relate(claim, candidate);
      if (comparison) add(candidate, comparison);
    }
    if (refs.length === 0) {
      this.indexPendingSentences();
      // A few best hits are enough to show that another source mentions it; this runs for every lone claim.
      for (const candidate of this.sentenceSearch.candidates(claim, MENTION_CANDIDATES)) {
        const mention = relateMention(claim, candidate);
        if (mention) add(candidate, mention);
      }
    }
    refs.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.score - a.score);
    const kept = refs.slice(0, this.options.maxRefsPerClaim ?? 8);
    return { claim: claim.claim, status: statusOf(kept), crossRefs: kept };
  }
}

/** A sentence that is not a claim, as a claim-like entry of the sentence index (no facts: never compared). */
function sentenceEntry(file: string, analysis: ArticleAnalysis, index: number): IndexedClaim {
  const sentence = analysis.sentences[index].sentence;
  const claim: Claim = { id: `s${index}`, text: sentence.text, span: sentence.span, score: analysis.sentences[index].score, facts: [], sentence: index, origin: 'detected' };
  return indexSentence(file, claim, sentence);
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function attributionOf(facts: Fact[]): Fact | undefined {
  return facts.find((f) => f.type === 'attribution');
}

/** The named sources a claim reports ("two US officials" and "U.S. officials" have one key). */
function sourceKeys(facts: Fact[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const f of facts) if (f.type === 'attribution' && f.sourceKey) keys.add(f.sourceKey);
  return keys;
}

/** Whether a claim reports one of these sources: then it is no independent confirmation. */
function citesAny(facts: Fact[], keys: ReadonlySet<string>): boolean {
  return keys.size > 0 && facts.some((f) => f.type === 'attribution' && f.sourceKey !== undefined && keys.has(f.sourceKey));
}
