import { claimIds } from './claims/claimId';
import { DEFAULT_CLAIM_THRESHOLD, scoreSentence } from './claims/checkworthiness';
import { ArticleFacts } from './facts/factsOf';
import { spanSentence, trimSpan } from './claims/spanSentence';
import type { Claim, ScoredSentence, Sentence, Span } from './model';
import type { ReadAhead } from './readAhead';
import { parseBlocks, type ParsedBlock } from './nlp/sentences';
import { blocksOf, formatOf, type ArticleFormat } from './segment/blocksOf';
import { LineIndex } from './text/lineIndex';

export interface AnalyzeOptions {
  /** sentences scoring at least this are claims (default DEFAULT_CLAIM_THRESHOLD) */
  threshold?: number;
  /** default: from the file name (.md/.markdown → markdown, anything else plain text) */
  format?: ArticleFormat;
  /**
   * Spans a reviewer marked as claims (read from the sidecar by the caller: see core/sidecar/anchoring/reviewerMarks.ts).
   * Each is a claim with origin "reviewer" whatever its score, and replaces any detected claim it overlaps:
   * the reviewer's hand decides where that claim begins and ends.
   */
  reviewerSpans?: readonly Span[];
  /**
   * The analysis of an earlier version of the same article (the text before an edit): the blocks whose prose
   * did not change are not read and scored again (`parseBlocks`). The result is the same as without it.
   */
  previous?: ArticleAnalysis;
  /**
   * This article read and scored ahead, with other articles (StoryIndex.readAhead): taken from there instead of
   * read again, when there is no `previous`. The result is the same as without it.
   */
  readAhead?: ReadAhead;
}

/** Everything the engine knows about one article on its own, before it is compared with other sources. */
export interface ArticleAnalysis {
  file: string;
  text: string;
  format: ArticleFormat;
  lines: LineIndex;
  sentences: ScoredSentence[];
  /** per sentence (by index), the number of its paragraph (its block): a line break says nothing of it when lines are hard-wrapped */
  paragraphs: readonly number[];
  claims: Claim[];
  /** the blocks as read, by key, for the next version's `previous` (not enumerable: not part of any output) */
  readonly parsedBlocks?: ReadonlyMap<string, ParsedBlock>;
}

/** Splits the article into sentences, scores each, and reads the facts of those that are claims. */
export function analyzeArticle(file: string, text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const format = options.format ?? formatOf(file);
  const threshold = options.threshold ?? DEFAULT_CLAIM_THRESHOLD;
  const blocks = (!options.previous && options.readAhead?.take(text, format)) || scoredBlocks(text, format, options.previous);
  const sentences: Sentence[] = [];
  const scored: ScoredSentence[] = [];
  const paragraphs: number[] = []; // per sentence, its block's number
  blocks.forEach((block, b) => {
    block.sentences.forEach((sentence, k) => {
      sentences.push(sentence);
      scored.push({ sentence, score: block.scores![k] });
      paragraphs.push(b);
    });
  });
  const facts = new ArticleFacts(text, sentences, paragraphs);
  const marked = reviewerSpansOf(text, options.reviewerSpans ?? []);
  const overlapsMark = (span: Span) => marked.some((m) => m.start < span.end && span.start < m.end);
  const drafts: Omit<Claim, 'id'>[] = scored
    .filter((s) => s.score >= threshold && !overlapsMark(s.sentence.span))
    .map((s) => ({
      text: s.sentence.text,
      span: s.sentence.span,
      score: roundScore(s.score),
      facts: facts.factsOf(s.sentence.index),
      sentence: s.sentence.index,
      origin: 'detected' as const,
    }));
  for (const span of marked) {
    // The covering sentence gives the model's score (informative: why the detector missed it); a span over
    // several sentences has none of its own and counts as fully check-worthy, since a person said so.
    const covering = spanSentence(sentences, span, text);
    const whole = covering && covering.index >= 0 ? scored[covering.index] : undefined;
    drafts.push({
      text: text.slice(span.start, span.end),
      span,
      score: whole ? roundScore(whole.score) : 1,
      facts: facts.factsIn(span),
      sentence: whole ? whole.sentence.index : -1,
      origin: 'reviewer',
    });
  }
  drafts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const ids = claimIds(drafts.map((d) => d.text));
  const claims: Claim[] = drafts.map((d, k) => ({ id: ids[k], ...d }));
  const analysis: ArticleAnalysis = { file, text, format, lines: new LineIndex(text), sentences: scored, paragraphs, claims };
  // Built when an edit first asks for it: hashing every block's whole prose as a key cost about 5 % of the
  // analysis of an article that is never edited (every article of a story being loaded).
  let parsedBlocks: Map<string, ParsedBlock> | undefined;
  return Object.defineProperty(analysis, 'parsedBlocks', { get: () => (parsedBlocks ??= new Map(blocks.map((b) => [b.key, b]))), enumerable: false });
}

/**
 * The article's blocks as wink reads them, each sentence scored: what its analysis makes before it knows which
 * sentences are claims (so a reader of a story can make it ahead: ReadAhead). `previous`: as AnalyzeOptions.
 */
export function scoredBlocks(text: string, format: ArticleFormat, previous?: ArticleAnalysis): ParsedBlock[] {
  const blocks = parseBlocks(text, blocksOf(text, format), previous?.parsedBlocks);
  for (const block of blocks) block.scores ??= block.sentences.map(scoreSentence);
  return blocks;
}

/** Trimmed, non-empty, each once. */
function reviewerSpansOf(text: string, spans: readonly Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of spans) {
    const span = trimSpan(text, s);
    const key = `${span.start}:${span.end}`;
    if (span.end <= span.start || seen.has(key)) continue;
    seen.add(key);
    out.push(span);
  }
  return out;
}

/** Scores are reported to three decimals: more is noise, and stable output diffs better. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
