import type { SidecarLock } from '../../src/core/sidecar/storage/sidecarFileSystem';

/** An in-process stand-in for the lock files: one holder per path, the others wait in order. */
export class MemoryLocks {
  private readonly tails = new Map<string, Promise<void>>();
  /** every path locked, in order, so a test can see that a write took the lock */
  readonly taken: string[] = [];

  async lock(path: string): Promise<SidecarLock> {
    const previous = this.tails.get(path) ?? Promise.resolve();
    let free!: () => void;
    const mine = new Promise<void>((r) => (free = r));
    this.tails.set(path, previous.then(() => mine));
    await previous;
    this.taken.push(path);
    return { release: async () => free() };
  }
}
