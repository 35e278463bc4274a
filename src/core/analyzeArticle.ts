import { claimIds } from './claims/claimId';
import { DEFAULT_CLAIM_THRESHOLD, scoreSentence } from './claims/checkworthiness';
import { ArticleFacts } from './facts/factsOf';
import type { Claim, ScoredSentence } from './model';
import { sentencesOf } from './nlp/sentences';
import { blocksOf, formatOf, type ArticleFormat } from './segment/blocksOf';
import { LineIndex } from './text/lineIndex';

export interface AnalyzeOptions {
  /** sentences scoring at least this are claims (default DEFAULT_CLAIM_THRESHOLD) */
  threshold?: number;
  /** default: from the file name (.md/.markdown → markdown, anything else plain text) */
  format?: ArticleFormat;
}

/** Everything the engine knows about one article on its own, before it is compared with other sources. */
export interface ArticleAnalysis {
  file: string;
  text: string;
  format: ArticleFormat;
  lines: LineIndex;
  sentences: ScoredSentence[];
  claims: Claim[];
}

/** Splits the article into sentences, scores each, and reads the facts of those that are claims. */
export function analyzeArticle(file: string, text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const format = options.format ?? formatOf(file);
  const threshold = options.threshold ?? DEFAULT_CLAIM_THRESHOLD;
  const sentences = sentencesOf(text, blocksOf(text, format));
  const scored = sentences.map((sentence) => ({ sentence, score: scoreSentence(sentence) }));
  const facts = new ArticleFacts(text, sentences);
  const picked = scored.filter((s) => s.score >= threshold);
  const ids = claimIds(picked.map((s) => s.sentence.text));
  const claims: Claim[] = picked.map((s, k) => ({
    id: ids[k],
    text: s.sentence.text,
    span: s.sentence.span,
    score: roundScore(s.score),
    facts: facts.factsOf(s.sentence.index),
    sentence: s.sentence.index,
    origin: 'detected',
  }));
  return { file, text, format, lines: new LineIndex(text), sentences: scored, claims };
}

/** Scores are reported to three decimals: more is noise, and stable output diffs better. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
