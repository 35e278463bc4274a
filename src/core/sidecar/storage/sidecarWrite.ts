// The one way an article's sidecar is written (a verdict, a mark, a dismissal, a restore), so every writer
// keeps the same promises:
//   - the whole read → edit → write → read back runs under the article's cross-process lock (sidecarLock.ts),
//     so concurrent writers — CLI runs, VS Code windows, scripts — take turns;
//   - a sidecar that does not parse, holds conflict markers or cannot be read is never written;
//   - just before writing the file is read again: a program that does not lock (a person's editor, `git
//     pull`) may have saved meanwhile, and the edit is then redone on the new content;
//   - the write is atomic (temporary file + rename, through the host) and keeps the file's mode; a BOM and
//     line endings are kept by the document (sidecarDocument.ts); a new sidecar is LF;
//   - success only once the file reads back with the edit in it.
// What a refused write does is the caller's: a verdict is kept in the pending file (pendingFile.ts), a mark
// or dismissal (one click to redo) is only reported.

import { isFileAccessError, type FileAccessError } from './fileAccessError';
import { ensureSidecarRoot, newSidecar, sidecarText, type ParsedSidecar } from './sidecarDocument';
import { formatProblems, type SidecarError } from './sidecarError';
import type { SidecarFileSystem } from './sidecarFileSystem';
import { withSidecarLock } from './sidecarLock';
import { baseName } from '../../text/fileName';
import { sidecarPathFor } from './sidecarPath';
import type { SidecarProblem } from './sidecarSchema';
import { interpret, readSnapshot, type SidecarRead, type SidecarSnapshot } from './sidecarSnapshot';

/** Re-reads before giving up when the file keeps changing between our read and our write. */
const MAX_WRITE_ATTEMPTS = 3;

const encoder = new TextEncoder();

export type RefusalCode = 'broken' | 'conflict' | 'io';

export interface SidecarEditContext {
  /** the file's text as read for this attempt (undefined: there is none yet) */
  diskText: string | undefined;
  /** on a retry: what the first attempt read, before the file changed under it */
  firstRead?: SidecarSnapshot;
}

export interface SidecarWriteStep<R> {
  /**
   * Edits the document (a new, rooted one when there is none) for one attempt and says what to report. It may
   * return another document (one re-parsed between edits). It may throw, also through `refuse`.
   */
  edit(sidecar: ParsedSidecar, context: SidecarEditContext): Promise<{ sidecar: ParsedSidecar; result: R }>;
  /** the error for a write that cannot be done; the caller keeps what must be kept before returning it */
  refuse(code: RefusalCode, why: string, problems: SidecarProblem[]): Promise<SidecarError>;
  /** the error when the article's lock cannot be taken (nothing was read or kept) */
  unlocked(error: FileAccessError): SidecarError;
  /** true when the text read back after the write still holds the edit, though not byte for byte */
  holdsEdit?(back: string | undefined, written: string): boolean;
  /** an edit that only gave an empty file its `version: 1` root leaves the file as it was */
  rootOnlyIsNoChange?: boolean;
  /** under the lock, once the file holds the edit (written now or already so) */
  saved?(result: R): Promise<void>;
  /** the refusals' words, which say what was being written */
  words: { changedAfterWrite: string; keptChanging: string };
}

export interface SidecarWriteResult<R> {
  path: string;
  /** false: the edit left the file as it was, and nothing was written */
  changed: boolean;
  result: R;
  /** the file as it now is on disk (read back after the write), so the caller need not read it again */
  read: SidecarRead;
}

/** Applies `step` to the sidecar of `articlePath` and writes it when it changed, keeping every promise above. */
export async function writeSidecar<R>(fs: SidecarFileSystem, articlePath: string, step: SidecarWriteStep<R>): Promise<SidecarWriteResult<R>> {
  try {
    return await withSidecarLock(fs, articlePath, () => writeLocked(fs, articlePath, step));
  } catch (e) {
    // Only the lock itself throws an access error here: every file operation inside is refused through `step`.
    if (!isFileAccessError(e)) throw e;
    throw step.unlocked(e);
  }
}

async function writeLocked<R>(fs: SidecarFileSystem, articlePath: string, step: SidecarWriteStep<R>): Promise<SidecarWriteResult<R>> {
  const path = sidecarPathFor(articlePath);
  const article = baseName(articlePath);
  let firstRead: SidecarSnapshot | undefined;
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const disk = await readSnapshot(fs, path);
    const read = interpret(disk);
    if (read.status === 'broken') {
      throw await step.refuse(read.unreadable ? 'io' : 'broken', `${formatProblems(path, read.problems)}\n${path} is not changed until it is fixed.`, read.problems);
    }
    const start = read.status === 'ok' ? read.sidecar : newSidecar(article);
    // An empty or comments-only file gets its `version: 1` root first, so what is written is valid…
    ensureSidecarRoot(start, article);
    const rooted = step.rootOnlyIsNoChange ? sidecarText(start) : undefined;
    const { sidecar, result } = await step.edit(start, { diskText: disk.text, ...(firstRead && { firstRead }) });
    const out = sidecarText(sidecar);
    // …but an edit that changed nothing leaves the file as it was, even an empty one.
    if (out === disk.text || out === rooted) {
      await step.saved?.(result);
      return { path, changed: false, result, read };
    }

    // Last look before writing: a writer that does not take the lock (a person's editor) may have saved.
    const again = await readSnapshot(fs, path);
    if (again.text !== disk.text) {
      firstRead ??= { path, text: disk.text };
      continue;
    }
    try {
      await fs.writeFileAtomic(path, encoder.encode(out), { mode: (await fs.stat(path))?.mode });
    } catch (e) {
      if (!isFileAccessError(e)) throw e;
      throw await step.refuse('io', `${e.message}\n${path} was not changed.`, []);
    }
    // Written is not saved until it reads back with the edit in it.
    const back = await readSnapshot(fs, path);
    if (back.text !== out && !step.holdsEdit?.(back.text, out)) throw await step.refuse('conflict', step.words.changedAfterWrite, []);
    await step.saved?.(result);
    return { path, changed: true, result, read: interpret(back) };
  }
  throw await step.refuse('conflict', step.words.keptChanging, []);
}
