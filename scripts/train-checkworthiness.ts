// Trains the check-worthiness model (src/core/claims/checkworthinessModel.json): L2 logistic regression over
// the features of src/core/claims/features.ts, on CLEF-2024 CheckThat! Task 1 English train plus ClaimBuster
// 2.5xNCS, minus every sentence that is also in a set we tune or report on (scripts/lib/checkworthinessData.ts).
// Tuned on CLEF-2024 dev only: the L2 strength, then a Platt calibration folded into the weights (so a score
// of 0.7 means "check-worthy about 70 % of the time" on dev), then the default threshold (best F1 on dev).
// Deterministic: full-batch L-BFGS from zero, sorted feature names, rounded weights.
//   npm run train     (about a minute on 2 cores)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { featuresOf } from '../src/core/claims/features';
import { lineSentence } from '../src/core/nlp/lineSentence';
import { trainingSet } from './lib/checkworthinessData';
import { bestThreshold, encode } from './lib/checkworthinessExamples';
import { readCt24 } from './lib/labelledSentences';
import { fitLogistic, predict, type LogisticModel } from './lib/logisticRegression';
import { fitPlatt } from './lib/platt';
import { averagePrecision, prfAt, rankedLabels } from './lib/rankingMetrics';

/** Features seen in fewer training sentences than this are noise (and would bloat the model). */
const MIN_COUNT = 3;
/** The model ships with the strongest this-many features (the model file stays ~100 KB). */
const KEEP_FEATURES = 5000;
const LAMBDAS = [1, 3, 10];
/** Thresholds tried on dev for the default; a round number is easier to document and to remember. */
const THRESHOLDS = Array.from({ length: 13 }, (_, i) => 0.2 + 0.05 * i);
/** Weights are stored to this many decimals. */
const DECIMALS = 4;
const OUT = resolve(__dirname, '../src/core/claims/checkworthinessModel.json');

function main(): void {
  const started = Date.now();
  const train = trainingSet();
  for (const line of train.report) console.log(line);
  const dev = readCt24('dev');
  const featureSets = train.lines.map((x, i) => featuresOf(lineSentence(x.text, i)));
  const labels = train.lines.map((x) => x.label);
  const devSets = dev.map((x, i) => featuresOf(lineSentence(x.text, i)));
  const devLabels = dev.map((x) => x.label);
  const counts = new Map<string, number>();
  for (const names of featureSets) for (const n of new Set(names)) counts.set(n, (counts.get(n) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([n]) => n).sort();
  const index = new Map(vocabulary.map((n, i) => [n, i]));
  console.log(`${train.lines.length} training sentences; features: ${counts.size} distinct, ${vocabulary.length} seen in >= ${MIN_COUNT} sentences`);
  const data = encode(featureSets, labels, index);
  const devData = encode(devSets, devLabels, index);

  // The L2 strength: best F1 on CLEF-2024 dev (at the best threshold), ties to the better average precision.
  let best = { lambda: LAMBDAS[0], f1: -1, ap: -1 };
  for (const lambda of LAMBDAS) {
    const model = fitLogistic(data, vocabulary.length, lambda);
    const scores = devData.map((ex) => predict(model, ex));
    const ap = averagePrecision(rankedLabels(scores, devLabels));
    const { f1, threshold } = bestThreshold(scores, devLabels, Array.from({ length: 81 }, (_, i) => 0.1 + 0.01 * i));
    console.log(`  lambda ${lambda}: dev AP ${ap.toFixed(4)}, best F1 ${f1.toFixed(4)} at ${threshold.toFixed(2)}`);
    if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && ap > best.ap)) best = { lambda, f1, ap };
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
  const devPruned = encode(devSets, devLabels, keptIndex);

  // Platt scaling on dev: p = σ(a·z + b) for the pruned model's logit z. The logit is bias + v·Σw, so the
  // calibration folds into the model: bias' = a·bias + b, w' = a·w. Nothing changes at runtime.
  const devLogits = devPruned.map((ex) => {
    let z = 0;
    for (let k = 0; k < ex.features.length; k++) z += pruned.weights[ex.features[k]];
    return pruned.bias + ex.value * z;
  });
  const platt = fitPlatt(devLogits, devLabels);
  console.log(`Platt calibration on dev: a ${platt.a.toFixed(4)}, b ${platt.b.toFixed(4)}`);
  const round = (x: number) => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;
  const calibrated: LogisticModel = {
    bias: round(platt.a * pruned.bias + platt.b),
    weights: pruned.weights.map((w) => round(platt.a * w)),
  };
  const devScores = devPruned.map((ex) => predict(calibrated, ex));
  const { threshold, f1 } = bestThreshold(devScores, devLabels, THRESHOLDS);
  const atThreshold = prfAt(devScores, devLabels, threshold);
  console.log(
    `default threshold ${threshold.toFixed(2)}: dev P/R/F1 ${atThreshold.precision.toFixed(3)}/${atThreshold.recall.toFixed(3)}/${f1.toFixed(3)}, ` +
      `AP ${averagePrecision(rankedLabels(devScores, devLabels)).toFixed(4)}`,
  );

  const weights: Record<string, number> = {};
  kept.forEach((n, i) => {
    if (calibrated.weights[i] !== 0) weights[n] = calibrated.weights[i];
  });
  const out = {
    about:
      'Check-worthiness model for src/core/claims/checkworthiness.ts. Generated by scripts/train-checkworthiness.ts (npm run train); do not edit.',
    trainedOn: `CLEF-2024 CheckThat! Task 1 English train + ClaimBuster 2.5xNCS, minus every sentence of CLEF-2024 dev/dev-test, CLEF-2019 test and ClaimBuster disjoint2000: ${train.lines.length} sentences`,
    tunedOn: `CLEF-2024 dev (${dev.length} sentences): lambda, Platt calibration (folded into bias and weights), threshold`,
    lambda: best.lambda,
    platt: { a: round(platt.a), b: round(platt.b) },
    threshold: round(threshold),
    devF1: round(f1),
    bias: calibrated.bias,
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
