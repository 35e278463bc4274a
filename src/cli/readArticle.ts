import { readFile, stat } from 'node:fs/promises';
import { decodeArticle, DEFAULT_MAX_BYTES, sizeProblem } from '../core/text/decode';

export interface InputProblem {
  file: string;
  line?: number;
  message: string;
}

export type ReadResult = { ok: true; file: string; text: string } | ({ ok: false } & InputProblem);

/** Reads one article, turning every way it can fail into a message that names the file. */
export async function readArticle(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, file, message: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})` };
  }
  if (info.isDirectory()) return { ok: false, file, message: 'is a directory, not an article (give the files, e.g. DIR/*.txt)' };
  if (!info.isFile()) return { ok: false, file, message: 'not a regular file' };
  // Checked before reading, so a huge file costs nothing.
  const tooLarge = sizeProblem(info.size, maxBytes);
  if (tooLarge) return { ok: false, file, message: tooLarge };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { ok: false, file, message: `cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const decoded = decodeArticle(bytes, maxBytes);
  if (!decoded.ok) return { ok: false, file, line: decoded.line, message: decoded.message };
  if (decoded.text.trim() === '') return { ok: false, file, message: 'empty file: nothing to analyse' };
  return { ok: true, file, text: decoded.text };
}

/** Problems go to stderr as FILE[:LINE]: message, the form editors and CI logs turn into links. */
export function printProblem(p: InputProblem): void {
  process.stderr.write(`crosscheck: ${p.file}${p.line !== undefined ? `:${p.line + 1}` : ''}: ${p.message}\n`);
}
