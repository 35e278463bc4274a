// CPU time of the cross-referencing phase alone: `npx tsx scripts/bench/xrefTime.ts [N] [runs]` builds a fresh
// StoryIndex of the first N FNC-1 bodies (default 100) `runs` times (default 9), then cross-references every
// article, and prints the median CPU time (process.cpuUsage: less swayed by other jobs than wall time) of
// each phase over the runs after the first (the warm-up). For comparing two versions of the index in turn.
// `--edit`: then, in the last story, an edit as the editor makes it (a sentence added to one article, a
// different article and sentence each time, 30 times) and the re-cross-reference of every article after each,
// median CPU time over the edits after the first four.
// `--editor`: relations() instead of crossReference(), as the editor reads a story (the mentions of a claim
// nothing relates to are asked when a card shows it); for commits that have it.
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies } from './corpus';

const args = process.argv.slice(2);
const edit = args.includes('--edit') ? (args.splice(args.indexOf('--edit'), 1), true) : false;
const editor = args.includes('--editor') ? (args.splice(args.indexOf('--editor'), 1), true) : false;
const n = Number(args[0] ?? 100);
const runs = Number(args[1] ?? 9);
const articles = fncBodies().slice(0, n);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const xref = (story: StoryIndex, file: string) => (editor ? story.relations(file) : story.crossReference(file));
const analyse: number[] = [];
const crossing: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = cpu();
  const story = new StoryIndex();
  for (const a of articles) story.setArticle(a.file, a.text);
  const t1 = cpu();
  for (const a of articles) xref(story, a.file);
  const t2 = cpu();
  if (r > 0) (analyse.push(t1 - t0), crossing.push(t2 - t1));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${n} articles, ${runs - 1} runs: analyse ${median(analyse).toFixed(0)} ms, cross-reference ${median(crossing).toFixed(0)} ms (CPU, median; min ${Math.min(...crossing).toFixed(0)})`);
if (edit) {
  const story = new StoryIndex();
  for (const a of articles) story.setArticle(a.file, a.text);
  for (const a of articles) xref(story, a.file);
  const again: number[] = [];
  for (let e = 0; e < 30; e++) {
    const a = articles[(e * 7) % articles.length];
    story.setArticle(a.file, `${a.text} Officials said ${e + 2} people were hurt.`);
    const t0 = cpu();
    for (const b of articles) xref(story, b.file);
    if (e >= 4) again.push(cpu() - t0);
  }
  console.log(`after an edit: re-cross-reference ${median(again).toFixed(1)} ms (CPU, median of ${again.length} edits; min ${Math.min(...again).toFixed(1)})`);
}
