// Like snapshot.ts, but through the incremental paths a session takes: every article cross-referenced, then
// edits (a word replaced in some articles), removals, a dismissal and a re-added article, and every article
// cross-referenced again. Its output must not change with an optimisation of the index or its caches. (`--fresh`
// indexes the final texts at once: the same but for the order of equal-scored hits, which follows the order
// in which claims entered the index.)
//   npx tsx scripts/bench/snapshotEdits.ts [--fnc N] > before.json   (and after the change)   then diff
import { basename } from 'node:path';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies, seedStory } from './corpus';

const at = process.argv.indexOf('--fnc');
const fresh = process.argv.includes('--fresh');
const articles = at > 0 ? fncBodies().slice(0, Number(process.argv[at + 1])) : seedStory();
const edited = (text: string) => text.replace(/\bthe\b/, 'a');
// the final story: every 4th article edited, every 9th (after the first) removed, the 7th removed and added back
const finalText = (k: number, text: string) => (k % 4 === 1 ? edited(text) : text);
const kept = (k: number) => !(k > 0 && k % 9 === 0);
const dismissedFile = articles[Math.min(2, articles.length - 1)].file;

const story = new StoryIndex();
if (fresh) {
  articles.forEach((a, k) => kept(k) && story.setArticle(a.file, finalText(k, a.text)));
} else {
  for (const a of articles) story.setArticle(a.file, a.text);
  for (const a of articles) story.crossReference(a.file);
  articles.forEach((a, k) => {
    if (k % 4 === 1) {
      story.setArticle(a.file, finalText(k, a.text));
      story.crossReference(articles[(k + 1) % articles.length].file);
    }
    if (!kept(k)) story.removeArticle(a.file);
  });
  const seventh = articles[Math.min(7, articles.length - 1)];
  story.removeArticle(seventh.file);
  for (const a of articles.slice(0, 3)) story.crossReference(a.file);
  story.setArticle(seventh.file, finalText(articles.indexOf(seventh), seventh.text));
}
// a dismissal, then taken back: the index must be as before it
const first = story.analysis(dismissedFile)?.claims[0];
if (first) {
  story.setDismissed(dismissedFile, new Set([first.id]));
  if (!fresh) for (const a of articles.slice(0, 5)) story.crossReference(a.file);
  story.setDismissed(dismissedFile, new Set());
}
const out: Record<string, unknown> = {};
for (const a of articles) {
  if (!story.has(a.file)) continue;
  out[basename(a.file)] = story.crossReference(a.file).map((r) => ({ ...r, crossRefs: r.crossRefs.map((c) => ({ ...c, file: basename(c.file) })) }));
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
