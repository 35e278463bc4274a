// Before/after of the analysis on a shared, noisy machine: the engine of another commit (its `src/`, extracted
// with `git archive` into a temporary folder) and the working tree's, both loaded in ONE process and timed in
// alternation (CPU time, collected heap before each pass), with the bare wink pass as a third column. Two bench
// runs minutes apart differ by more than most speedups when other builds share the cores; interleaved passes in
// one process see the same load.
//   npx tsx --expose-gc scripts/bench/compareCommits.ts <commit> [N] [--story] [--runs R]
// Default: `analyzeArticle` of the first N FNC-1 bodies (100); `--story`: a fresh StoryIndex and `setArticle` of
// each (the bench's "analyse" phase, indexing included); `--relations`: the relations of every article of a story
// analysed (untimed) just before (the bench's "xref" phase). Prints medians and the median of the paired ratios.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { wink } from '../../src/core/nlp/wink';
import { fncBodies } from './corpus';

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
const option = (name: string, fallback: string) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const story = flag('--story');
const relations = flag('--relations');
const runs = Number(option('--runs', '15'));
const [commit, n = '100'] = args;
if (!commit) throw new Error('usage: compareCommits.ts <commit> [N] [--story] [--runs R]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (npx tsx --expose-gc …)');

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-compare-'));
try {
  // with its tsconfig.json and package.json: tsx compiles a folder without them differently (another target, other
  // class-field semantics), which alone moved the timings by 10 % here
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(commit)} src tsconfig.json package.json | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const articles = fncBodies().slice(0, Number(n));
  const nlp = wink();
  /** per pass: what runs untimed before it (the story whose relations are timed) */
  const prepare: Record<string, () => void> = {};
  const engine = (src: string, name: string) => {
    const { analyzeArticle } = require(join(src, 'core/analyzeArticle'));
    const { StoryIndex } = require(join(src, 'core/story/storyIndex'));
    if (relations) {
      let s: InstanceType<typeof StoryIndex> | undefined;
      prepare[name] = () => {
        s = new StoryIndex();
        for (const a of articles) s!.setArticle(a.file, a.text);
      };
      return () => articles.map((a) => s!.relations(a.file));
    }
    return story
      ? () => {
          const s = new StoryIndex();
          for (const a of articles) s.setArticle(a.file, a.text);
          return s;
        }
      : () => articles.map((a) => analyzeArticle(a.file, a.text));
  };
  const passes: Record<string, () => unknown> = {
    baseline: () => articles.map((a) => nlp.readDoc(a.text).tokens().out().length),
    [commit]: engine(join(dir, 'src'), commit),
    'working tree': engine(join(root, 'src'), 'working tree'),
  };
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const times: Record<string, number[]> = {};
  let kept: unknown;
  for (let r = 0; r < runs + 2; r++) {
    // alternate the order, and keep each result until the next pass, as an editor keeps its story
    const names = Object.keys(passes);
    for (const name of r % 2 ? [names[0], names[2], names[1]] : names) {
      kept = undefined;
      prepare[name]?.();
      gc();
      const t0 = cpuMs();
      kept = passes[name]();
      if (r >= 2) (times[name] ??= []).push(cpuMs() - t0);
    }
  }
  if (kept === null) console.log(kept);
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
  const base = median(times.baseline);
  for (const [name, v] of Object.entries(times)) console.log(`${name.padEnd(14)} ${median(v).toFixed(0).padStart(6)} ms CPU  ×baseline ${(median(v) / base).toFixed(2)}`);
  const paired = times['working tree'].map((t, k) => t / times[commit][k]);
  console.log(`working tree ÷ ${commit}: ${median(paired).toFixed(3)} (median of ${runs} paired runs; ${relations ? 'relations' : story ? 'setArticle' : 'analyzeArticle'} of ${articles.length} FNC-1 bodies)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
