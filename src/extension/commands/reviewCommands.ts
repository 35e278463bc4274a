// The reviewer's own hand on what the claims are: "Mark Selection as Claim", "Not a claim", "Show Dismissed
// Claims" and "Restore". Each writes the article's sidecar through the core (core/review/claimEdits.ts) and
// the story model re-reads it, so the marks and dismissals are re-anchored on every analysis.
import * as vscode from 'vscode';
import type { ClaimsNode } from '../claimsView';
import type { Ctx } from '../ctx';
import type { DismissedInfo, ReviewResult } from '../../core/review/articleState';
import { messageText } from '../../core/text/untrustedText';
import { msg } from '../messages';
import { hideHover } from './hideHover';
import { revealSpan } from './gotoClaimCommand';
import { baseName } from '../../core/text/fileName';
import { oneLine } from '../../core/text/oneLine';
import { reviewerName } from '../reviewerPrompt';
import { claimAt, claimById, dismissedAt } from '../../core/review/claimAtOffset';

export interface MarkClaimArgs {
  /** the article; default: the active editor */
  uri?: string;
  /** offsets in the document; default: the active editor's selection */
  start?: number;
  end?: number;
}

export interface ClaimArgs {
  uri?: string;
  claimId?: string;
}

/** A claim named by hover-link arguments, a Claims view item, or the cursor of the active editor. */
function target(args: ClaimArgs | ClaimsNode | undefined): { uri: vscode.Uri; claimId?: string; offset?: number } | undefined {
  if (args && 'kind' in args) return args.kind === 'claim' ? { uri: vscode.Uri.file(args.file), claimId: args.info.claim.id } : undefined;
  const editor = vscode.window.activeTextEditor;
  const uri = args?.uri ? vscode.Uri.parse(args.uri) : editor?.document.uri;
  if (!uri) return undefined;
  if (args?.claimId) return { uri, claimId: args.claimId };
  if (editor && editor.document.uri.toString() === uri.toString()) return { uri, offset: editor.document.offsetAt(editor.selection.active) };
  return { uri };
}

function reviewer(ctx: Ctx, uri: vscode.Uri): Promise<string> {
  return reviewerName(ctx.config, ctx.messages, uri.fsPath);
}

function failed(ctx: Ctx, result: Extract<ReviewResult, { ok: false }>, fallbackPath: string | undefined): void {
  const open = 'Open Verdicts File';
  const path = result.path ?? fallbackPath;
  void ctx.messages.error(msg`Crosscheck: nothing was saved: ${result.message}`, ...(path ? [open] : [])).then(async (choice) => {
    if (choice !== open || !path) return;
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(path));
    const pos = new vscode.Position(Math.max(0, (result.line ?? 1) - 1), Math.max(0, (result.column ?? 1) - 1));
    editor.selection = new vscode.Selection(pos, pos);
  });
}

/** The document's text is the analysed one (an edit still waiting for its debounce is analysed first). */
async function analysedNow(ctx: Ctx, doc: vscode.TextDocument): Promise<void> {
  if (ctx.model.state(doc.uri)?.text === doc.getText()) return;
  ctx.model.schedule(doc, 0);
  await ctx.model.whenIdle();
}

/** "Mark Selection as Claim": returns the new claim's id (undefined when nothing was marked). */
export function markClaimCommand(ctx: Ctx) {
  return async (args: MarkClaimArgs = {}): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const uri = args.uri ? vscode.Uri.parse(args.uri) : editor?.document.uri;
    const doc = uri && (editor?.document.uri.toString() === uri.toString() ? editor.document : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()));
    if (!uri || !doc) return undefined;
    let start = args.start;
    let end = args.end;
    if (start === undefined || end === undefined) {
      if (!editor || editor.document !== doc || editor.selection.isEmpty) {
        void ctx.messages.info(msg`Crosscheck: select the words of the claim first.`);
        return undefined;
      }
      start = doc.offsetAt(editor.selection.start);
      end = doc.offsetAt(editor.selection.end);
    }
    await analysedNow(ctx, doc);
    const state = ctx.model.state(uri);
    if (!state) {
      void ctx.messages.info(msg`Crosscheck: this article is not analysed.`);
      return undefined;
    }
    const result = await ctx.model.markClaim(uri, { start, end }, await reviewer(ctx, uri));
    if (!result.ok) {
      failed(ctx, result, state.sidecar.path);
      return undefined;
    }
    ctx.messages.status(result.action === 'unchanged' ? msg`$(info) Crosscheck: already marked as a claim` : msg`$(pass) Crosscheck: marked as a claim in ${baseName(state.sidecar.path)}`);
    return result.claimId;
  };
}

