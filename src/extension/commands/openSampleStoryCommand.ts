// "Open the Sample Story" (the walkthrough's first step): a draft and the three articles it draws on, shipped in
// the VSIX under samples/story/, copied into the extension's global storage — a folder of the reviewer's own,
// outside any workspace, where verdicts can be written — and the draft opened. A file already there is kept as
// it is (the reviewer's edits and verdicts survive a second run); a missing one is copied afresh.
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { msg } from '../messages';

/** the sample story as shipped (.vscodeignore allows exactly these); the draft is the one opened */
export const SAMPLE_DRAFT = 'draft-atacms-explainer.md';
export const SAMPLE_FILES = [SAMPLE_DRAFT, 'abc-us-approves-atacms.txt', 'cnn-ukraine-fires-atacms.txt', 'digest-1000th-day-strike.txt'];
const SHIPPED = ['samples', 'story'];
const COPY = 'sample-story';

/** resolves to the opened draft's URI (a string: tests and the walkthrough read it), undefined on failure */
export function openSampleStoryCommand(ctx: Ctx) {
  return async (): Promise<string | undefined> => {
    const from = vscode.Uri.joinPath(ctx.extension.extensionUri, ...SHIPPED);
    const to = vscode.Uri.joinPath(ctx.extension.globalStorageUri, COPY);
    try {
      await vscode.workspace.fs.createDirectory(to);
      for (const name of SAMPLE_FILES) {
        const target = vscode.Uri.joinPath(to, name);
        if (await exists(target)) continue;
        await vscode.workspace.fs.copy(vscode.Uri.joinPath(from, name), target, { overwrite: false });
      }
    } catch (err) {
      ctx.log.error(`cannot copy the sample story to ${to.fsPath}: ${String(err)}`);
      void ctx.messages.error(msg`Crosscheck: the sample story could not be copied: ${String(err)}`);
      return undefined;
    }
    const draft = vscode.Uri.joinPath(to, SAMPLE_DRAFT);
    const doc = await vscode.workspace.openTextDocument(draft);
    // from the walkthrough (not a text editor): beside it, so that its steps stay in view
    const fromWalkthrough = !!vscode.window.tabGroups.activeTabGroup.activeTab && !vscode.window.activeTextEditor;
    await vscode.window.showTextDocument(doc, { viewColumn: fromWalkthrough ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preview: false });
    return draft.toString();
  };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
