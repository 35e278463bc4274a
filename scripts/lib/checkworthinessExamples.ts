// The check-worthiness training examples as the logistic regression reads them, and the threshold search:
// shared by the training script and the variant experiments, so both count features as the scorer does.
import { countsOnce, featureValue } from '../../src/core/claims/features';
import type { SparseExample } from './logisticRegression';
import { prfAt } from './rankingMetrics';

export function encode(featureSets: string[][], labels: (0 | 1)[], index: Map<string, number>): SparseExample[] {
  return featureSets.map((names, i) => {
    const once = new Set<number>();
    const repeated: number[] = [];
    for (const n of names) {
      const id = index.get(n);
      if (id === undefined) continue;
      // as the scorer counts them: most features once, character n-grams once per distinct word (features.ts)
      if (countsOnce(n)) once.add(id);
      else repeated.push(id);
    }
    // The value depends on all the sentence's features, known or not, exactly as at runtime.
    const ids = [...once, ...repeated].sort((a, b) => a - b);
    return { features: Int32Array.from(ids), value: featureValue(names.length), label: labels[i] };
  });
}

export function bestThreshold(scores: number[], labels: (0 | 1)[], thresholds: number[]): { threshold: number; f1: number } {
  let best = { threshold: thresholds[0], f1: -1 };
  for (const t of thresholds) {
    const { f1 } = prfAt(scores, labels, t);
    if (f1 > best.f1 + 1e-12) best = { threshold: t, f1 };
  }
  return best;
}
