// Prints every article's analysis in full (each sentence with its tokens, entities and block; each claim with its
// facts), to check that an optimisation of the reading of an article changes nothing a later stage could read.
// snapshot.ts prints only the sentences' spans and scores and what the cross-reference says.
//   npx tsx scripts/bench/snapshotAnalysis.ts [--fnc N] [--markdown] > before.json   (and after)   then cmp
// `--markdown`: the FNC-1 bodies read as Markdown files too (the seed story has both formats).
import { basename } from 'node:path';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { fncBodies, seedStory } from './corpus';

const at = process.argv.indexOf('--fnc');
const articles = at > 0 ? fncBodies().slice(0, Number(process.argv[at + 1])) : seedStory();
const formats = process.argv.includes('--markdown') ? (['plaintext', 'markdown'] as const) : ([undefined] as const);
for (const a of articles) {
  for (const format of formats) {
    const analysis = analyzeArticle(a.file, a.text, { format });
    const { sentences, claims } = analysis;
    process.stdout.write(JSON.stringify({ file: basename(a.file), format: analysis.format, sentences, claims }) + '\n');
  }
}
