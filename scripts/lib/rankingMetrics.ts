// Ranking and classification measures, computed the way the CLEF-2019 CheckThat! Task 1 scorer does
// (scorer/main.py in github.com/apepa/clef2019-factchecking-task1): sort by score descending, ties kept in
// line order (Python's sort is stable), AP divides by the number of positives.

/** Labels (1 = positive) in the order of a ranking by descending score; ties keep input order. */
export function rankedLabels(scores: number[], labels: (0 | 1)[]): (0 | 1)[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  return order.map((i) => labels[i]);
}

export function averagePrecision(ranked: (0 | 1)[]): number {
  const positives = ranked.reduce<number>((n, l) => n + l, 0);
  if (positives === 0) return 0;
  let hits = 0;
  let sum = 0;
  ranked.forEach((l, i) => {
    if (l === 1) sum += ++hits / (i + 1);
  });
  return sum / positives;
}

export function reciprocalRank(ranked: (0 | 1)[]): number {
  const i = ranked.indexOf(1);
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Precision among the first k (k larger than the list counts the missing places as misses, as the lab did). */
export function precisionAt(ranked: (0 | 1)[], k: number): number {
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) hits += ranked[i];
  return hits / k;
}

/** Precision at R, R = number of positives. */
export function rPrecision(ranked: (0 | 1)[]): number {
  const r = ranked.reduce<number>((n, l) => n + l, 0);
  return r === 0 ? 0 : precisionAt(ranked, r);
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prfAt(scores: number[], labels: (0 | 1)[], threshold: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    const predicted = s >= threshold;
    if (predicted && labels[i] === 1) tp++;
    else if (predicted) fp++;
    else if (labels[i] === 1) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}
