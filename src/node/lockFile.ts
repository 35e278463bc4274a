// Cross-process lock files: `open(path, 'wx')` is atomic on every local file system (and on NFSv3+), so
// exactly one process creates the lock file; the others wait and retry with jittered back-off. A lock
// left by a process that died (kill -9, a crash, a closed laptop) is recovered:
//   - on the same machine, at once when its pid is no longer alive;
//   - anywhere, when it has not been refreshed for STALE_MS (a live holder touches it every REFRESH_MS).
// Breaking a stale lock is itself serialised by a second `.break` lock file, so two waiters that both see
// it stale cannot both delete it (one of them would otherwise delete the other's fresh lock).
// Chosen over a library such as proper-lockfile: ~100 lines, no dependency in the VSIX, and the pid check
// recovers a dead holder's lock at once instead of after a stale timeout.

import { promises as fsp } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { FileAccessError } from '../core/sidecar/storage/fileAccessError';
import type { SidecarLock } from '../core/sidecar/storage/sidecarFileSystem';
import { fileAccessError } from './osErrorWords';

/** A holder refreshes its lock file's time this often… */
const REFRESH_MS = 2_000;
/** …so one not refreshed for this long belongs to a process that is gone (or a frozen machine). */
const STALE_MS = 15_000;
/** A `.break` file older than this was left by a waiter that died while breaking a lock. */
const BREAK_STALE_MS = 5_000;
/** Longest pause between two attempts at a held lock (one open() each: cheap). */
const MAX_RETRY_MS = 20;
/** How long a writer waits for a live holder before giving up (the store then says so and keeps nothing half-done). */
export const DEFAULT_LOCK_WAIT_MS = 60_000;

interface Holder {
  pid?: number;
  host?: string;
  since?: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Whether a process of this machine is alive (EPERM: it is, but not ours). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<{ body: string; mtimeMs: number; holder: Holder } | undefined> {
  try {
    const [body, info] = await Promise.all([fsp.readFile(path, 'utf8'), fsp.stat(path)]);
    let holder: Holder = {};
    try {
      holder = JSON.parse(body) as Holder;
    } catch {
      /* being written, or not ours: judged by its age alone */
    }
    return { body, mtimeMs: info.mtimeMs, holder };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function isStale(lock: { mtimeMs: number; holder: Holder }): boolean {
  const { pid, host } = lock.holder;
  if (typeof pid === 'number' && host === hostname() && !pidAlive(pid)) return true;
  return Date.now() - lock.mtimeMs > STALE_MS;
}

/** Deletes the lock at `path` if it is stale; true when the caller should try to take it again at once. */
async function breakIfStale(path: string): Promise<boolean> {
  const lock = await readLock(path);
  if (!lock) return true; // released meanwhile
  if (!isStale(lock)) return false;
  const breaker = `${path}.break`;
  try {
    await fsp.writeFile(breaker, String(process.pid), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const info = await fsp.stat(breaker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > BREAK_STALE_MS) await fsp.rm(breaker, { force: true });
    return false;
  }
  try {
    // Still the same stale lock? (Another waiter may have broken it and taken a fresh one meanwhile.)
    const again = await readLock(path);
    if (again && again.body === lock.body && again.mtimeMs === lock.mtimeMs) await fsp.rm(path, { force: true });
  } finally {
    await fsp.rm(breaker, { force: true });
  }
  return true;
}

function describeHolder(holder: Holder): string {
  const who = holder.pid !== undefined ? `process ${holder.pid}${holder.host && holder.host !== hostname() ? ` on ${holder.host}` : ''}` : 'another process';
  return holder.since ? `${who} since ${holder.since}` : who;
}

/** Takes the lock file `path`, waiting up to `waitMs` for a live holder. */
export async function acquireLockFile(path: string, waitMs = DEFAULT_LOCK_WAIT_MS): Promise<SidecarLock> {
  const body = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), token: randomBytes(6).toString('hex') });
  const deadline = Date.now() + waitMs;
  let delay = 2;
  for (;;) {
    try {
      await fsp.writeFile(path, body, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fileAccessError(e, path, 'lock');
    }
    try {
      if (await breakIfStale(path)) continue;
    } catch (e) {
      throw fileAccessError(e, path, 'lock');
    }
    if (Date.now() > deadline) {
      const holder = (await readLock(path).catch(() => undefined))?.holder ?? {};
      throw new FileAccessError(
        path,
        'lock',
        `still held by ${describeHolder(holder)} after ${Math.round(waitMs / 1000)} s; if no Crosscheck is running, delete ${path}`,
        'LOCKED',
      );
    }
    // Jitter keeps a crowd of waiters from retrying in step. The cap is short: with a long one, a writer
    // that has just released (and asks again at once) keeps winning over those that waited longest.
    await sleep(delay * (0.5 + Math.random()));
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  }
  const refresh = setInterval(() => {
    const now = new Date();
    fsp.utimes(path, now, now).catch(() => undefined);
  }, REFRESH_MS);
  refresh.unref();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      clearInterval(refresh);
      // Only our own lock: if it was (wrongly) broken and taken by another process, that one's stays.
      const now = await fsp.readFile(path, 'utf8').catch(() => undefined);
      if (now === body) await fsp.rm(path, { force: true });
    },
  };
}
