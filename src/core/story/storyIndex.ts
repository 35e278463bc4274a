import { analyzeArticle, type AnalyzeOptions, type ArticleAnalysis } from '../analyzeArticle';
import type { Claim, Fact, Span } from '../model';
import { ReadAhead } from '../readAhead';
import { formatOf } from '../segment/blocksOf';
import { ClaimReading } from './claimReading';
import { ClaimSearch } from './claimSearch';
import { statusOf, type ClaimStatus } from './claimStatus';
import { mayRelate, relate, RELATION_ORDER, type Relating } from './relate';
import { rankScore } from './candidateRank';
import { mayMention, MentionSearch } from './mentionSearch'; // look everywhere before "no other source"
import type { Candidate } from './candidate';
import type { CrossRef } from './crossRef';
import { indexArticleClaims, type IndexedClaim } from './indexedClaim';

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
  /** the claims' relations (no mentions) computed at `generation`; recomputed when the story has changed since */
  relations?: { generation: number; value: ClaimReport[] };
  /** the mentions looked up at `generation`, by claim id (only claims with no relation have any) */
  mentions?: { generation: number; byClaim: Map<string, CrossRef[]> };
  /** crossReference()'s reports (relations, and mentions where there are none) at `generation` */
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
  /** how both searches read a claim (its terms as numbers): a claim that asks both is read once */
  private readonly reading = new ClaimReading();
  private readonly search = new ClaimSearch(this.reading);
  /**
   * Every sentence of each article, searched only for a claim no other claim relates to (before saying "no
   * other source mentions this"). Indexed on first need, per article, so an edit costs nothing.
   */
  private readonly mentionSearch = new MentionSearch(this.reading);
  private generation = 0;
  /** the articles announced by readAhead(), read and scored, taken by their setArticle */
  private ahead = new ReadAhead();

  constructor(private readonly options: StoryOptions = {}) {}

  /**
   * Reads and scores the articles the index does not hold yet, now, one after the other, for their setArticle
   * to take (ReadAhead: a batch made this way and then analysed costs ~0.85–0.93 of the articles analysed one by
   * one). For a story being loaded; what an earlier call made and no setArticle took is dropped.
   */
  readAhead(articles: Iterable<{ file: string; text: string }>): void {
    this.ahead = new ReadAhead();
    for (const { file, text } of articles) if (!this.articles.has(file)) this.ahead.add(text, this.options.format ?? formatOf(file));
  }

  /** How many articles read ahead wait for their setArticle. */
  get readAheadWaiting(): number {
    return this.ahead.size;
  }

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
    const analysis = analyzeArticle(file, text, { ...this.options, reviewerSpans: marks.reviewerSpans, previous: existing?.analysis, readAhead: this.ahead });
    const indexed = indexArticleClaims(analysis);
    // Ids come from a claim's words, so a dismissal carries over an edit elsewhere in the article.
    const dismissed = existing?.dismissed ?? new Set<string>();
    this.articles.set(file, { analysis, indexed, marksKey, dismissed });
    this.search.setFileClaims(file, indexed.filter((c) => !dismissed.has(c.claim.id)));
    this.mentionSearch.setArticle(file, analysis, indexed.filter((c) => !dismissed.has(c.claim.id)));
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
    this.mentionSearch.setArticle(file, entry.analysis, entry.indexed.filter((c) => !ids.has(c.claim.id)));
    this.generation++;
  }

  removeArticle(file: string): void {
    if (!this.articles.delete(file)) return;
    this.search.removeFile(file);
    this.mentionSearch.removeArticle(file);
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

  /**
   * Every claim of the article with its status and cross-references, in article order: a claim no other
   * claim relates to has the sentences that mention it (mentions()) as its cross-references. For the faces
   * that list everything at once (the CLI's output, the sign-off report); the editor reads relations().
   */
  crossReference(file: string): ClaimReport[] {
    const entry = this.articles.get(file);
    if (!entry) return [];
    if (entry.reports?.generation === this.generation) return entry.reports.value;
    const value = this.relations(file).map((r, k) => (r.crossRefs.length ? r : { ...r, crossRefs: this.mentionsAt(entry, k) }));
    entry.reports = { generation: this.generation, value };
    return value;
  }

  /**
   * Every claim of the article with its status and the claims of other sources that relate to it (agree,
   * contradict, or speak of it with no fact to compare), in article order. The sentences that merely mention
   * a claim no claim relates to are left to mentions(): they never change a status (they are "related"), and
   * looking them up for every claim after every edit was two fifths of the cross-referencing, for lines a
   * reviewer reads on the one claim they hover.
   */
  relations(file: string): ClaimReport[] {
    const entry = this.articles.get(file);
    if (!entry) return [];
    if (entry.relations?.generation === this.generation) return entry.relations.value;
    const value = entry.indexed.map((claim) => this.relationsOf(claim));
    entry.relations = { generation: this.generation, value };
    return value;
  }

  /**
   * The sentences of other sources that mention a claim of the article that no claim relates to (relation
   * "related", best first, at most maxRefsPerClaim): before saying "no other source mentions this", every
   * sentence of the story is looked at. [] for a claim with relations (its card lists those) or an unknown one.
   */
  mentions(file: string, claimId: string): CrossRef[] {
    const entry = this.articles.get(file);
    const k = entry ? entry.indexed.findIndex((c) => c.claim.id === claimId) : -1;
    return entry && k >= 0 ? this.mentionsAt(entry, k) : [];
  }

  /** mentions() of the article's claim k (in article order), kept until the story changes */
  private mentionsAt(entry: ArticleEntry, k: number): CrossRef[] {
    if (entry.mentions?.generation !== this.generation) entry.mentions = { generation: this.generation, byClaim: new Map() };
    const claim = entry.indexed[k];
    const held = entry.mentions.byClaim.get(claim.claim.id);
    if (held) return held;
    let value: CrossRef[] = [];
    if (this.relations(entry.analysis.file)[k].crossRefs.length === 0) {
      // the claim search's candidates again (one claim's search): the mention search weighs them with the sentences
      const refs = new RefList(claim);
      for (const m of this.mentionSearch.mentions(claim, this.search.candidates(claim, undefined, mayMention))) refs.add(m.candidate, m.relating);
      value = refs.best(this.options.maxRefsPerClaim ?? 8);
    }
    entry.mentions.byClaim.set(claim.claim.id, value);
    return value;
  }

  /** The claim at an offset of the article with its relations (for a hover: it asks mentions() itself), or undefined. */
  claimAt(file: string, offset: number): ClaimReport | undefined {
    return this.relations(file).find((r) => r.claim.span.start <= offset && offset <= r.claim.span.end);
  }

  private relationsOf(claim: IndexedClaim): ClaimReport {
    const refs = new RefList(claim);
    // only the candidates relate() may relate: the mention search's are built when mentions() asks
    for (const candidate of this.search.candidates(claim, undefined, mayRelate)) {
      const comparison = relate(claim, candidate);
      if (comparison) refs.add(candidate, comparison);
    }
    const kept = refs.best(this.options.maxRefsPerClaim ?? 8);
    return { claim: claim.claim, status: statusOf(kept), crossRefs: kept };
  }
}

