// Where the full analysis's time goes, phase by phase, against wink's bare pass in the same process: each phase
// is timed on its own (wall time, collected heap first), the phases interleaved run after run, medians printed
// with their ratio to the bare pass. A developer's probe for issue 15's ≤ 3× target, not part of `npm run bench`.
//
//   npx esbuild scripts/bench/phases.ts --bundle --platform=node --outfile=/tmp/phases.cjs
//   CROSSCHECK_EVAL_DIR=../shared/eval node --expose-gc /tmp/phases.cjs [bodies=100] [runs=13]
//
// Bundled, as the extension ships, because tsx's per-module wrappers change the hot paths' timings.
import { wink } from '../../src/core/nlp/wink';
import { parseBlocks } from '../../src/core/nlp/sentences';
import { blocksOf, formatOf } from '../../src/core/segment/blocksOf';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { indexArticleClaims } from '../../src/core/story/indexedClaim';
import { ClaimSearch } from '../../src/core/story/claimSearch';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies } from './corpus';

const [bodies = 100, runs = 13] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const articles = fncBodies().slice(0, bodies);
const nlp = wink();
const its = nlp.its;
const analysed = articles.map((a) => analyzeArticle(a.file, a.text));
const indexed = analysed.map((a) => indexArticleClaims(a));

// Each phase returns what it built, so nothing is optimised away and the heap holds it as the story would.
const phases: Record<string, () => unknown> = {
  'bare wink pass (the baseline)': () =>
    articles.map((a) => {
      const doc = nlp.readDoc(a.text);
      return (doc.sentences().out(its.span) as unknown[]).length + doc.tokens().out().length;
    }),
  'parseBlocks (wink + tokens)': () => articles.map((a) => parseBlocks(a.text, blocksOf(a.text, formatOf(a.file)))),
  analyzeArticle: () => articles.map((a) => analyzeArticle(a.file, a.text)),
  'indexArticleClaims only': () => analysed.map((a) => indexArticleClaims(a)),
  'ClaimSearch.setFileClaims only': () => {
    const search = new ClaimSearch();
    analysed.forEach((a, k) => search.setFileClaims(a.file, indexed[k]));
    return search;
  },
  'StoryIndex.setArticle': () => {
    const story = new StoryIndex();
    for (const a of articles) story.setArticle(a.file, a.text);
    return story;
  },
  'setArticle + relations (fullAnalysis)': () => {
    const story = new StoryIndex();
    for (const a of articles) story.setArticle(a.file, a.text);
    for (const a of articles) story.relations(a.file);
    return story;
  },
};

const times = new Map<string, number[]>();
let sink: unknown;
for (let r = 0; r < runs + 2; r++) {
  for (const [name, phase] of Object.entries(phases)) {
    sink = undefined;
    gc();
    const t0 = performance.now();
    sink = phase();
    const ms = performance.now() - t0;
    if (r >= 2) times.set(name, [...(times.get(name) ?? []), ms]); // two warm-up rounds
  }
}
if (sink === null) console.log(sink);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times.get('bare wink pass (the baseline)')!);
console.log(`${bodies} FNC-1 bodies, median of ${runs} interleaved runs (ms, × the bare pass)`);
for (const [name, xs] of times) console.log(`${median(xs).toFixed(1).padStart(8)}  ${(median(xs) / base).toFixed(2)}×  ${name}`);
