import * as vscode from 'vscode';
import type { ClaimsNode } from '../claimsView';
import type { Ctx } from '../ctx';
import type { ClaimInfo } from '../../core/review/articleState';
import { messageText } from '../../core/text/untrustedText';
import { msg, type Messages, type SafeMessage } from '../messages';
import { hideHover } from './hideHover';
import { baseName } from '../../core/text/fileName';
import { oneLine } from '../../core/text/oneLine';
import { reviewerName } from '../reviewerPrompt';
import { claimAt, claimById } from '../../core/review/claimAtOffset';

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
    if (args.claimId) info = claimById(ctx.model.state(uri), args.claimId);
    else if (editor && editor.document.uri.toString() === uri.toString()) {
      info = claimAt(ctx.model.state(uri), editor.document.offsetAt(editor.selection.active));
    }
    if (!state || !info) {
      void ctx.messages.info(msg`Crosscheck: put the cursor on a highlighted claim to record a verdict.`);
      return false;
    }
    // A broken sidecar does not stop the reviewer: the verdict is asked for as usual and the core keeps it in
    // the pending file (as the CLI does), to be added once the file is fixed. Nothing typed is thrown away.
    const labels = state.sidecar.labels;
    let label = args.label;
    if (label === undefined) {
      // labels may come from the sidecar's `labels:`: shown as plain text (a QuickPick renders $(icon)), value kept
      const items: (vscode.QuickPickItem & { value: string })[] = labels.map((l) => ({
        label: messageText(l, 60),
        value: l,
        description: info!.verdict?.label === l ? '(current)' : undefined,
        picked: info!.verdict?.label === l,
      }));
      const broken = state.sidecar.issues.some((i) => i.severity === 'error');
      const picked = await vscode.window.showQuickPick(items, {
        // said before the reviewer types anything: the verdict will wait in the pending file
        title: broken ? `Crosscheck: verdict (${messageText(baseName(state.sidecar.path), 80)} has errors: it will be kept pending until they are fixed)` : 'Crosscheck: verdict',
        placeHolder: `Verdict on “${oneLine(info.claim.text, 80)}”`,
        ignoreFocusOut: true,
      });
      if (!picked) return false;
      label = picked.value;
    }
    let note = args.note;
    if (note === undefined) {
      note = await vscode.window.showInputBox({
        title: `Crosscheck: note for “${messageText(label, 60)}”`,
        prompt: 'Why? Sources checked, who was called… (optional; Enter to save, Escape to cancel)',
        value: info.verdict?.note ?? '',
        ignoreFocusOut: true,
      });
      if (note === undefined) return false;
    }

    // asked once, after the label and note: a verdict given up on leaves the setting alone
    const by = await reviewerName(ctx.config, ctx.messages, uri.fsPath);
    // a one-click verdict from the card: the card is stale. Closed before the recording, which waits on the
    // analysis worker: closed after, it could close the card the reviewer has meanwhile opened again
    if (args.label !== undefined) hideHover();
    const result = await ctx.model.recordVerdict(uri, info.claim.id, label, note.trim(), by);
    if (!result.ok) {
      // The core's own words, as the CLI prints them: where the file is broken (file:line:col) or the OS
      // error, and where the verdict was kept — or the whole verdict, when it could be kept nowhere.
      const path = result.path ?? state.sidecar.path;
      // the notification is capped; the log keeps the core's words whole (a verdict that could be kept nowhere)
      ctx.log.error(result.message);
      void showSidecarError(ctx.messages, path, msg`Crosscheck: ${result.message}`, result.line ?? 1, result.column ?? 1);
      return false;
    }
    // the verdict memory sees it at once (the sidecar watcher would, a moment later)
    void ctx.memory.refresh(vscode.Uri.file(state.sidecar.path)).catch(() => undefined);
    ctx.messages.status(msg`$(pass) Crosscheck: “${label}” saved in ${baseName(state.sidecar.path)}`);
    return true;
  };
}

async function showSidecarError(messages: Messages, path: string, message: SafeMessage, line: number, column: number): Promise<void> {
  const open = 'Open Verdicts File';
  const choice = await messages.error(message, open);
  if (choice === open) {
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(path));
    const pos = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}


