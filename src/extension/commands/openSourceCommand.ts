import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { revealSpan } from './gotoClaimCommand';

export interface OpenSourceArgs {
  /** absolute path of the source */
  file: string;
  start: number;
  end: number;
}

export interface RevealClaimArgs {
  uri: string;
  claimId: string;
}

/** Opens another source of the story beside the article, with its sentence selected (hover links). */
export function openSourceCommand(_ctx: Ctx) {
  return async (args?: OpenSourceArgs): Promise<void> => {
    if (!args || typeof args.file !== 'string') return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(args.file));
    const beside = vscode.window.activeTextEditor?.document.uri.fsPath !== args.file;
    const editor = await vscode.window.showTextDocument(doc, {
      preview: true,
      viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
    });
    revealSpan(editor, args.start, args.end, true);
  };
}

/** Shows a claim in its editor (Claims view). */
export function revealClaimCommand(ctx: Ctx) {
  return async (args?: RevealClaimArgs): Promise<void> => {
    if (!args) return;
    const uri = vscode.Uri.parse(args.uri);
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const info = ctx.model.claimById(uri, args.claimId);
    if (info) revealSpan(editor, info.claim.span.start, info.claim.span.end, true);
  };
}
