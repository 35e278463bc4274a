import { analyzeArticle } from '../analyzeArticle';
import { spanSentence } from '../claims/spanSentence';
import type { Claim, Sentence } from '../model';
import type { ArticleFormat } from '../segment/blocksOf';

/** A verdict's claim words read by the engine on their own: the claim with its facts, and its tokens. */
export interface MemoryClaim {
  claim: Claim;
  sentence: Sentence | undefined;
}

/**
 * Reads a claim's words from a sidecar as the engine reads a claim of an article: the whole text is one
 * reviewer span (so it is a claim whatever its score, over one sentence or several), with its facts and
 * tokens, ready for indexClaim. `format` is the article's (a Markdown claim keeps its link syntax).
 */
export function memoryClaim(words: string, format: ArticleFormat): MemoryClaim | undefined {
  const analysis = analyzeArticle('memory', words, { format, reviewerSpans: [{ start: 0, end: words.length }] });
  const claim = analysis.claims.find((c) => c.origin === 'reviewer');
  if (!claim) return undefined;
  return { claim, sentence: spanSentence(analysis.sentences.map((s) => s.sentence), claim.span, words) };
}
