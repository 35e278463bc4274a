// L2-regularised logistic regression over binary sparse features, fitted by full-batch L-BFGS.
// Full batch + a fixed starting point (all zeros) makes training exactly reproducible: no sampling order.
import { minimise } from './lbfgs';

/** One example: the indices of its active features (an index listed twice counts twice), the value they all take, and its label. */
export interface SparseExample {
  features: Int32Array;
  /** the value of every active feature (binary features scaled per example; see features.ts `featureValue`) */
  value: number;
  label: 0 | 1;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predict(model: LogisticModel, example: SparseExample): number {
  let z = 0;
  for (let k = 0; k < example.features.length; k++) z += model.weights[example.features[k]];
  return sigmoid(model.bias + example.value * z);
}

/** Mean log-loss + (lambda / 2n)·|w|² and its gradient; x[0] is the (unregularised) bias. */
function lossAndGradient(x: Float64Array, data: SparseExample[], lambda: number, grad: Float64Array): number {
  grad.fill(0);
  const n = data.length;
  let loss = 0;
  for (const ex of data) {
    let sum = 0;
    for (let k = 0; k < ex.features.length; k++) sum += x[ex.features[k] + 1];
    const z = x[0] + ex.value * sum;
    // log(1 + e^z) - y·z, computed stably
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - ex.label * z;
    const g = (sigmoid(z) - ex.label) / n;
    grad[0] += g;
    const gv = g * ex.value;
    for (let k = 0; k < ex.features.length; k++) grad[ex.features[k] + 1] += gv;
  }
  loss /= n;
  for (let j = 1; j < x.length; j++) {
    loss += (lambda / (2 * n)) * x[j] * x[j];
    grad[j] += (lambda / n) * x[j];
  }
  return loss;
}

/** Fits the model; `lambda` is the L2 strength in units of examples (as in liblinear's 1/C). */
export function fitLogistic(data: SparseExample[], featureCount: number, lambda: number, maxIterations = 300): LogisticModel {
  const x = minimise((w, grad) => lossAndGradient(w, data, lambda, grad), new Float64Array(featureCount + 1), maxIterations);
  return { bias: x[0], weights: x.slice(1) };
}
