// The profile behind the bench: `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile.ts [N] [runs]`
// runs the cold full analysis of the first N FNC-1 bodies (default 100) `runs` times; then
// `node scripts/bench/topOfProfile.mjs /tmp/prof/*.cpuprofile` lists the functions and files with most self time.
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies } from './corpus';

const n = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 3);
const articles = fncBodies().slice(0, n);
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const story = new StoryIndex();
  for (const a of articles) story.setArticle(a.file, a.text);
  const t1 = performance.now();
  for (const a of articles) story.crossReference(a.file);
  console.log(`run ${r}: analyse ${(t1 - t0).toFixed(0)} ms, cross-reference ${(performance.now() - t1).toFixed(0)} ms`);
}
