// What an edit costs `analyzeArticle` with and without the analysis of the text before it (`previous`, which
// re-reads only the blocks whose prose changed): one-word edits at 9 places of a ~200,000-character article made
// of FNC-1 bodies, median CPU time of each.   npx tsx scripts/bench/analyzeEdit.ts
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { fncBodies } from './corpus';

let long = '';
for (const b of fncBodies()) {
  if (long.length > 200_000) break;
  long += b.text + '\n\n';
}
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
let previous = analyzeArticle('long.txt', long);
const fresh: number[] = [];
const reused: number[] = [];
for (let r = 0; r < 9; r++) {
  const at = long.indexOf(' the ', 1000 + r * 20_000);
  const text = long.slice(0, at) + ' a ' + long.slice(at + 5);
  let t0 = cpuMs();
  analyzeArticle('long.txt', text);
  fresh.push(cpuMs() - t0);
  t0 = cpuMs();
  previous = analyzeArticle('long.txt', text, { previous });
  reused.push(cpuMs() - t0);
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1].toFixed(1);
console.log(`${long.length} characters: a one-word edit costs ${median(fresh)} ms fresh, ${median(reused)} ms with the previous analysis (CPU, median of 9)`);
