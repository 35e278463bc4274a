// Every read-modify-write of an article's sidecar and pending file runs under the article's cross-process
// lock, in the CLI and the extension alike: two writers (two CLI runs, a script and a VS Code window) then
// take turns, and each one's read sees the other's write. Without it both read the same file and the
// second rename silently drops the first one's verdict.

import type { SidecarFileSystem } from './sidecarFileSystem';
import { lockPathFor } from './sidecarPath';

/** Runs `work` holding the lock of `articlePath`; the lock is released however `work` ends. */
export async function withSidecarLock<T>(fs: SidecarFileSystem, articlePath: string, work: () => Promise<T>): Promise<T> {
  const lock = await fs.lock(lockPathFor(articlePath));
  try {
    return await work();
  } finally {
    await lock.release().catch(() => undefined);
  }
}
