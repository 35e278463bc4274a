// The bench's rows for a story loaded on two threads (core/readChunks.ts: a second thread reads the next articles
// with wink while this one analyses the ones read before), as the analysis worker and the CLI load one: the
// same full analysis as run.ts's fullAnalysis (every article set, then every article's relations), its chunks
// read by both threads. Timed against the bare pass and the one-thread analysis alternated with it, run by run.
import { readChunks } from '../../src/core/readChunks';
import { formatOf } from '../../src/core/segment/blocksOf';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { startWinkReader } from '../../src/node/winkReaderThread';
import type { BenchArticle } from './corpus';

/** One load on two threads, the reading thread running `script` (an entry serving reads: isWinkReaderThread). */
export async function loadOnTwoThreads(articles: BenchArticle[], script: string): Promise<{ ms: number; setMs: number; story: StoryIndex }> {
  const t0 = performance.now();
  const story = new StoryIndex();
  const toRead = (a: BenchArticle) => ({ text: a.text, format: formatOf(a.file) });
  const failed = (err: unknown) => {
    throw err instanceof Error ? err : new Error(String(err));
  };
  for await (const { items, reads } of readChunks(articles, toRead, () => startWinkReader(script), failed)) {
    story.readAhead(items.map((a) => ({ ...a, read: reads.get(a) })));
    for (const a of items) story.setArticle(a.file, a.text);
  }
  const t1 = performance.now();
  for (const a of articles) story.relations(a.file);
  return { ms: performance.now() - t0, setMs: t1 - t0, story };
}

export interface TwoThreadRow {
  runs: number;
  /** medians, ms */
  baselineMs: number;
  oneThreadMs: number;
  twoThreadsMs: number;
  /** medians of the run-by-run ratios */
  oneThreadRatio: number;
  twoThreadsRatio: number;
  twoOverOne: number;
}

/**
 * `runs` runs of: the bare pass, the one-thread analysis, the two-thread one (after an untimed two-thread load:
 * the reading thread is kept from one load to the next, as in the analysis worker). Both ways must give the same
 * relations.
 */
export async function measureTwoThreads(
  articles: BenchArticle[],
  runs: number,
  script: string,
  baseline: (articles: BenchArticle[]) => number,
  oneThread: (articles: BenchArticle[]) => { ms: number; story: StoryIndex },
): Promise<TwoThreadRow> {
  const relations = (story: StoryIndex) => JSON.stringify(articles.map((a) => story.relations(a.file)));
  const warm = await loadOnTwoThreads(articles, script);
  if (relations(warm.story) !== relations(oneThread(articles).story)) throw new Error('two threads gave other relations than one');
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const base: number[] = [];
  const one: number[] = [];
  const two: number[] = [];
  for (let r = 0; r < runs; r++) {
    base.push(baseline(articles));
    one.push(oneThread(articles).ms);
    gc();
    two.push((await loadOnTwoThreads(articles, script)).ms);
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const ratios = (xs: number[], over: number[]) => median(xs.map((x, k) => x / over[k]));
  return {
    runs,
    baselineMs: median(base),
    oneThreadMs: median(one),
    twoThreadsMs: median(two),
    oneThreadRatio: ratios(one, base),
    twoThreadsRatio: ratios(two, base),
    twoOverOne: ratios(two, one),
  };
}
