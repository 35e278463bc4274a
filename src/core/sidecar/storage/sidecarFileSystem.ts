// The host interface the sidecar store reads, writes and locks through. Core never touches the disk itself:
// the CLI and the extension pass the Node implementation (src/node/nodeFileSystem.ts), tests an in-memory one.

export interface SidecarFileStat {
  mtimeMs: number;
  size: number;
  /** permission bits (e.g. 0o644), where the platform has them */
  mode?: number;
}

/** Held while one read-modify-write of an article's sidecar and pending file runs. */
export interface SidecarLock {
  /** frees the lock (only if it is still this holder's) */
  release(): Promise<void>;
}

export interface SidecarFileSystem {
  /**
   * The file's bytes, or undefined when it does not exist. Never blocks on a non-regular file (a FIFO, a
   * device) and never reads a directory: those, a file over `maxBytes`, and any OS error are thrown as a
   * FileAccessError (fileAccessError.ts) whose words can be shown as they are.
   */
  readFile(path: string, options?: { maxBytes?: number }): Promise<Uint8Array | undefined>;
  /** undefined when it does not exist */
  stat(path: string): Promise<SidecarFileStat | undefined>;
  /**
   * Replaces the file's content in one step, so a reader sees the old file or the new one, never half of
   * one: write a temporary file beside the target, flush it, rename it over the target. A symbolic link is
   * written through (its target is updated; the link stays a link). A read-only file is refused, never
   * replaced. `mode` sets the new file's permission bits (the store passes the old file's, so they are kept).
   * Throws FileAccessError.
   */
  writeFileAtomic(path: string, data: Uint8Array, options?: { mode?: number }): Promise<void>;
  /** removes the file; no error when it does not exist */
  deleteFile(path: string): Promise<void>;
  /**
   * Takes the cross-process lock `lockPath` (another process — a second CLI, another VS Code window —
   * waits for it), recovering a lock left by a process that died. Throws FileAccessError when it cannot be
   * taken (no permission, or still held by a live process after a long wait).
   */
  lock(lockPath: string): Promise<SidecarLock>;
}
