import { dirname } from 'node:path';
import { defaultReviewerName } from '../../node/reviewerName';
import * as vscode from 'vscode';
import type { ClaimsNode } from '../claimsView';
import type { Ctx } from '../ctx';
import type { ClaimInfo } from '../engine';

export interface RecordVerdictArgs {
  /** the article; default: the active editor */
  uri?: string;
  /** the claim; default: the claim at the cursor */
  claimId?: string;
  /** given: no QuickPick (scripts, tests) */
  label?: string;
  /** given (even empty): no InputBox */
  note?: string;
}

/**
 * Records (or changes) the verdict on a claim: a label from a QuickPick, a note from an InputBox, stored in the
 * article's sidecar through the core. A sidecar with errors is never written: its error is shown with file:line,
 * and the verdict is kept in the pending file (or shown in full when even that cannot be written).
 */
export function recordVerdictCommand(ctx: Ctx) {
  return async (given: RecordVerdictArgs | ClaimsNode = {}): Promise<boolean> => {
    // a Claims view item (its inline button) names its claim
    const args: RecordVerdictArgs =
      'kind' in given ? (given.kind === 'claim' ? { uri: vscode.Uri.file(given.file).toString(), claimId: given.info.claim.id } : {}) : given;
    const editor = vscode.window.activeTextEditor;
    const uri = args.uri ? vscode.Uri.parse(args.uri) : editor?.document.uri;
    if (!uri) return false;
    const state = ctx.model.state(uri);
    let info: ClaimInfo | undefined;
    if (args.claimId) info = ctx.model.claimById(uri, args.claimId);
    else if (editor && editor.document.uri.toString() === uri.toString()) {
      info = ctx.model.claimAt(uri, editor.document.offsetAt(editor.selection.active));
    }
    if (!state || !info) {
      void vscode.window.showInformationMessage('Crosscheck: put the cursor on a highlighted claim to record a verdict.');
      return false;
    }
    // A broken sidecar does not stop the reviewer: the verdict is asked for as usual and the core keeps it in
    // the pending file (as the CLI does), to be added once the file is fixed. Nothing typed is thrown away.
    const labels = state.sidecar.labels;
    let label = args.label;
    if (label === undefined) {
      const items: (vscode.QuickPickItem & { label: string })[] = labels.map((l) => ({
        label: l,
        description: info!.verdict?.label === l ? '(current)' : undefined,
        picked: info!.verdict?.label === l,
      }));
      const broken = state.sidecar.issues.some((i) => i.severity === 'error');
      const picked = await vscode.window.showQuickPick(items, {
        // said before the reviewer types anything: the verdict will wait in the pending file
        title: broken ? `Crosscheck: verdict (${baseName(state.sidecar.path)} has errors: it will be kept pending until they are fixed)` : 'Crosscheck: verdict',
        placeHolder: `Verdict on “${shorten(info.claim.text, 80)}”`,
        ignoreFocusOut: true,
      });
      if (!picked) return false;
      label = picked.label;
    }
    let note = args.note;
    if (note === undefined) {
      note = await vscode.window.showInputBox({
        title: `Crosscheck: note for “${label}”`,
        prompt: 'Why? Sources checked, who was called… (optional; Enter to save, Escape to cancel)',
        value: info.verdict?.note ?? '',
        ignoreFocusOut: true,
      });
      if (note === undefined) return false;
    }

    const by = ctx.config.reviewerName ?? reviewerFor(uri.fsPath);
    const result = await ctx.model.recordVerdict(uri, info.claim.id, label, note.trim(), by);
    if (!result.ok) {
      // The core's own words, as the CLI prints them: where the file is broken (file:line:col) or the OS
      // error, and where the verdict was kept — or the whole verdict, when it could be kept nowhere.
      const path = result.path ?? state.sidecar.path;
      void showSidecarError(path, result.message, result.line ?? 1, result.column ?? 1);
      return false;
    }
    // the verdict memory sees it at once (the sidecar watcher would, a moment later)
    void ctx.memory.refresh(vscode.Uri.file(state.sidecar.path)).catch(() => undefined);
    vscode.window.setStatusBarMessage(`$(pass) Crosscheck: “${label}” saved in ${baseName(state.sidecar.path)}`, 4000);
    return true;
  };
}

async function showSidecarError(path: string, message: string, line: number, column: number): Promise<void> {
  const open = 'Open Verdicts File';
  const choice = await vscode.window.showErrorMessage(`Crosscheck: ${message}`, open);
  if (choice === open) {
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(path));
    const pos = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}

const reviewers = new Map<string, string>();

/** git user.name of the article's repository, else the OS user (as the CLI does); asked once per folder */
export function reviewerFor(file: string): string {
  const folder = dirname(file);
  let name = reviewers.get(folder);
  if (name === undefined) reviewers.set(folder, (name = defaultReviewerName(folder)));
  return name;
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max - 1) + '…';
}
