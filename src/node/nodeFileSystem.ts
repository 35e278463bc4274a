// The Node implementation of the sidecar store's file system, shared by the CLI and the extension.
// Writes are atomic: a temporary file in the same directory (same file system, so rename is atomic),
// written, fsync'ed, given the right mode, then renamed over the target, and the directory fsync'ed so the
// rename itself survives a crash. A reader — git, an editor, another Crosscheck — never sees half a file.
// Reads open the file non-blocking and check what it is before reading, so a FIFO never hangs a command.
// Every OS error comes out as a FileAccessError in plain words.

import { promises as fsp, constants } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FileAccessError } from '../core/sidecar/storage/fileAccessError';
import type { SidecarFileStat, SidecarFileSystem } from '../core/sidecar/storage/sidecarFileSystem';
import { acquireLockFile } from './lockFile';
import { fileAccessError } from './osErrorWords';
import { removeStaleTempFiles, tempNameFor } from './staleTempFiles';

/** Windows refuses a rename while another process (an editor, a virus scanner) has the target open. */
const RENAME_RETRIES = 5;
const RENAME_RETRY_MS = 50;
/** Symbolic links followed before giving up (a loop). */
const MAX_LINKS = 16;

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

/** What a non-regular file is, in words. */
function kindOf(s: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (s.isDirectory()) return 'is a directory, not a file';
  if (s.isFIFO()) return 'is a named pipe (FIFO), not a file';
  if (s.isSocket()) return 'is a socket, not a file';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'is a device, not a file';
  return 'is not a regular file';
}

/**
 * The file a write to `path` must replace: `path` itself, or — when it is a symbolic link, even a dangling
 * one — the file it points to, so the link stays a link and whoever shares its target sees the update.
 */
async function writeTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let link: string;
    try {
      link = await fsp.readlink(current);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT' || code === 'UNKNOWN') return current; // not a link, or absent
      throw e;
    }
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

async function writable(path: string): Promise<boolean> {
  try {
    await fsp.access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export const nodeFileSystem: SidecarFileSystem = {
  async readFile(path, options = {}) {
    let handle: fsp.FileHandle;
    try {
      // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever.
      handle = await fsp.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw fileAccessError(e, path, 'read');
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw new FileAccessError(path, 'read', kindOf(info), info.isDirectory() ? 'EISDIR' : 'NOT_A_FILE');
      if (options.maxBytes !== undefined && info.size > options.maxBytes) {
        const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
        throw new FileAccessError(path, 'read', `${mb(info.size)} MB, over the ${mb(options.maxBytes)} MB limit for a sidecar`, 'TOO_LARGE');
      }
      return await handle.readFile();
    } catch (e) {
      throw fileAccessError(e, path, 'read');
    } finally {
      await handle.close().catch(() => undefined);
    }
  },

  async stat(path): Promise<SidecarFileStat | undefined> {
    try {
      const s = await fsp.stat(path);
      return { mtimeMs: s.mtimeMs, size: s.size, mode: s.mode & 0o7777 };
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw fileAccessError(e, path, 'read');
    }
  },

  async writeFileAtomic(path, data, options = {}) {
    let target: string;
    try {
      target = await writeTarget(path);
    } catch (e) {
      throw fileAccessError(e, path, 'write');
    }
    const existing = await fsp.stat(target).catch((e) => {
      if (isNotFound(e)) return undefined;
      throw fileAccessError(e, path, 'write');
    });
    if (existing && !existing.isFile()) throw new FileAccessError(path, 'write', kindOf(existing), existing.isDirectory() ? 'EISDIR' : 'NOT_A_FILE');
    // Read-only means "do not change": refused even where the OS would let us (root, or a writable folder
    // whose rename would silently replace the file).
    if (existing && ((existing.mode & 0o222) === 0 || !(await writable(target)))) {
      throw new FileAccessError(path, 'write', 'the file is read-only; make it writable (chmod u+w, or chattr -i for an immutable file) to record verdicts in it', 'READ_ONLY');
    }
    const dir = dirname(target);
    const name = basename(target);
    await removeStaleTempFiles(dir, name);
    const temp = join(dir, tempNameFor(name, process.pid, randomBytes(4).toString('hex')));
    // A new file gets the usual 0o666 minus umask; an existing one keeps its mode (passed in by the store,
    // or read here so direct callers get the same guarantee).
    const mode = options.mode ?? (existing ? existing.mode & 0o7777 : undefined);
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(temp, 'wx', mode ?? 0o666);
    } catch (e) {
      throw fileAccessError(e, path, 'write');
    }
    try {
      await handle.writeFile(data);
      // open() applies the umask; chmod makes the mode exactly the old file's.
      if (mode !== undefined) await handle.chmod(mode).catch(() => undefined);
      await handle.sync();
      await handle.close();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await fsp.rm(temp, { force: true });
      throw fileAccessError(e, path, 'write');
    }
    try {
      await renameWithRetry(temp, target);
    } catch (e) {
      await fsp.rm(temp, { force: true });
      throw fileAccessError(e, path, 'write');
    }
    await syncDirectory(dir);
  },

  async deleteFile(path) {
    try {
      await fsp.rm(path, { force: true });
    } catch (e) {
      throw fileAccessError(e, path, 'delete');
    }
  },

  lock(lockPath) {
    return acquireLockFile(lockPath);
  },
};