/** "Not a claim" on a detected claim (hover link, context menu, Claims view). */
export function dismissClaimCommand(ctx: Ctx) {
  return async (args?: ClaimArgs | ClaimsNode): Promise<boolean> => {
    const t = target(args);
    const info = t && (t.claimId ? claimById(ctx.model.state(t.uri), t.claimId) : t.offset !== undefined ? claimAt(ctx.model.state(t.uri), t.offset) : undefined);
    if (!t || !info) {
      void ctx.messages.info(msg`Crosscheck: put the cursor on a highlighted claim to dismiss it.`);
      return false;
    }
    if (info.claim.origin === 'reviewer') {
      void ctx.messages.info(msg`Crosscheck: this claim was marked by a reviewer; delete its block in the verdicts file to unmark it.`);
      return false;
    }
    const by = await reviewer(ctx, t.uri);
    hideHover(); // the card is stale; closed before the worker answers (see recordVerdictCommand)
    const result = await ctx.model.dismissClaim(t.uri, info.claim.id, by);
    if (!result.ok) {
      failed(ctx, result, ctx.model.state(t.uri)?.sidecar.path);
      return false;
    }
    const undo = 'Undo';
    void ctx.messages
      .info(msg`Crosscheck: “${oneLine(info.claim.text, 60)}” dismissed as not a claim.`, undo)
      .then((choice) => {
        if (choice === undo) void ctx.model.restoreClaim(t.uri, info.claim.id);
      });
    return true;
  };
}

interface DismissedItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
  dismissed: DismissedInfo;
}

/** the dismissed claims of the loaded stories, the active article's first */
function dismissedItems(ctx: Ctx): DismissedItem[] {
  const active = vscode.window.activeTextEditor?.document.uri.fsPath;
  const articles = ctx.model.articles().sort((a, b) => Number(b.file === active) - Number(a.file === active));
  return articles.flatMap((state) =>
    state.dismissed.map((d) => ({
      uri: vscode.Uri.file(state.file),
      dismissed: d,
      // a QuickPick renders $(icon) in labels: claim text is shown as plain text
      label: messageText(d.claim.text, 100),
      description: `${vscode.workspace.asRelativePath(state.file, false)}:${state.lines.positionAt(d.claim.span.start).line + 1}`,
      detail: ['dismissed', d.by && `by ${d.by}`, d.at && `on ${d.at.slice(0, 10)}`].filter(Boolean).join(' '),
    })),
  );
}

/** Restore: the given claim, the dismissed claim at the cursor, or one picked from the list. */
export function restoreClaimCommand(ctx: Ctx) {
  return async (args?: ClaimArgs): Promise<boolean> => {
    const t = target(args);
    let uri = t?.uri;
    let claimId = t?.claimId;
    if (uri && !claimId && t?.offset !== undefined) claimId = dismissedAt(ctx.model.state(uri), t.offset)?.claim.id;
    if (!uri || !claimId) {
      const items = dismissedItems(ctx);
      if (!items.length) {
        void ctx.messages.info(msg`Crosscheck: no dismissed claims in the open stories.`);
        return false;
      }
      const picked = await vscode.window.showQuickPick(items, { title: 'Crosscheck: restore a dismissed claim', matchOnDescription: true });
      if (!picked) return false;
      ({ uri } = picked);
      claimId = picked.dismissed.claim.id;
    }
    const result = await ctx.model.restoreClaim(uri, claimId);
    if (!result.ok) {
      failed(ctx, result, ctx.model.state(uri)?.sidecar.path);
      return false;
    }
    ctx.messages.status(result.action === 'removed' ? msg`$(pass) Crosscheck: the claim is restored` : msg`$(info) Crosscheck: that claim was not dismissed`);
    return result.action === 'removed';
  };
}

const RESTORE_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('discard'), tooltip: 'Restore: a claim again' };

/** Lists the dismissed claims: Enter shows one in its editor, the button restores it. */
export function showDismissedCommand(ctx: Ctx) {
  return async (): Promise<void> => {
    const items = dismissedItems(ctx).map((i) => ({ ...i, buttons: [RESTORE_BUTTON] }));
    if (!items.length) {
      void ctx.messages.info(msg`Crosscheck: no dismissed claims in the open stories.`);
      return;
    }
    const pick = vscode.window.createQuickPick<DismissedItem>();
    pick.title = 'Crosscheck: dismissed claims (not highlighted)';
    pick.placeholder = 'Enter: show it in the article · the Restore button on an item: make it a claim again';
    pick.matchOnDescription = true;
    pick.items = items;
    pick.onDidTriggerItemButton(async ({ item }) => {
      const result = await ctx.model.restoreClaim(item.uri, item.dismissed.claim.id);
      if (!result.ok) failed(ctx, result, ctx.model.state(item.uri)?.sidecar.path);
      pick.items = pick.items.filter((i) => i !== item);
      if (!pick.items.length) pick.hide();
    });
    pick.onDidAccept(async () => {
      const [item] = pick.selectedItems;
      pick.hide();
      if (!item) return;
      const editor = await vscode.window.showTextDocument(item.uri);
      revealSpan(editor, item.dismissed.claim.span.start, item.dismissed.claim.span.end, true);
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
  };
}


