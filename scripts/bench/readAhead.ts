// What reading a story ahead saves (core/readAhead.ts): the 100 FNC-1 bodies' setArticle, article by
// article as before, against read and scored ahead in chunks of 10, 25 (READ_AHEAD_ARTICLES, as the worker) and all
// 100, alternated run by run in one process (the sample story held open, the heap collected before each run),
// with the bare wink pass beside them. Prints medians, the garbage collector's time inside the runs, and the
// median of the paired ratios to the article-by-article runs. Checks first that every way gives the same analyses.
//   node scripts/bench/bundled.mjs scripts/bench/readAhead.ts [bodies=100] [runs=21]
import { PerformanceObserver } from 'node:perf_hooks';
import { READ_AHEAD_ARTICLES } from '../../src/core/readAhead';
import { wink } from '../../src/core/nlp/wink';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies, seedStory } from './corpus';

const [bodies = 100, runs = 21] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (bundled.mjs does)');
const articles = fncBodies().slice(0, bodies);
const nlp = wink();
const its = nlp.its;
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

/** setArticle of every article, read ahead `chunk` at a time (0: not at all) */
function load(chunk: number): StoryIndex {
  const story = new StoryIndex();
  articles.forEach((a, k) => {
    if (chunk > 0 && k % chunk === 0) story.readAhead(articles.slice(k, k + chunk));
    story.setArticle(a.file, a.text);
  });
  return story;
}

const ways: Record<string, () => unknown> = {
  'bare wink pass': () => articles.reduce((n, a) => {
    const doc = nlp.readDoc(a.text);
    return n + (doc.sentences().out(its.span) as unknown[]).length + doc.tokens().out().length;
  }, 0),
  'article by article': () => load(0),
  'read ahead 10 at a time': () => load(10),
  [`read ahead ${READ_AHEAD_ARTICLES} at a time (the worker)`]: () => load(READ_AHEAD_ARTICLES),
  [`read ahead all ${bodies}`]: () => load(bodies),
};

const said = (story: StoryIndex) => JSON.stringify(articles.map((a) => story.analysis(a.file)));
// (after a first read: wink's tokenizer reads a few words differently the first time it meets them, README)
load(0);
const first = said(load(0));
for (const chunk of [10, READ_AHEAD_ARTICLES, bodies]) if (said(load(chunk)) !== first) throw new Error(`read ahead ${chunk} at a time: another analysis`);
// The editor's worker holds its open stories (run.ts: with none alive, V8 recompiles the search each run).
const open = new StoryIndex();
for (const a of seedStory()) open.setArticle(a.file, a.text);
for (const f of open.files()) open.relations(f);

const times = new Map<string, number[]>();
const gcs = new Map<string, number[]>();
const tick = () => new Promise((resolve) => setTimeout(resolve, 1)); // lets the gc observer report
async function main(): Promise<void> {
  let sink: unknown;
  const names = Object.keys(ways);
  for (let r = 0; r < runs + 3; r++) {
    for (const name of r % 2 ? names : [...names].reverse()) {
      sink = undefined;
      gc!();
      await tick();
      gcMs = 0;
      const t0 = performance.now();
      sink = ways[name]();
      const ms = performance.now() - t0;
      await tick();
      if (r < 3) continue; // warm-up
      times.set(name, [...(times.get(name) ?? []), ms]);
      gcs.set(name, [...(gcs.get(name) ?? []), gcMs]);
    }
  }
  if (sink === null) console.log(sink);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const plain = times.get('article by article')!;
  const base = median(times.get('bare wink pass')!);
  console.log(`${bodies} FNC-1 bodies, ${runs} runs alternated: median ms, × the bare pass, gc ms inside, paired ÷ article by article`);
  for (const [name, xs] of times) {
    const paired = median(xs.map((x, k) => x / plain[k]));
    console.log(`${median(xs).toFixed(1).padStart(8)}  ${(median(xs) / base).toFixed(2)}×  gc ${median(gcs.get(name)!).toFixed(1).padStart(5)}  ${paired.toFixed(3)}  ${name}`);
  }
  open.files(); // held to the end
}
void main();
