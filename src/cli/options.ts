import { InvalidArgumentError, type Command } from 'commander';

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

/** `--memory DIR` / `--no-memory`: where verdicts on matching claims in other articles are looked for. */
export function addMemoryOptions(command: Command): Command {
  return command
    .option('--memory <dir>', 'the folder whose sidecars are searched for verdicts on matching claims (default: the current folder)')
    .option('--no-memory', 'do not look for verdicts on matching claims elsewhere');
}

/** The verdict memory's folder from those options (commander gives false for --no-memory), or false. */
export function memoryRoot(opts: { memory?: string | false }): string | false {
  return opts.memory === false ? false : opts.memory ?? process.cwd();
}
