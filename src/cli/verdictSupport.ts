// What the verdict commands share: turning a SidecarError into stderr + exit code, and a claim's place.

import type { Command } from 'commander';
import { SidecarError } from '../core/sidecar/storage/sidecarError';
import { formatProblems } from '../core/sidecar/storage/sidecarError';
import type { SidecarRead } from '../core/sidecar/storage/sidecarSnapshot';
import { parseLabelList } from '../core/sidecar/storage/verdictLabels';
import { ExitCode } from './exitCodes';

/** `--labels a,b,c`: the newsroom's label set for this run (a sidecar's own `labels:` still wins). */
export function addLabelsOption(command: Command): Command {
  return command.option('--labels <list>', 'comma-separated verdict labels (default: accurate, inaccurate, misleading, unsupported, needs-context, not-checkable)', (v) => parseLabelList(v));
}

/** Prints a sidecar error and returns the exit code for it: a user's typo is a usage error, the rest 4. */
export function reportSidecarError(e: unknown): number {
  if (!(e instanceof SidecarError)) throw e;
  process.stderr.write(`crosscheck: ${e.message}\n`);
  return e.code === 'invalid-label' || e.code === 'unknown-claim' ? ExitCode.Usage : ExitCode.SidecarError;
}

/** The sidecar's problems (errors and warnings) as file:line:col lines on stderr. */
export function printSidecarProblems(read: SidecarRead): void {
  if (read.status === 'broken') {
    process.stderr.write(`${formatProblems(read.path, read.problems)}\n${read.path}: not read; fix it, then run again\n`);
  } else if (read.status === 'ok' && read.sidecar.warnings.length) {
    process.stderr.write(formatProblems(read.path, read.sidecar.warnings) + '\n');
  }
}
