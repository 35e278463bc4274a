// Every command handler, registered in one place under the ids of commandIds.ts.
import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import { gotoClaimCommand } from './commands/gotoClaimCommand';
import { openSampleStoryCommand } from './commands/openSampleStoryCommand';
import { openPriorVerdictCommand, openSourceCommand, revealClaimCommand } from './commands/openSourceCommand';
import { recordVerdictCommand } from './commands/recordVerdictCommand';
import { dismissClaimCommand, markClaimCommand, restoreClaimCommand, showDismissedCommand } from './commands/reviewCommands';
import type { Ctx } from './ctx';
import { msg } from './messages';
import { isArticleDocument } from './articleFiles';

type Handler = (...args: any[]) => unknown;

export function createCommands(): Record<CommandId, (ctx: Ctx) => Handler> {
  return {
    [CommandId.RecordVerdict]: recordVerdictCommand,
    [CommandId.NextClaim]: (ctx) => gotoClaimCommand(ctx, 1),
    [CommandId.PreviousClaim]: (ctx) => gotoClaimCommand(ctx, -1),
    [CommandId.Reanalyze]: (ctx) => () => {
      ctx.memory.reset(); // the verdict memory is read again from the workspace's sidecars on the next hover
      return ctx.model.reloadAll();
    },
    [CommandId.ShowLog]: (ctx) => () => ctx.log.show(),
    // `{ uri, line }` (the hover's "edit the note" link): that article's sidecar at the verdict's block, where a
    // note of several lines is written as YAML allows; else the active article's sidecar (from the walkthrough's
    // button the walkthrough has focus: the article is the visible one beside it)
    [CommandId.OpenSidecar]: (ctx) => async (args?: { uri?: string; line?: number }) => {
      const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => isArticleDocument(e.document));
      const uri = typeof args?.uri === 'string' ? vscode.Uri.parse(args.uri) : editor?.document.uri;
      const state = uri && ctx.model.state(uri);
      if (!state) {
        void ctx.messages.info(msg`Crosscheck: open an analysed article first.`);
        return;
      }
      try {
        const editor = await vscode.window.showTextDocument(vscode.Uri.file(state.sidecar.path), { viewColumn: vscode.ViewColumn.Beside });
        if (typeof args?.line === 'number' && args.line >= 1) {
          const pos = new vscode.Position(args.line - 1, 0);
          editor.selection = new vscode.Selection(pos, pos);
          editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.AtTop);
        }
      } catch {
        void ctx.messages.info(msg`Crosscheck: no verdicts recorded for this article yet.`);
      }
    },
    [CommandId.MarkClaim]: markClaimCommand,
    [CommandId.DismissClaim]: dismissClaimCommand,
    [CommandId.RestoreClaim]: restoreClaimCommand,
    [CommandId.ShowDismissed]: showDismissedCommand,
    [CommandId.OpenReport]: (ctx) => () => ctx.report.show(vscode.window.activeTextEditor?.document.uri),
    [CommandId.OpenSampleStory]: openSampleStoryCommand,
    [CommandId.OpenSource]: openSourceCommand,
    [CommandId.RevealClaim]: revealClaimCommand,
    [CommandId.OpenPriorVerdict]: openPriorVerdictCommand,
  };
}

export function registerAllCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(createCommands())) {
    ctx.pushCleanup(vscode.commands.registerCommand(id, factory(ctx)));
  }
}
