// Platt scaling: a one-dimensional logistic regression p = σ(a·z + b) of labels on a model's logits, fitted
// by Newton's method (two parameters, so exact and fast). Used to calibrate the check-worthiness model on a
// tuning split. Platt's target smoothing ((n+ + 1)/(n+ + 2) and 1/(n- + 2)) keeps it from over-confidence.

export interface Platt {
  a: number;
  b: number;
}

export function fitPlatt(logits: number[], labels: (0 | 1)[], iterations = 100): Platt {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const target = labels.map((l) => (l === 1 ? hi : lo));
  let a = 1;
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    // gradient and Hessian of the log-loss in (a, b)
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i];
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const d = p - target[i];
      const w = Math.max(p * (1 - p), 1e-12);
      ga += d * z;
      gb += d;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-18) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}