/** The cross-references found for one claim, each with its rank (candidateRank.ts), kept best first. */
class RefList {
  private readonly refs: CrossRef[] = [];
  private readonly ranks: number[] = []; // each ref's rankScore, in refs' order
  /** the claim's own named sources, read once for all its cross-references (not once per reference) */
  private sources: ReadonlySet<string> | undefined;

  constructor(private readonly claim: IndexedClaim) {}

  add(candidate: Candidate, comparison: Relating): void {
    const other = candidate.claim;
    const attribution = attributionOf(other.claim.facts);
    this.refs.push({
      relation: comparison.relation,
      file: other.file,
      claimId: other.claim.id,
      text: other.claim.text,
      span: other.claim.span,
      score: Math.round(candidate.similarity * 1000) / 1000,
      conflicts: comparison.conflicts,
      attribution: attribution?.text,
      independent: !citesAny(other.claim.facts, (this.sources ??= sourceKeys(this.claim.claim.facts))),
      reason: comparison.reason,
    });
    this.ranks.push(rankScore(candidate, comparison.sameEvent));
  }

  /** the best `max`, by relation then rank */
  best(max: number): CrossRef[] {
    return bestFirst(this.refs, this.ranks).slice(0, max);
  }
}

/**
 * The refs, in place, by relation (RELATION_ORDER), then by rank (highest first), in their order among equals
 * (a stable sort). An insertion sort moving refs and ranks together: a claim has a few refs (most none or
 * one), and a map from ref to rank for a library sort cost more than the sorting.
 */
function bestFirst(refs: CrossRef[], ranks: number[]): CrossRef[] {
  for (let k = 1; k < refs.length; k++) {
    const ref = refs[k];
    const rank = ranks[k];
    let at = k;
    // move past the refs that come after this one: a later relation, or the same one ranked lower
    while (at > 0 && (RELATION_ORDER[refs[at - 1].relation] - RELATION_ORDER[ref.relation] || rank - ranks[at - 1]) > 0) {
      refs[at] = refs[at - 1];
      ranks[at] = ranks[at - 1];
      at--;
    }
    refs[at] = ref;
    ranks[at] = rank;
  }
  return refs;
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
