// One small edit of an article's sidecar (a dismissal, a restore, a mark), written safely: under the
// article's lock, never over a broken or unreadable file, never over a change made on disk by a program
// that does not lock (the edit is then redone on the new content), and reported done only once the file
// reads back as written. Verdicts go through sidecarStore.recordVerdict, which also keeps them pending;
// these edits are one click to redo, so a refused one is only reported (exit 4 in the CLI).

import { isFileAccessError } from './fileAccessError';
import { ensureSidecarRoot, newSidecar, parseSidecar, sidecarText, type ParsedSidecar } from './sidecarDocument';
import { SidecarError, formatProblems } from './sidecarError';
import type { SidecarFileSystem } from './sidecarFileSystem';
import { withSidecarLock } from './sidecarLock';
import { baseName } from '../../text/fileName';
import { sidecarPathFor } from './sidecarPath';
import { readSnapshot } from './sidecarSnapshot';

const MAX_ATTEMPTS = 3;
const encoder = new TextEncoder();

async function readText(fs: SidecarFileSystem, path: string): Promise<string | undefined> {
  const snapshot = await readSnapshot(fs, path);
  if (snapshot.problem) {
    throw new SidecarError(snapshot.unreadable ? 'io' : 'broken', `${formatProblems(path, [snapshot.problem])}\n${path} is not changed until it is fixed.`, path, [snapshot.problem]);
  }
  return snapshot.text;
}

/**
 * Applies `edit` to the article's sidecar (a new one when there is none) and writes it when it changed.
 * `edit` returns what to report; it must only change `sidecar.doc`. Returns `changed: false` when the edit
 * left the text as it was (dismissing twice writes nothing).
 */
export async function editSidecar<R>(
  fs: SidecarFileSystem,
  articlePath: string,
  edit: (sidecar: ParsedSidecar) => R,
): Promise<{ path: string; changed: boolean; result: R }> {
  const path = sidecarPathFor(articlePath);
  try {
    return await withSidecarLock(fs, articlePath, () => editLocked(fs, articlePath, path, edit));
  } catch (e) {
    if (!isFileAccessError(e)) throw e;
    throw new SidecarError('io', `${e.message}\n${path} was not changed.`, path);
  }
}

async function editLocked<R>(
  fs: SidecarFileSystem,
  articlePath: string,
  path: string,
  edit: (sidecar: ParsedSidecar) => R,
): Promise<{ path: string; changed: boolean; result: R }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const text = await readText(fs, path);
    let sidecar: ParsedSidecar;
    if (text === undefined) sidecar = newSidecar(baseName(articlePath));
    else {
      const parsed = parseSidecar(text);
      if (!parsed.ok) throw new SidecarError('broken', `${formatProblems(path, parsed.problems)}\n${path} is not changed until it is fixed.`, path, parsed.problems);
      sidecar = parsed.sidecar;
    }
    // An empty or comments-only file gets its `version: 1` root first, so what is written is valid…
    ensureSidecarRoot(sidecar, baseName(articlePath));
    const rooted = sidecarText(sidecar);
    const result = edit(sidecar);
    const out = sidecarText(sidecar);
    // …but an edit that changed nothing leaves the file as it was, even an empty one.
    if (out === text || out === rooted) return { path, changed: false, result };
    if ((await readText(fs, path)) !== text) continue; // written meanwhile: redo the edit on the new content
    await fs.writeFileAtomic(path, encoder.encode(out), { mode: (await fs.stat(path))?.mode });
    if ((await readText(fs, path)) !== out) {
      throw new SidecarError('conflict', `${path} was changed by another program right after it was written; look at the file, then try again.`, path);
    }
    return { path, changed: true, result };
  }
  throw new SidecarError('conflict', `${path} kept changing while it was being written; try again.`, path);
}
