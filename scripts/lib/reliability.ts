// A reliability table: sentences binned by score, and in each bin how often they are actually positive.
// For a calibrated score the two columns agree (sentences scored about 0.7 are positive about 70 % of the time).

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanScore: number;
  positiveRate: number;
}

export function reliabilityBins(scores: number[], labels: (0 | 1)[], bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, count: 0, meanScore: 0, positiveRate: 0 }));
  scores.forEach((s, i) => {
    const bin = out[Math.min(bins - 1, Math.max(0, Math.floor(s * bins)))];
    bin.count++;
    bin.meanScore += s;
    bin.positiveRate += labels[i];
  });
  for (const bin of out) {
    if (!bin.count) continue;
    bin.meanScore /= bin.count;
    bin.positiveRate /= bin.count;
  }
  return out;
}

/** Expected calibration error: the count-weighted mean gap between mean score and positive rate. */
export function expectedCalibrationError(bins: ReliabilityBin[]): number {
  const n = bins.reduce((s, b) => s + b.count, 0);
  return n ? bins.reduce((s, b) => s + (b.count / n) * Math.abs(b.meanScore - b.positiveRate), 0) : 0;
}

export function printReliability(title: string, bins: ReliabilityBin[]): void {
  console.log(title);
  console.log('  score bin     sentences  mean score  check-worthy');
  for (const b of bins) {
    const range = `${b.from.toFixed(1)}–${b.to.toFixed(1)}`.padEnd(12);
    const cells = b.count ? [b.meanScore.toFixed(3).padStart(10), `${(b.positiveRate * 100).toFixed(1)} %`.padStart(14)] : ['—'.padStart(10), '—'.padStart(14)];
    console.log(`  ${range}${String(b.count).padStart(11)}  ${cells.join('')}`);
  }
  console.log(`  expected calibration error ${expectedCalibrationError(bins).toFixed(3)}`);
}
