// CLEF-2019 CheckThat! Task 1 (check-worthiness ranking in debates and speeches), official test split.
// Every sentence is scored by the engine's scorer (scoreSentence, rules included) on its own — no speaker,
// no neighbouring sentences, since an article gives neither — then ranked per debate and measured as the
// lab's scorer does (see scripts/lib/rankingMetrics.ts). The model never saw these debates.
import { scoreSentence, modelScore } from '../../src/core/claims/checkworthiness';
import type { Sentence } from '../../src/core/model';
import { lineSentence } from '../../src/core/nlp/lineSentence';
import { CLEF2019_DEBATES, readClef2019 } from '../lib/labelledSentences';
import { averagePrecision, precisionAt, rankedLabels, reciprocalRank, rPrecision } from '../lib/rankingMetrics';

export const name = 'checkthat2019';
export const aliases = ['clef2019'];

type Row = [string, number, number, number, number, number, number, number];
/**
 * Published primary-run results on this test set (MAP, RR, R-P, P@1, P@5, P@10, P@20), copied from the
 * "Evaluation Results" table of github.com/apepa/clef2019-factchecking-task1 (README, v2.0, 13 May 2019;
 * also Atanasova et al., CLEF 2019 Working Notes, CEUR-WS vol. 2380) via
 * /work/shared/eval/clef2019_checkthat_task1/README.md. Reference figures, not targets to fit.
 */
const PUBLISHED: Row[] = [
  ['Copenhagen (best primary)', 0.166, 0.4176, 0.1387, 0.2857, 0.2571, 0.2286, 0.1571],
  ['TheEarthIsFlat', 0.1597, 0.1953, 0.2052, 0.0, 0.2286, 0.2143, 0.1857],
  ['IPIPAN', 0.1332, 0.2864, 0.1481, 0.1429, 0.1429, 0.1714, 0.15],
  ['Terrier', 0.1263, 0.3253, 0.1088, 0.2857, 0.2, 0.2, 0.1286],
  ['UAICS', 0.1234, 0.465, 0.146, 0.4286, 0.2286, 0.2429, 0.1429],
  ['Fire (last primary)', 0.0528, 0.1365, 0.057, 0.0, 0.0571, 0.0429, 0.05],
];

function measure(label: string, scorer: (s: Sentence) => number, sentences: Sentence[], labels: (0 | 1)[], groups: string[]): Row {
  const sums = [0, 0, 0, 0, 0, 0, 0];
  for (const debate of CLEF2019_DEBATES) {
    const idx = groups.map((g, i) => (g === debate ? i : -1)).filter((i) => i >= 0);
    const ranked = rankedLabels(idx.map((i) => scorer(sentences[i])), idx.map((i) => labels[i]));
    const m = [averagePrecision(ranked), reciprocalRank(ranked), rPrecision(ranked), ...[1, 5, 10, 20].map((k) => precisionAt(ranked, k))];
    m.forEach((v, j) => (sums[j] += v));
  }
  const n = CLEF2019_DEBATES.length;
  return [label, ...(sums.map((s) => s / n) as [number, number, number, number, number, number, number])];
}

function printTable(rows: Row[]): void {
  const head = ['run', 'MAP', 'RR', 'R-P', 'P@1', 'P@5', 'P@10', 'P@20'];
  const w = Math.max(...rows.map((r) => r[0].length), 10);
  console.log(head[0].padEnd(w) + head.slice(1).map((h) => h.padStart(8)).join(''));
  for (const [label, ...v] of rows) console.log(label.padEnd(w) + v.map((x) => x.toFixed(4).padStart(8)).join(''));
}

export async function run(): Promise<void> {
  const lines = readClef2019();
  const sentences = lines.map((l, i) => lineSentence(l.text, i));
  const labels = lines.map((l) => l.label);
  const groups = lines.map((l) => l.group ?? '');
  console.log(`${lines.length} sentences in ${CLEF2019_DEBATES.length} debates, ${labels.filter((l) => l === 1).length} check-worthy`);
  const ours = measure('Crosscheck scoreSentence', scoreSentence, sentences, labels, groups);
  const modelOnly = measure('  (learned model, no rules)', modelScore, sentences, labels, groups);
  printTable([ours, modelOnly, ...PUBLISHED]);
  console.log('Per-debate means, as the lab computed them. Published rows: official primary runs (lab README).');
}
