// Helpers for the extension-host suites: the sample story (a copy made by the runner), the extension's API.
import * as assert from 'node:assert';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../src/extension/api';

export const EXTENSION_ID = 'crosscheck.crosscheck';

/** the copy of samples/ the runner made (the workspace folder is its story/ subfolder) */
export function storyDir(): string {
  const ws = process.env.CROSSCHECK_TEST_WORKSPACE;
  if (ws) return join(ws, 'story');
  return vscode.workspace.workspaceFolders![0].uri.fsPath;
}

export function storyUri(name: string): vscode.Uri {
  return vscode.Uri.file(join(storyDir(), name));
}

export const DRAFT = 'draft-atacms-explainer.md';
export const ABC = 'abc-us-approves-atacms.txt';
export const CNN = 'cnn-ukraine-fires-atacms.txt';
export const DIGEST = 'digest-1000th-day-strike.txt';

export async function api(): Promise<CrosscheckApi> {
  const ext = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  return ext.activate();
}

/** opens an article, waits for its story to be analysed, returns its editor */
export async function openArticle(name: string): Promise<{ editor: vscode.TextEditor; api: CrosscheckApi }> {
  const doc = await vscode.workspace.openTextDocument(storyUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  const a = await api();
  await waitFor(() => a.article(doc.uri) !== undefined, `${name} analysed`);
  await a.whenIdle();
  return { editor, api: a };
}

export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** the offset of a phrase in a document (must occur) */
export function offsetOf(doc: vscode.TextDocument, phrase: string): number {
  const i = doc.getText().indexOf(phrase);
  assert.ok(i >= 0, `"${phrase}" not in ${doc.uri.fsPath}`);
  return i;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}
