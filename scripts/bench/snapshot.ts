// Prints everything a StoryIndex says about a story (claims, facts, statuses, cross-references) as JSON, to
// check that an optimisation of the engine changes no result:
//   npx tsx scripts/bench/snapshot.ts > before.json   (and after the change)   then diff
// Default: the seed story (samples/story). `--fnc N`: the first N FNC-1 bodies by Body ID. `--read-ahead`: the
// articles read ahead READ_AHEAD_ARTICLES at a time, as the analysis worker loads a story (the same output).
import { basename } from 'node:path';
import { READ_AHEAD_ARTICLES } from '../../src/core/readAhead';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies, seedStory } from './corpus';

const at = process.argv.indexOf('--fnc');
const articles = at > 0 ? fncBodies().slice(0, Number(process.argv[at + 1])) : seedStory();
const story = new StoryIndex();
const readAhead = process.argv.includes('--read-ahead');
articles.forEach((a, k) => {
  if (readAhead && k % READ_AHEAD_ARTICLES === 0) story.readAhead(articles.slice(k, k + READ_AHEAD_ARTICLES));
  story.setArticle(a.file, a.text);
});
if (readAhead && story.readAheadWaiting) throw new Error(`${story.readAheadWaiting} articles read ahead were not taken`);
const out: Record<string, unknown> = {};
for (const a of articles) {
  const analysis = story.analysis(a.file)!;
  out[basename(a.file)] = {
    sentences: analysis.sentences.map((s) => [s.sentence.span.start, s.sentence.span.end, Math.round(s.score * 1e6) / 1e6]),
    reports: story.crossReference(a.file).map((r) => ({ ...r, crossRefs: r.crossRefs.map((c) => ({ ...c, file: basename(c.file) })) })),
  };
}
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
