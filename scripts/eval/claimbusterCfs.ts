// ClaimBuster "disjoint 2000" (debate sentences, three classes): CFS = check-worthy (positive) against
// NFS + UFS. Precision/recall/F1 at DEFAULT_CLAIM_THRESHOLD and average precision of the ranking. The
// training script removes every sentence of this set from its training data (by id and by text).
import { DEFAULT_CLAIM_THRESHOLD, modelScore, scoreSentence } from '../../src/core/claims/checkworthiness';
import type { Sentence } from '../../src/core/model';
import { lineSentence } from '../../src/core/nlp/lineSentence';
import { readClaimbusterDisjoint2000 } from '../lib/labelledSentences';
import { averagePrecision, prfAt, rankedLabels } from '../lib/rankingMetrics';

export const name = 'claimbuster';
export const aliases = ['claimbusterCfs'];

export async function run(): Promise<void> {
  const lines = readClaimbusterDisjoint2000();
  const sentences = lines.map((l, i) => lineSentence(l.text, i));
  const labels = lines.map((l) => l.label);
  console.log(`${lines.length} sentences, ${labels.filter((l) => l === 1).length} CFS; threshold ${DEFAULT_CLAIM_THRESHOLD}`);
  console.log('scorer'.padEnd(30) + ['P', 'R', 'F1', 'AP', 'TP', 'FP', 'FN'].map((h) => h.padStart(8)).join(''));
  const row = (label: string, scorer: (s: Sentence) => number) => {
    const scores = sentences.map(scorer);
    const m = prfAt(scores, labels, DEFAULT_CLAIM_THRESHOLD);
    const ap = averagePrecision(rankedLabels(scores, labels));
    console.log(
      label.padEnd(30) +
        [m.precision, m.recall, m.f1, ap].map((x) => x.toFixed(4).padStart(8)).join('') +
        [m.tp, m.fp, m.fn].map((x) => String(x).padStart(8)).join(''),
    );
  };
  row('Crosscheck scoreSentence', scoreSentence);
  row('  (learned model, no rules)', modelScore);
  console.log('No peer-reviewed figure exists for this split (see claimbuster/README.md); CV AP on the training set is in the model file.');
}
