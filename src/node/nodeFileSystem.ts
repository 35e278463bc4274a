// The Node implementation of the sidecar store's file system, shared by the CLI and the extension.
// Writes are atomic: a temporary file in the same directory (same file system, so rename is atomic),
// written, fsync'ed, given the right mode, then renamed over the target, and the directory fsync'ed so the
// rename itself survives a crash. A reader — git, an editor, another Crosscheck — never sees half a file.

import { promises as fsp, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { SidecarFileStat, SidecarFileSystem } from '../core/sidecar/sidecarFileSystem';

/** Windows refuses a rename while another process (an editor, a virus scanner) has the target open. */
const RENAME_RETRIES = 5;
const RENAME_RETRY_MS = 50;

function isNotFound(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === 'ENOENT';
}

async function syncDirectory(dir: string): Promise<void> {
  // Not possible on Windows (EISDIR/EPERM); the rename is durable enough there.
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch {
    /* best effort */
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= RENAME_RETRIES || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw e;
      await new Promise((r) => setTimeout(r, RENAME_RETRY_MS * (attempt + 1)));
    }
  }
}

export const nodeFileSystem: SidecarFileSystem = {
  async readFile(path) {
    try {
      return await fsp.readFile(path);
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  },

  async stat(path): Promise<SidecarFileStat | undefined> {
    try {
      const s = await fsp.stat(path);
      return { mtimeMs: s.mtimeMs, size: s.size, mode: s.mode & 0o7777 };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  },

  async writeFileAtomic(path, data, options = {}) {
    const dir = dirname(path);
    const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    // A new file gets the usual 0o666 minus umask; an existing one keeps its mode (passed in by the store,
    // or read here so direct callers get the same guarantee).
    const mode = options.mode ?? (await this.stat(path))?.mode;
    const handle = await fsp.open(temp, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(data);
      // open() applies the umask; chmod makes the mode exactly the old file's.
      if (mode !== undefined) await handle.chmod(mode).catch(() => undefined);
      await handle.sync();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await fsp.rm(temp, { force: true });
      throw e;
    }
    await handle.close();
    try {
      await renameWithRetry(temp, path);
    } catch (e) {
      await fsp.rm(temp, { force: true });
      throw e;
    }
    await syncDirectory(dir);
  },

  async deleteFile(path) {
    await fsp.rm(path, { force: true });
  },
};
