// The one error type of the sidecar store. Its message is complete and ready to show: each problem as
// "path:line:column: message" (the form editors and terminals turn into links), and, when a verdict could
// not be written, where it was kept instead.

import type { SidecarProblem } from './sidecarSchema';

export type SidecarErrorCode =
  /** the sidecar does not parse, holds conflict markers, or is not a sidecar */
  | 'broken'
  /** the sidecar changed on disk and the change touches the same claim */
  | 'conflict'
  | 'unknown-claim'
  | 'invalid-label'
  /** the sidecar could not be read or written (permissions, a directory, a FIFO, too large, disk full, locked) */
  | 'io'
  /** the pending file itself could not be read or written: the verdict is printed in full in the message */
  | 'pending-failed';

export class SidecarError extends Error {
  constructor(
    readonly code: SidecarErrorCode,
    message: string,
    /** the file the problems are in */
    readonly path?: string,
    readonly problems: readonly SidecarProblem[] = [],
    /** where the verdict that could not be written was kept */
    readonly pendingPath?: string,
  ) {
    super(message);
    this.name = 'SidecarError';
  }
}

/** "path:line:col: message", or "path: message" for a problem without a place (line 0: an OS error). */
export function formatProblem(path: string, p: Pick<SidecarProblem, 'line' | 'column' | 'message'>): string {
  return p.line > 0 ? `${path}:${p.line}:${p.column}: ${p.message}` : `${path}: ${p.message}`;
}

export function formatProblems(path: string, problems: readonly SidecarProblem[], max = 10): string {
  const lines = problems.slice(0, max).map((p) => formatProblem(path, p));
  if (problems.length > max) lines.push(`… and ${problems.length - max} more`);
  return lines.join('\n');
}
