import * as vscode from 'vscode';
import { sidecarPathFor } from '../../core/sidecar/storage/sidecarPath';
import type { Ctx } from '../ctx';
import { revealSpan } from './gotoClaimCommand';
import { claimById } from '../../core/review/claimAtOffset';

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
    const info = claimById(ctx.model.state(uri), args.claimId);
    if (info) revealSpan(editor, info.claim.span.start, info.claim.span.end, true);
  };
}

export interface OpenPriorVerdictArgs {
  /** the article whose sidecar holds the verdict */
  file: string;
  /** the claim's words as recorded there */
  claimText: string;
  /** the block's line in that sidecar: shown when the words are no longer in the article */
  sidecarLine?: number;
}

/** Opens the article where a matching claim was checked (verdict memory), at that claim when its words are there. */
export function openPriorVerdictCommand(_ctx: Ctx) {
  return async (args?: OpenPriorVerdictArgs): Promise<void> => {
    if (!args || typeof args.file !== 'string') return;
    const viewColumn = vscode.ViewColumn.Beside;
    let doc: vscode.TextDocument | undefined;
    try {
      doc = await vscode.workspace.openTextDocument(vscode.Uri.file(args.file));
    } catch {
      doc = undefined;
    }
    const words = typeof args.claimText === 'string' ? args.claimText.trim().split(/\s+/).filter(Boolean) : [];
    const found = doc && words.length ? new RegExp(words.map(escapeRegExp).join('\\s+')).exec(doc.getText()) : null;
    if (doc && found) {
      const editor = await vscode.window.showTextDocument(doc, { preview: true, viewColumn });
      revealSpan(editor, found.index, found.index + found[0].length, true);
      return;
    }
    // the words changed (or the article is gone): the verdict's block in that sidecar
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(sidecarPathFor(args.file)), { preview: true, viewColumn });
    const pos = new vscode.Position(Math.max(0, (args.sidecarLine ?? 1) - 1), 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
