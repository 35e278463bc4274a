// Trains the check-worthiness model (src/core/claims/checkworthinessModel.json): L2 logistic regression over
// the features of src/core/claims/features.ts, on ClaimBuster 2.5xNCS (CFS = 1) minus every sentence that
// is also in a test set we report on (ClaimBuster disjoint2000 by id and by text, CLEF-2019 test by text).
// Deterministic: fixed fold assignment from a seeded PRNG and full-batch L-BFGS from zero.
//   npx tsx scripts/train-checkworthiness.ts     (or: npm run train)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { featuresOf, featureValue } from '../src/core/claims/features';
import { fitLogistic, predict, type LogisticModel, type SparseExample } from './lib/logisticRegression';
import { evalDir } from './lib/evalData';
import {
  readClaimbusterDisjoint2000,
  readClaimbusterTwoClass,
  readClef2019,
  textKey,
} from './lib/labelledSentences';
import { lineSentence } from '../src/core/nlp/lineSentence';
import { averagePrecision, prfAt, rankedLabels } from './lib/rankingMetrics';

const SEED = 20190513;
const FOLDS = 5;
/** Features seen in fewer training sentences than this are noise (and would bloat the model). */
const MIN_COUNT = 3;
/** The model ships with the strongest this-many features. */
const KEEP_FEATURES = 3000;
const LAMBDAS = [0.3, 1, 3, 10];
const OUT = resolve(__dirname, '../src/core/claims/checkworthinessModel.json');

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function encode(featureSets: string[][], labels: (0 | 1)[], index: Map<string, number>): SparseExample[] {
  return featureSets.map((names, i) => {
    const ids = new Set<number>();
    for (const n of names) {
      const id = index.get(n);
      if (id !== undefined) ids.add(id);
    }
    // The value depends on all the sentence's features, known or not, exactly as at runtime.
    return { features: Int32Array.from([...ids].sort((a, b) => a - b)), value: featureValue(names.length), label: labels[i] };
  });
}

function main(): void {
  const started = Date.now();
  console.log(`eval data: ${evalDir()}`);
  const all = readClaimbusterTwoClass();
  const disjoint = readClaimbusterDisjoint2000();
  const clef = readClef2019();
  const heldOutIds = new Set(disjoint.map((x) => x.id));
  const heldOutTexts = new Set([...disjoint, ...clef].map((x) => textKey(x.text)));
  const byId = all.filter((x) => !heldOutIds.has(x.id));
  const train = byId.filter((x) => !heldOutTexts.has(textKey(x.text)));
  console.log(
    `ClaimBuster 2.5xNCS: ${all.length} sentences; minus ${all.length - byId.length} whose id is in disjoint2000, ` +
      `minus ${byId.length - train.length} whose text is in disjoint2000 or CLEF-2019 test -> ${train.length} ` +
      `(${train.filter((x) => x.label === 1).length} CFS)`,
  );

  const featureSets = train.map((x, i) => featuresOf(lineSentence(x.text, i)));
  const labels = train.map((x) => x.label);
  const counts = new Map<string, number>();
  for (const names of featureSets) for (const n of new Set(names)) counts.set(n, (counts.get(n) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([n]) => n).sort();
  const index = new Map(vocabulary.map((n, i) => [n, i]));
  console.log(`features: ${counts.size} distinct, ${vocabulary.length} seen in >= ${MIN_COUNT} sentences`);
  const data = encode(featureSets, labels, index);

  // Choose the L2 strength by cross-validated average precision on the training set only.
  const random = mulberry32(SEED);
  const fold = data.map(() => Math.floor(random() * FOLDS));
  let best = { lambda: LAMBDAS[0], ap: -1 };
  for (const lambda of LAMBDAS) {
    const scores = new Array<number>(data.length);
    for (let k = 0; k < FOLDS; k++) {
      const model = fitLogistic(data.filter((_, i) => fold[i] !== k), vocabulary.length, lambda);
      data.forEach((ex, i) => {
        if (fold[i] === k) scores[i] = predict(model, ex);
      });
    }
    const ap = averagePrecision(rankedLabels(scores, labels));
    const { precision, recall, f1 } = prfAt(scores, labels, 0.5);
    console.log(`  ${FOLDS}-fold CV, lambda ${lambda}: AP ${ap.toFixed(4)}, P/R/F1 @0.5 ${precision.toFixed(3)}/${recall.toFixed(3)}/${f1.toFixed(3)}`);
    if (ap > best.ap) best = { lambda, ap };
  }
  console.log(`chosen lambda ${best.lambda}`);

  // Fit on everything, keep the strongest features, refit on those alone so the kept weights compensate.
  const full = fitLogistic(data, vocabulary.length, best.lambda);
  const kept = vocabulary
    .map((n, i) => ({ n, w: Math.abs(full.weights[i]) }))
    .sort((a, b) => b.w - a.w || (a.n < b.n ? -1 : 1))
    .slice(0, KEEP_FEATURES)
    .map((x) => x.n)
    .sort();
  const keptIndex = new Map(kept.map((n, i) => [n, i]));
  const pruned: LogisticModel = fitLogistic(encode(featureSets, labels, keptIndex), kept.length, best.lambda);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  kept.forEach((n, i) => {
    const w = round(pruned.weights[i]);
    if (w !== 0) weights[n] = w;
  });
  const out = {
    about:
      'Check-worthiness model for src/core/claims/checkworthiness.ts. Generated by scripts/train-checkworthiness.ts; do not edit.',
    trainedOn: `ClaimBuster 2.5xNCS minus disjoint2000 and CLEF-2019 test overlap: ${train.length} sentences`,
    lambda: best.lambda,
    cvAveragePrecision: round(best.ap),
    bias: round(pruned.bias),
    weights,
  };
  const json = JSON.stringify(out);
  writeFileSync(OUT, json + '\n');
  const strongest = Object.entries(weights).sort((a, b) => b[1] - a[1]);
  console.log(`wrote ${OUT}: ${Object.keys(weights).length} features, ${(json.length / 1024).toFixed(1)} KB`);
  console.log('most check-worthy:', strongest.slice(0, 15).map(([n, w]) => `${n} ${w}`).join(', '));
  console.log('least check-worthy:', strongest.slice(-15).map(([n, w]) => `${n} ${w}`).join(', '));
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
