// A file the sidecar store needed could not be read, written or locked. The host (src/node/) turns each OS
// error into plain words ("permission denied", "is a directory, not a file"); the store turns this into a
// SidecarError that names the file, keeps the verdict pending, and the CLI exits 4 on.

export type FileOperation = 'read' | 'write' | 'lock' | 'delete';

export class FileAccessError extends Error {
  constructor(
    readonly path: string,
    readonly operation: FileOperation,
    /** what went wrong, in plain words, e.g. "permission denied (EACCES)" */
    readonly reason: string,
    /** the OS error code when there is one (EACCES, EISDIR…), or one of ours (READ_ONLY, TOO_LARGE, LOCKED…) */
    readonly code?: string,
  ) {
    super(`${path}: cannot ${operation === 'lock' ? 'lock' : operation}: ${reason}`);
    this.name = 'FileAccessError';
  }
}

export function isFileAccessError(e: unknown): e is FileAccessError {
  return e instanceof FileAccessError;
}
