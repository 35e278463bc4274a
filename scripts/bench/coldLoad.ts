// One cold load of the first N FNC-1 bodies in a fresh process, on one thread or two (the reading thread started
// cold, as at the first story a session opens): what `npm run bench` cannot show, its second-thread rows being
// measured with a thread kept warm from one load to the next. Run each way in its own process, alternating:
//   node scripts/bench/bundled.mjs scripts/bench/coldLoad.ts one|two N
import { isWinkReaderThread, serveWinkReads } from '../../src/node/winkReaderThread';
import { READ_AHEAD_ARTICLES } from '../../src/core/readAhead';
import { wink } from '../../src/core/nlp/wink';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies } from './corpus';
import { loadOnTwoThreads } from './twoThreads';
async function main() {
  const [mode, n] = [process.argv[2], Number(process.argv[3])];
  const articles = fncBodies().slice(0, n);
  wink();
  const t0 = performance.now();
  if (mode === 'two') await loadOnTwoThreads(articles, __filename);
  else { const s = new StoryIndex(); articles.forEach((a, k) => { if (k % READ_AHEAD_ARTICLES === 0) s.readAhead(articles.slice(k, k + READ_AHEAD_ARTICLES)); s.setArticle(a.file, a.text); }); for (const a of articles) s.relations(a.file); }
  console.log(`${mode} ${n}: ${(performance.now() - t0).toFixed(0)} ms`);
}
if (isWinkReaderThread()) serveWinkReads(); else main().then(() => process.exit(0));
