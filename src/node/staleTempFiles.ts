// Temporary files of atomic writes (`.<name>.<pid>.<random>.tmp`) that a crash left behind: a write killed
// between creating its temporary file and renaming it leaves one. The next write of the same file removes
// those whose process is gone (or that are over an hour old, for ones from another machine).

import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { pidAlive } from './lockFile';

const ORPHAN_AGE_MS = 60 * 60 * 1000;

/** The temporary file name an atomic write of `name` uses. */
export function tempNameFor(name: string, pid: number, random: string): string {
  return `.${name}.${pid}.${random}.tmp`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes the stale temporary files of `name` in `dir`; never throws (it is housekeeping). */
export async function removeStaleTempFiles(dir: string, name: string): Promise<number> {
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
  let removed = 0;
  let entries: string[];
  try {
    entries = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const m = pattern.exec(entry);
    if (!m) continue;
    const pid = Number(m[1]);
    const path = join(dir, entry);
    const info = await fsp.stat(path).catch(() => undefined);
    if (!info) continue;
    const orphan = (pid !== process.pid && !pidAlive(pid)) || Date.now() - info.mtimeMs > ORPHAN_AGE_MS;
    if (!orphan) continue;
    await fsp.rm(path, { force: true }).catch(() => undefined);
    removed++;
  }
  return removed;
}
