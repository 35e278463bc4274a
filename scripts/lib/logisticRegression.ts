// L2-regularised logistic regression over binary sparse features, fitted by full-batch L-BFGS.
// Full batch + a fixed starting point (all zeros) makes training exactly reproducible: no sampling order.

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

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Fits the model; `lambda` is the L2 strength in units of examples (as in liblinear's 1/C). */
export function fitLogistic(data: SparseExample[], featureCount: number, lambda: number, maxIterations = 300): LogisticModel {
  const dim = featureCount + 1;
  const memory = 10;
  let x: Float64Array = new Float64Array(dim);
  let g: Float64Array = new Float64Array(dim);
  let f = lossAndGradient(x, data, lambda, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const direction = new Float64Array(dim);
  for (let iter = 0; iter < maxIterations; iter++) {
    // Two-loop recursion: direction = -H·g
    direction.set(g);
    const alpha: number[] = [];
    for (let i = S.length - 1; i >= 0; i--) {
      const a = dot(S[i], direction) / dot(Y[i], S[i]);
      alpha[i] = a;
      for (let j = 0; j < dim; j++) direction[j] -= a * Y[i][j];
    }
    const gamma = S.length ? dot(S[S.length - 1], Y[Y.length - 1]) / dot(Y[Y.length - 1], Y[Y.length - 1]) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let j = 0; j < dim; j++) direction[j] *= gamma;
    for (let i = 0; i < S.length; i++) {
      const b = dot(Y[i], direction) / dot(Y[i], S[i]);
      for (let j = 0; j < dim; j++) direction[j] += S[i][j] * (alpha[i] - b);
    }
    for (let j = 0; j < dim; j++) direction[j] = -direction[j];
    // Backtracking line search (Armijo).
    const slope = dot(g, direction);
    if (slope >= 0) break;
    let step = 1;
    const xNew = new Float64Array(dim);
    const gNew = new Float64Array(dim);
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < dim; j++) xNew[j] = x[j] + step * direction[j];
      fNew = lossAndGradient(xNew, data, lambda, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = new Float64Array(dim);
    const y = new Float64Array(dim);
    for (let j = 0; j < dim; j++) (s[j] = xNew[j] - x[j]), (y[j] = gNew[j] - g[j]);
    const converged = Math.abs(f - fNew) < 1e-9 * Math.max(1, Math.abs(f));
    x = xNew;
    g = gNew;
    f = fNew;
    if (dot(s, y) > 1e-12) {
      S.push(s);
      Y.push(y);
      if (S.length > memory) S.shift(), Y.shift();
    }
    if (converged) break;
  }
  return { bias: x[0], weights: x.slice(1) };
}
