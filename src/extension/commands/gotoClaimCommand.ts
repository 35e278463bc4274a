import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { msg } from '../messages';

/** Moves the cursor to the next (or previous) claim of the active article, wrapping around. */
export function gotoClaimCommand(ctx: Ctx, direction: 1 | -1) {
  return async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const state = ctx.model.state(editor.document.uri);
    if (!state?.claims.length) {
      void ctx.messages.info(msg`Crosscheck: no claims in this article.`);
      return;
    }
    const here = editor.document.offsetAt(editor.selection.active);
    const starts = state.claims.map((c) => c.claim.span.start).sort((a, b) => a - b);
    const target =
      direction === 1
        ? (starts.find((s) => s > here) ?? starts[0])
        : ([...starts].reverse().find((s) => s < here) ?? starts[starts.length - 1]);
    const info = state.claims.find((c) => c.claim.span.start === target)!;
    revealSpan(editor, info.claim.span.start, info.claim.span.end, false);
  };
}

export function revealSpan(editor: vscode.TextEditor, start: number, end: number, select: boolean): void {
  const a = editor.document.positionAt(start);
  const b = editor.document.positionAt(end);
  editor.selection = select ? new vscode.Selection(a, b) : new vscode.Selection(a, a);
  editor.revealRange(new vscode.Range(a, b), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
