import { blocksOf, type ArticleFormat } from '../segment/blocksOf';
import { articleText, winkRead, type WinkRead } from './sentences';

/**
 * How many articles a story being loaded is read ahead at a time (the analysis worker, the bench): the gain is
 * most of a whole story's (0.90 against 0.88 for 100 articles at once), the read ~25 ms of the worker's time at
 * once, and the reads held at a time a few hundred kilobytes.
 */
export const READ_AHEAD_ARTICLES = 25;

/**
 * wink's reading of several articles, made one after the other before any of them is analysed, and handed to
 * each article's analysis when it asks for it (readArticle, through `take`).
 *
 * Why: analysing a story article by article alternates wink (its tokenizer's and tagger's tables, its documents'
 * garbage) with the engine's own work on each article (the scorer's model, the facts, the story's index), and
 * each evicts the other's data from the processor's caches and leaves the young generation full of the other's
 * objects. Reading a batch of articles first and analysing them after took 0.88–0.93 of the time of the
 * interleaved analysis of 100 FNC-1 bodies (paired, bundled; chunks of 25 articles 0.90, of 10 0.93): README,
 * Benchmark. The result is the same: wink reads the same texts in the same order.
 */
export class ReadAhead {
  /** by the text wink read (articleText): what an article's analysis gives wink, whatever its file is called */
  private readonly reads = new Map<string, WinkRead>();

  /** How many reads wait to be taken. */
  get size(): number {
    return this.reads.size;
  }

  /** Reads an article, as its analysis in this format would (nothing to read for an article of one block). */
  add(fileText: string, format: ArticleFormat): void {
    const text = articleText(fileText, blocksOf(fileText, format));
    if (text !== undefined && !this.reads.has(text)) this.reads.set(text, winkRead(text, false));
  }

  /** The read of this text, once (then forgotten), or undefined if it was not read ahead. */
  take(text: string): WinkRead | undefined {
    const read = this.reads.get(text);
    if (read) this.reads.delete(text);
    return read;
  }
}
