// Before/after of the cross-referencing on a shared, noisy machine, as compareCommits.ts does for the analysis:
// the story index of another commit (its `src/`, extracted with `git archive` into a temporary folder) and the
// working tree's, both loaded in ONE process and timed in alternation (CPU time, collected heap before each pass).
//   npx tsx --expose-gc scripts/bench/compareXref.ts <commit> [N] [--runs R]
// Each pass builds a fresh StoryIndex of the first N FNC-1 bodies (default 100; `setArticle` of each, timed as
// "analyse") and then cross-references every article (timed as "cross-reference"), as xrefTime.ts and the bench's
// fnc100 do. Prints the medians of both phases and the medians of the paired ratios.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fncBodies } from './corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const runs = Number(option('--runs', '9'));
const [commit, n = '100'] = args;
if (!commit) throw new Error('usage: compareXref.ts <commit> [N] [--runs R]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (npx tsx --expose-gc …)');

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-compare-'));
try {
  // with its tsconfig.json and package.json: tsx compiles a folder without them differently (compareCommits.ts)
  execFileSync('sh', ['-c', `git archive ${JSON.stringify(commit)} src tsconfig.json package.json | tar -x -C ${JSON.stringify(dir)}`], { cwd: root });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const articles = fncBodies().slice(0, Number(n));
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  /** One pass of an engine: [analyse ms, cross-reference ms]. */
  const engine = (src: string) => {
    const { StoryIndex } = require(join(src, 'core/story/storyIndex'));
    return (): [number, number] => {
      gc();
      const t0 = cpuMs();
      const story = new StoryIndex();
      for (const a of articles) story.setArticle(a.file, a.text);
      const t1 = cpuMs();
      for (const a of articles) story.crossReference(a.file);
      return [t1 - t0, cpuMs() - t1];
    };
  };
  const passes: Record<string, () => [number, number]> = { [commit]: engine(join(dir, 'src')), 'working tree': engine(join(root, 'src')) };
  const times: Record<string, [number, number][]> = {};
  for (let r = 0; r < runs + 2; r++) {
    // alternate the order; the first two rounds warm up (module loading, JIT, memos)
    const names = Object.keys(passes);
    for (const name of r % 2 ? names.reverse() : names) {
      const t = passes[name]();
      if (r >= 2) (times[name] ??= []).push(t);
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];
  const phase = (name: string, p: 0 | 1) => times[name].map((t) => t[p]);
  for (const name of Object.keys(times)) console.log(`${name.padEnd(14)} analyse ${median(phase(name, 0)).toFixed(0).padStart(5)} ms, cross-reference ${median(phase(name, 1)).toFixed(0).padStart(5)} ms CPU (median)`);
  for (const [p, label] of [[0, 'analyse'], [1, 'cross-reference']] as const) {
    const paired = phase('working tree', p).map((t, k) => t / phase(commit, p)[k]);
    console.log(`${label}: working tree ÷ ${commit} ${median(paired).toFixed(3)} (median of ${runs} paired runs, ${articles.length} FNC-1 bodies)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
