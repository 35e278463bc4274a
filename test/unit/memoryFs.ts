import type { SidecarFileSystem } from '../../src/core/sidecar/storage/sidecarFileSystem';
import { MemoryLocks } from './memoryLock';

/** An in-memory file system for the sidecar store's tests. */
export class MemoryFs implements SidecarFileSystem {
  files = new Map<string, string>();
  async readFile(path: string) {
    const f = this.files.get(path);
    return f === undefined ? undefined : new TextEncoder().encode(f);
  }
  async stat(path: string) {
    const f = this.files.get(path);
    return f === undefined ? undefined : { mtimeMs: 0, size: f.length, mode: 0o644 };
  }
  async writeFileAtomic(path: string, data: Uint8Array) {
    this.files.set(path, new TextDecoder('utf-8', { ignoreBOM: true }).decode(data));
  }
  async deleteFile(path: string) {
    this.files.delete(path);
  }
  readonly locks = new MemoryLocks();
  lock(path: string) {
    return this.locks.lock(path);
  }
}
