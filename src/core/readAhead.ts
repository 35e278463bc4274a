import { scoredBlocks } from './analyzeArticle';
import type { ParsedBlock } from './nlp/sentences';
import type { ArticleFormat } from './segment/blocksOf';

/**
 * How many articles of a story being loaded are read ahead at a time (the analysis worker, the CLI, the bench):
 * most of the gain of a whole story read at once, ~25 ms of the worker's time per chunk, and the blocks of 25
 * articles held until their analyses take them.
 */
export const READ_AHEAD_ARTICLES = 25;

/**
 * Several articles read by wink-nlp and scored (scoredBlocks: what an analysis makes before it knows which
 * sentences are claims), one after the other, before any of them is analysed; each article's analysis then
 * takes its blocks (analyzeArticle's `readAhead`).
 *
 * Why: analysing a story article by article alternates wink (its tokenizer's and tagger's tables, its documents'
 * garbage) with the engine's own work on each article (the scorer's model, the facts, the story's index). Reading
 * and scoring 25 articles first and analysing them after took ~0.85–0.93 of the time of the interleaved analysis
 * of 100 FNC-1 bodies, depending on the sitting (scripts/bench/readAhead.ts; README, Benchmark). The result is
 * the same: the same functions on the same texts in the same order.
 */
export class ReadAhead {
  private readonly blocks = new Map<string, ParsedBlock[]>();

  /** How many articles wait to be taken. */
  get size(): number {
    return this.blocks.size;
  }

  /** Reads and scores an article as its analysis in this format would. */
  add(text: string, format: ArticleFormat): void {
    const key = keyOf(text, format);
    if (!this.blocks.has(key)) this.blocks.set(key, scoredBlocks(text, format));
  }

  /** The blocks of this text in this format, once (then forgotten), or undefined if it was not read ahead. */
  take(text: string, format: ArticleFormat): ParsedBlock[] | undefined {
    const key = keyOf(text, format);
    const blocks = this.blocks.get(key);
    if (blocks) this.blocks.delete(key);
    return blocks;
  }
}

function keyOf(text: string, format: ArticleFormat): string {
  return `${format}\u0000${text}`;
}
