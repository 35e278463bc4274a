// Reads a sidecar (or pending) file into what the store works with: its text exactly as on disk (for the
// "changed since?" check) and the parsed document, or the problems that make it unreadable — a file that
// does not parse, is not UTF-8, is over the size cap, or cannot be read at all (a directory, a FIFO, no
// permission), each with a place (`file:line:col`) or the OS error in plain words.

import { isFileAccessError } from './fileAccessError';
import { parseSidecar, type ParsedSidecar } from './sidecarDocument';
import type { SidecarFileSystem } from './sidecarFileSystem';
import { MAX_SIDECAR_BYTES } from './sidecarLimits';
import { sidecarPathFor } from './sidecarPath';
import type { SidecarProblem } from './sidecarSchema';

/** What was on disk when it was read: the basis of a later write's "changed since?" check. */
export interface SidecarSnapshot {
  path: string;
  /** undefined: the file did not exist */
  text: string | undefined;
}

export type SidecarRead =
  | { status: 'absent'; path: string; snapshot: SidecarSnapshot }
  | { status: 'ok'; path: string; snapshot: SidecarSnapshot; sidecar: ParsedSidecar }
  | { status: 'broken'; path: string; snapshot: SidecarSnapshot; problems: SidecarProblem[]; unreadable?: boolean };

/** A snapshot plus the reason it cannot be parsed before its text is even looked at. */
export type RawSnapshot = SidecarSnapshot & { problem?: SidecarProblem; unreadable?: boolean };

/** Reads `path`; an OS-level failure is returned as a problem without a position (line 0), never thrown. */
export async function readSnapshot(fs: SidecarFileSystem, path: string): Promise<RawSnapshot> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await fs.readFile(path, { maxBytes: MAX_SIDECAR_BYTES });
  } catch (e) {
    if (!isFileAccessError(e)) throw e;
    return {
      path,
      // A marker that differs from any text, so "changed since?" never mistakes it for an absent file.
      text: `\u0000unreadable: ${e.reason}`,
      unreadable: true,
      problem: { severity: 'error', code: e.code ?? 'UNREADABLE', line: 0, column: 0, message: `cannot read: ${e.reason}` },
    };
  }
  if (bytes === undefined) return { path, text: undefined };
  try {
    // ignoreBOM: keep a BOM in the text, so the file is written back with it.
    return { path, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Kept as undecodable text so "changed since?" still works; never parsed, never written.
    return {
      path,
      text: new TextDecoder('utf-8').decode(bytes),
      problem: { severity: 'error', code: 'NOT_UTF8', line: 1, column: 1, message: 'not valid UTF-8; save the file as UTF-8' },
    };
  }
}

export function interpret(snapshot: RawSnapshot): SidecarRead {
  const { path } = snapshot;
  if (snapshot.text === undefined) return { status: 'absent', path, snapshot: { path, text: undefined } };
  const clean = { path, text: snapshot.text };
  if (snapshot.problem) return { status: 'broken', path, snapshot: clean, problems: [snapshot.problem], ...(snapshot.unreadable && { unreadable: true }) };
  const parsed = parseSidecar(snapshot.text);
  return parsed.ok
    ? { status: 'ok', path, snapshot: clean, sidecar: parsed.sidecar }
    : { status: 'broken', path, snapshot: clean, problems: parsed.problems };
}

/** Reads and parses the sidecar or pending file at `path` (which need not exist). */
export async function readSidecarFile(fs: SidecarFileSystem, path: string): Promise<SidecarRead> {
  return interpret(await readSnapshot(fs, path));
}

/** Reads the sidecar of `articlePath` (which need not exist). */
export async function readSidecar(fs: SidecarFileSystem, articlePath: string): Promise<SidecarRead> {
  return readSidecarFile(fs, sidecarPathFor(articlePath));
}
