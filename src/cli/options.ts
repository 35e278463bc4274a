import { InvalidArgumentError } from 'commander';

/** A number in [0, 1], for --threshold. */
export function parseThreshold(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return n;
}

/** Megabytes, for --max-size. */
export function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return Math.round(n * 1024 * 1024);
}

export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
