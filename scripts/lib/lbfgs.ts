// Full-batch L-BFGS (memory 10, Armijo backtracking) from a given starting point: deterministic, so a model
// fitted with it is reproduced byte for byte. Used by the logistic regressions of the training scripts and by
// scripts/experiments/checkworthinessVariants.ts.

/** Writes the gradient at x into `grad` and returns the loss. */
export type LossAndGradient = (x: Float64Array, grad: Float64Array) => number;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Minimises `lossAndGradient` from `start`; stops when the loss changes by less than 1e-9 relative. */
export function minimise(lossAndGradient: LossAndGradient, start: Float64Array, maxIterations = 300): Float64Array {
  const dim = start.length;
  const memory = 10;
  let x: Float64Array = Float64Array.from(start);
  let g: Float64Array = new Float64Array(dim);
  let f = lossAndGradient(x, g);
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
      fNew = lossAndGradient(xNew, gNew);
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
  return x;
}
