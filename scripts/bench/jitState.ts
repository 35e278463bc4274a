// Probe: the same full analysis (setArticle of the 100 bodies, then relations of each, then every claim's
// mentions, as run.ts's fullAnalysis) timed before and after two plain passes of setArticle + relations written
// inline in main(), without the mentions. Found while chasing why run.ts's relations phase took 55–90 ms when a
// plain loop in another script took 20–30: after those two passes, the same function runs at the plain loop's
// speed. The cause (keeping one story alive on purpose does the same; the inline passes seem to leave their last
// story alive on the script's stack): with no story alive,
// each gc() frees the hidden classes of the search's objects and V8 drops their methods' optimised code, which
// every run compiles again (run.ts therefore holds a story open, as the analysis worker does: README "Benchmark").
//
//   node scripts/bench/bundled.mjs scripts/bench/jitState.ts
import { wink } from '../../src/core/nlp/wink';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies } from './corpus';

const gc = (globalThis as { gc?: () => void }).gc!;
const articles = fncBodies().slice(0, 100);
const nlp = wink();
const its = nlp.its;

function bare(): number {
  gc();
  const t0 = performance.now();
  let sink = 0;
  for (const a of articles) {
    const doc = nlp.readDoc(a.text);
    sink += (doc.sentences().out(its.span) as unknown[]).length + doc.tokens().out().length;
  }
  if (sink < 0) console.log(sink);
  return performance.now() - t0;
}

/** run.ts's fullAnalysis: analyse, relations (timed), then every claim's mentions (untimed here). */
function full(): { set: number; relations: number } {
  gc();
  const story = new StoryIndex();
  const t0 = performance.now();
  for (const a of articles) story.setArticle(a.file, a.text);
  const t1 = performance.now();
  for (const a of articles) story.relations(a.file);
  const t2 = performance.now();
  for (const a of articles) for (const r of story.relations(a.file)) if (r.crossRefs.length === 0) story.mentions(a.file, r.claim.id);
  return { set: t1 - t0, relations: t2 - t1 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
function measure(label: string, runs: number): void {
  const b: number[] = [];
  const s: number[] = [];
  const x: number[] = [];
  for (let r = 0; r < runs; r++) {
    b.push(bare());
    const f = full();
    s.push(f.set);
    x.push(f.relations);
  }
  const ratio = (median(s) + median(x)) / median(b);
  console.log(`${label}: bare ${median(b).toFixed(0)} ms, setArticle ${median(s).toFixed(0)} ms, relations ${median(x).toFixed(0)} ms: ${ratio.toFixed(2)}×`);
}

// run.ts's warm-up: the first analysis, then 10 passes
full();
for (let r = 0; r < 10; r++) (bare(), full());
measure('after run.ts\'s warm-up', 7);
// two plain passes, inline, no mentions
for (let r = 0; r < 2; r++) {
  gc();
  const story = new StoryIndex();
  for (const a of articles) story.setArticle(a.file, a.text);
  for (const a of articles) story.relations(a.file);
}
measure('after two plain passes', 7);
