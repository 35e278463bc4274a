// The profile behind the bench: `node --import tsx scripts/bench/profile.ts [N] [runs] [--out DIR] [--analysis]`
// runs the cold full analysis of the first N FNC-1 bodies (default 100) `runs` times (default 3) and writes the
// CPU profile of every run but the first (the warm-up: module loading, JIT, the chrono memo filling) to DIR
// (default /tmp/prof) as a .cpuprofile; `--analysis` profiles `setArticle` only, not the cross-referencing.
// Then `node scripts/bench/topOfProfile.mjs DIR/*.cpuprofile` lists the functions and files with most self time.
// (`node --cpu-prof …` also works, but then the warm-up run is most of the profile.) The sample story is held open
// meanwhile, as in the bench: with no story alive, V8 recompiles the search's methods in every run (run.ts, main).
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies, seedStory } from './corpus';

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
const option = (name: string, fallback: string) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : fallback);
const analysisOnly = flag('--analysis');
const outDir = option('--out', '/tmp/prof');
const n = Number(args[0] ?? 100);
const runs = Number(args[1] ?? 3);
const articles = fncBodies().slice(0, n);
const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<any>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));

/** held open while the others are profiled, as in the bench (run.ts: the worker holds its open stories) */
let openStory: StoryIndex | undefined;

async function main(): Promise<void> {
  openStory = new StoryIndex();
  for (const a of seedStory()) openStory.setArticle(a.file, a.text);
  for (const f of openStory.files()) openStory.crossReference(f);
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  for (let r = 0; r < runs; r++) {
    if (r === 1) await post('Profiler.start');
    const t0 = performance.now();
    const story = new StoryIndex();
    for (const a of articles) story.setArticle(a.file, a.text);
    const t1 = performance.now();
    if (!analysisOnly) for (const a of articles) story.crossReference(a.file);
    console.log(`run ${r}: analyse ${(t1 - t0).toFixed(0)} ms, cross-reference ${(performance.now() - t1).toFixed(0)} ms`);
  }
  if (runs < 2) return;
  const { profile } = await post('Profiler.stop');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `steady-${Date.now()}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`profile of runs 1–${runs - 1}: ${file} (${openStory.files().length} articles held open)`);
}
void main();
