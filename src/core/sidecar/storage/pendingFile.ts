// `<article>.crosscheck.pending.yaml`: verdicts that could not be written to the sidecar (it was broken,
// unreadable, read-only, changed in the same claim…). Kept in the sidecar's own format, so a person can
// read it and paste from it; applied to the sidecar, oldest first, on the next successful write.
// Callers hold the article's lock (sidecarLock.ts) around every call here.

import { ensureSidecarRoot, insertVerdictBlock, newSidecar, sidecarText, type ParsedSidecar, type VerdictBlock } from './sidecarDocument';
import { SidecarError, formatProblems } from './sidecarError';
import { isFileAccessError } from './fileAccessError';
import type { SidecarFileSystem } from './sidecarFileSystem';
import { baseName } from '../../text/fileName';
import { pendingPathFor, sidecarPathFor } from './sidecarPath';
import type { StoredVerdict } from './sidecarSchema';
import { readSidecarFile } from './sidecarSnapshot';

const encoder = new TextEncoder();

/** The block as YAML a person can paste under `verdicts:` of the sidecar. */
export function verdictAsYaml(articlePath: string, block: VerdictBlock): string {
  const single = newSidecar(baseName(articlePath));
  single.doc.commentBefore = null;
  insertVerdictBlock(single.doc, 0, block);
  return sidecarText(single);
}

/** The error for a verdict that could be kept nowhere: its whole text, to copy by hand. */
export function unsavedVerdictError(articlePath: string, why: string, block: VerdictBlock, path?: string): SidecarError {
  return new SidecarError(
    'pending-failed',
    `${why}\nThis verdict was NOT saved anywhere — copy it into ${sidecarPathFor(articlePath)} by hand (under "verdicts:"):\n\n${verdictAsYaml(articlePath, block)}`,
    path,
  );
}

/** Verdicts waiting in the pending file (none when there is none or it cannot be read). */
export async function readPendingVerdicts(fs: SidecarFileSystem, articlePath: string): Promise<StoredVerdict[]> {
  const read = await readSidecarFile(fs, pendingPathFor(articlePath));
  return read.status === 'ok' ? read.sidecar.data.verdicts : [];
}

/** Appends `block` to the pending file; returns its path. Throws unsavedVerdictError when that fails too. */
export async function keepPending(fs: SidecarFileSystem, articlePath: string, block: VerdictBlock): Promise<string> {
  const path = pendingPathFor(articlePath);
  const read = await readSidecarFile(fs, path);
  let sidecar: ParsedSidecar;
  if (read.status === 'ok') {
    sidecar = read.sidecar;
    ensureSidecarRoot(sidecar, baseName(articlePath));
  } else if (read.status === 'absent') {
    sidecar = newSidecar(baseName(articlePath));
    sidecar.doc.commentBefore =
      ` Verdicts Crosscheck could not write to ${baseName(sidecarPathFor(articlePath))} yet.\n` +
      ' They are added to it on the next successful write, and this file is then removed.';
  } else {
    throw unsavedVerdictError(articlePath, `${formatProblems(path, read.problems)}\nThe pending file cannot be used either.`, block, path);
  }
  insertVerdictBlock(sidecar.doc, Number.MAX_SAFE_INTEGER, block);
  const text = sidecarText(sidecar);
  try {
    await fs.writeFileAtomic(path, encoder.encode(text), { mode: (await fs.stat(path))?.mode });
  } catch (e) {
    if (!isFileAccessError(e)) throw e;
    throw unsavedVerdictError(articlePath, `${e.message}\nThe pending file cannot be written either.`, block, path);
  }
  // Written is not saved until it reads back as written.
  const back = await readSidecarFile(fs, path);
  if (back.snapshot.text !== text) {
    throw unsavedVerdictError(articlePath, `${path} did not read back as written.`, block, path);
  }
  return path;
}
