// A story loaded on one thread and on two (core/readChunks.ts: the next articles read by wink on a second
// thread while this one analyses the ones before), alternated in one process, against wink's bare pass: a
// developer's probe of what the bench's threaded rows measure (README, Benchmark), with where the time goes.
// Checks first that both ways give the same relations.
//
//   node scripts/bench/bundled.mjs scripts/bench/readerThread.ts [N=904] [runs=5]
import { isWinkReaderThread, serveWinkReads, startWinkReader } from '../../src/node/winkReaderThread';
import { readChunks } from '../../src/core/readChunks';
import { READ_AHEAD_ARTICLES } from '../../src/core/readAhead';
import { wink } from '../../src/core/nlp/wink';
import { formatOf } from '../../src/core/segment/blocksOf';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies, seedStory, type BenchArticle } from './corpus';

async function main(): Promise<void> {
  const [n = 904, runs = 5] = process.argv.slice(2).map(Number);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (bundled.mjs does)');
  const articles = fncBodies().slice(0, n);
  const nlp = wink();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const bare = () => {
    gc();
    const t0 = performance.now();
    let sink = 0;
    for (const a of articles) {
      const doc = nlp.readDoc(a.text);
      sink += (doc.sentences().out(nlp.its.span) as unknown[]).length + doc.tokens().out().length;
    }
    if (sink < 0) console.log(sink);
    return performance.now() - t0;
  };
  const oneThread = () => {
    gc();
    const t0 = performance.now();
    const story = new StoryIndex();
    articles.forEach((a, k) => {
      if (k % READ_AHEAD_ARTICLES === 0) story.readAhead(articles.slice(k, k + READ_AHEAD_ARTICLES));
      story.setArticle(a.file, a.text);
    });
    const t1 = performance.now();
    for (const a of articles) story.relations(a.file);
    return { story, ms: performance.now() - t0, setMs: t1 - t0 };
  };
  const twoThreads = async () => {
    gc();
    const t0 = performance.now();
    const story = new StoryIndex();
    let waited = 0;
    const open = () => startWinkReader(__filename);
    const toRead = (a: BenchArticle) => ({ text: a.text, format: formatOf(a.file) });
    const chunks = readChunks(articles, toRead, open, (err) => {
      throw err;
    });
    for (;;) {
      const w0 = performance.now();
      const next = await chunks.next();
      waited += performance.now() - w0;
      if (next.done) break;
      const { items, reads } = next.value;
      story.readAhead(items.map((a) => ({ ...a, read: reads.get(a) })));
      for (const a of items) story.setArticle(a.file, a.text);
    }
    const t1 = performance.now();
    for (const a of articles) story.relations(a.file);
    return { story, ms: performance.now() - t0, setMs: t1 - t0, waited };
  };
  const openStory = oneThread(); // warms up; held open as in the bench
  const view = (s: StoryIndex) => JSON.stringify(articles.map((a) => s.relations(a.file)));
  if (view(oneThread().story) !== view((await twoThreads()).story)) throw new Error('two threads gave other relations than one');
  const rows: Record<string, number[]> = {};
  const add = (name: string, x: number) => (rows[name] ??= []).push(x);
  for (let r = 0; r < runs; r++) {
    const b = bare();
    const one = oneThread();
    const two = await twoThreads();
    add('one thread / bare', one.ms / b);
    add('two threads / bare', two.ms / b);
    add('two / one (paired)', two.ms / one.ms);
    add('  one thread: setArticle / bare', one.setMs / b);
    add('  two threads: setArticle / bare', two.setMs / b);
    add('  two threads: waiting for the reads / bare', two.waited / b);
  }
  console.log(`${n} FNC-1 bodies, ${runs} runs, medians of per-run ratios (the sample story open: ${openStory.story.files().length > 0})`);
  for (const [name, xs] of Object.entries(rows)) console.log(`  ${median(xs).toFixed(2)}×  ${name}   (${xs.map((x) => x.toFixed(2)).join(' ')})`);
}

if (isWinkReaderThread()) serveWinkReads();
else
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
