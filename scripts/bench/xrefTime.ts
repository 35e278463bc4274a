// CPU time of the cross-referencing phase alone: `npx tsx scripts/bench/xrefTime.ts [N] [runs]` builds a fresh
// StoryIndex of the first N FNC-1 bodies (default 100) `runs` times (default 9), then cross-references every
// article, and prints the median CPU time (process.cpuUsage: less swayed by other jobs than wall time) of
// each phase over the runs after the first (the warm-up). For comparing two versions of the index in turn.
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies } from './corpus';

const n = Number(process.argv[2] ?? 100);
const runs = Number(process.argv[3] ?? 9);
const articles = fncBodies().slice(0, n);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const analyse: number[] = [];
const xref: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = cpu();
  const story = new StoryIndex();
  for (const a of articles) story.setArticle(a.file, a.text);
  const t1 = cpu();
  for (const a of articles) story.crossReference(a.file);
  const t2 = cpu();
  if (r > 0) (analyse.push(t1 - t0), xref.push(t2 - t1));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${n} articles, ${runs - 1} runs: analyse ${median(analyse).toFixed(0)} ms, cross-reference ${median(xref).toFixed(0)} ms (CPU, median; min ${Math.min(...xref).toFixed(0)})`);
