// CLEF-2024 CheckThat! Task 1 English (check-worthiness of debate sentences), dev-test split: F1 of the
// "Yes" class at DEFAULT_CLAIM_THRESHOLD, the lab's official measure. The model is trained on the train split
// (minus every sentence also in dev or dev-test) and tuned on dev: the L2 strength, its calibration and the
// threshold. Dev figures are printed for reference (tuned there, so not a measure), with the reliability table
// the calibration is judged by. The official test split is not in ../shared/eval, on purpose.
import { DEFAULT_CLAIM_THRESHOLD, modelScore, scoreSentence } from '../../src/core/claims/checkworthiness';
import type { Sentence } from '../../src/core/model';
import { lineSentence } from '../../src/core/nlp/lineSentence';
import { readCt24, type Ct24Split } from '../lib/labelledSentences';
import { averagePrecision, prfAt, rankedLabels } from '../lib/rankingMetrics';
import { printReliability, reliabilityBins } from '../lib/reliability';

export const name = 'checkthat2024';
export const aliases = ['clef2024', 'ct24'];

/** The reference rule of issue 14: a sentence with a number or a capitalised word after the first is check-worthy. */
function numberOrCapital(s: Sentence): number {
  return s.tokens.some((t, i) => t.kind === 'number' || t.pos === 'NUM' || (i > 0 && t.kind === 'word' && /^[A-Z]/.test(t.text))) ? 1 : 0;
}

export async function run(): Promise<void> {
  const splits: Ct24Split[] = ['dev-test', 'dev'];
  console.log(`threshold ${DEFAULT_CLAIM_THRESHOLD} (DEFAULT_CLAIM_THRESHOLD, best F1 on dev)`);
  console.log('split     scorer'.padEnd(40) + ['P', 'R', 'F1', 'AP', 'TP', 'FP', 'FN'].map((h) => h.padStart(8)).join(''));
  const scored = new Map<Ct24Split, { scores: number[]; labels: (0 | 1)[] }>();
  for (const split of splits) {
    const lines = readCt24(split);
    const sentences = lines.map((l, i) => lineSentence(l.text, i));
    const labels = lines.map((l) => l.label);
    const row = (label: string, scorer: (s: Sentence) => number, threshold = DEFAULT_CLAIM_THRESHOLD) => {
      const scores = sentences.map(scorer);
      const m = prfAt(scores, labels, threshold);
      const ap = averagePrecision(rankedLabels(scores, labels));
      console.log(
        `${split.padEnd(10)}${label}`.padEnd(40) +
          [m.precision, m.recall, m.f1, ap].map((x) => x.toFixed(4).padStart(8)).join('') +
          [m.tp, m.fp, m.fn].map((x) => String(x).padStart(8)).join(''),
      );
      return scores;
    };
    scored.set(split, { scores: row('Crosscheck scoreSentence', scoreSentence), labels });
    row('  (learned model, no rules)', modelScore);
    row('  number or capitalised word', numberOrCapital, 0.5);
    if (split === 'dev-test') console.log(`${lines.length} sentences, ${labels.filter((l) => l === 1).length} Yes`);
  }
  console.log('Published (official test split, not dev-test): 1st ≈ 0.80 F1; HYBRINFOX 0.711, 12th of 27 (lab overview).');
  for (const split of ['dev', 'dev-test'] as const) {
    const s = scored.get(split)!;
    printReliability(`\nreliability of scoreSentence on CLEF-2024 ${split}${split === 'dev' ? ' (calibrated here)' : ' (held out)'}:`, reliabilityBins(s.scores, s.labels));
  }
}
