// Which files the extension treats as articles of a story (and which folder a story is): one place, so the
// model, the status bar and the commands agree.
import * as vscode from 'vscode';
import { decodeArticle } from '../core/text/decode';

const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];

export function isArticlePath(path: string): boolean {
  const lower = path.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !/\.crosscheck\.ya?ml$/.test(lower);
}

export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'file' && (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && isArticlePath(doc.uri.fsPath);
}

export function folderOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i > 0 ? file.slice(0, i) : file;
}

/** An article's text from disk, decoded as core/text/decode.ts does; `unreadable` says why it cannot be. */
export async function readArticleFile(uri: vscode.Uri): Promise<{ ok: true; text: string } | { ok: false; unreadable?: string; error?: string }> {
  try {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, unreadable: decoded.message };
  } catch (err) {
    return { ok: false, error: String(err) };
  }
}
