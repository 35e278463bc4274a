// One small edit of an article's sidecar (a dismissal, a restore, a mark), written safely: never over a
// broken file, never over a change made on disk between our read and our write (the edit is then redone on
// the new content). Verdicts go through sidecarStore.recordVerdict, which also keeps them pending; these
// edits are one click to redo, so a refused one is only reported.

import { newSidecar, parseSidecar, sidecarText, type ParsedSidecar } from './sidecarDocument';
import { SidecarError, formatProblems } from './sidecarError';
import type { SidecarFileSystem } from './sidecarFileSystem';
import { baseName, sidecarPathFor } from './sidecarPath';

const MAX_ATTEMPTS = 3;
const encoder = new TextEncoder();

async function readText(fs: SidecarFileSystem, path: string): Promise<string | undefined> {
  const bytes = await fs.readFile(path);
  if (bytes === undefined) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SidecarError('broken', `${path}:1:1: not valid UTF-8; save the file as UTF-8\n${path} is not changed until it is fixed.`, path);
  }
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
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const text = await readText(fs, path);
    let sidecar: ParsedSidecar;
    if (text === undefined) sidecar = newSidecar(baseName(articlePath));
    else {
      const parsed = parseSidecar(text);
      if (!parsed.ok) throw new SidecarError('broken', `${formatProblems(path, parsed.problems)}\n${path} is not changed until it is fixed.`, path, parsed.problems);
      sidecar = parsed.sidecar;
    }
    const result = edit(sidecar);
    const out = sidecarText(sidecar);
    if (out === text) return { path, changed: false, result };
    if ((await readText(fs, path)) !== text) continue; // written meanwhile: redo the edit on the new content
    await fs.writeFileAtomic(path, encoder.encode(out), { mode: (await fs.stat(path))?.mode });
    return { path, changed: true, result };
  }
  throw new SidecarError('conflict', `${path} kept changing while it was being written; try again.`, path);
}
