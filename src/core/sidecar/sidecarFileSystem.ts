// The host interface the sidecar store writes through. Core never touches the disk itself: the CLI and the
// extension pass the Node implementation (src/node/nodeFileSystem.ts), tests an in-memory one.

export interface SidecarFileStat {
  mtimeMs: number;
  size: number;
  /** permission bits (e.g. 0o644), where the platform has them */
  mode?: number;
}

export interface SidecarFileSystem {
  /** the file's bytes, or undefined when it does not exist */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** undefined when it does not exist */
  stat(path: string): Promise<SidecarFileStat | undefined>;
  /**
   * Replaces the file's content in one step, so a reader sees the old file or the new one, never half of
   * one: write a temporary file in the same directory, flush it, rename it over the target. `mode` sets
   * the new file's permission bits (the store passes the old file's, so they are kept).
   */
  writeFileAtomic(path: string, data: Uint8Array, options?: { mode?: number }): Promise<void>;
  /** removes the file; no error when it does not exist */
  deleteFile(path: string): Promise<void>;
}
