// The "Claims" view: the loaded stories' articles, each with its claims grouped by status, with verdict state;
// within a status, the most check-worthy claim first. Clicking a claim reveals it in its editor.
import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import { verdictBadge } from '../core/review/verdictBadge';
import { STATUS_LOOK, STATUS_ORDER } from '../core/story/statusTable';
import { MENTIONS_PENDING, statusExplanation } from '../core/story/statusExplanation';
import type { ArticleState, ClaimInfo, SourceRef } from '../core/review/articleState';
import type { ClaimStatus } from '../core/story/claimStatus';
import type { StoryModel } from './storyModel';
import { baseName } from '../core/text/fileName';
import { oneLine } from '../core/text/oneLine';

export type ClaimsNode =
  | { kind: 'article'; file: string; state: ArticleState }
  | { kind: 'status'; file: string; status: ClaimStatus; claims: ClaimInfo[] }
  | { kind: 'claim'; file: string; info: ClaimInfo };

/** Highest check-worthiness first; equal scores in article order. */
export function byScore(claims: readonly ClaimInfo[]): ClaimInfo[] {
  return [...claims].sort((a, b) => b.claim.score - a.claim.score || a.claim.span.start - b.claim.span.start);
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly model: StoryModel) {
    this.subscription = model.onDidChange(() => this.changed.fire(undefined));
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return this.model.articles().map((state) => ({ kind: 'article', file: state.file, state }));
    if (node.kind === 'article') {
      // the most urgent status first; within one, the most check-worthy claim first
      return STATUS_ORDER.map((status) => ({
        kind: 'status' as const,
        file: node.file,
        status,
        claims: node.state.claims.filter((c) => c.status === status),
      })).filter((g) => g.claims.length > 0);
    }
    if (node.kind === 'status') return byScore(node.claims).map((info) => ({ kind: 'claim', file: node.file, info }));
    return [];
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if (node.kind === 'article') {
      // the article being worked on is open, the other sources start folded
      const active = vscode.window.activeTextEditor?.document.uri.fsPath === node.file;
      const item = new vscode.TreeItem(
        baseName(node.file),
        active ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      const claims = node.state.claims;
      const reviewed = claims.filter((c) => c.verdict).length;
      item.description = `${claims.length} claims · ${reviewed} reviewed`;
      item.resourceUri = vscode.Uri.file(node.file);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'article';
      item.id = `article:${node.file}`;
      if (node.state.sidecar.issues.some((i) => i.severity === 'error')) {
        item.description += ' · sidecar has errors';
      }
      return item;
    }
    if (node.kind === 'status') {
      const s = STATUS_LOOK[node.status];
      const open = node.status === 'contradicted' || node.status === 'disputed';
      const item = new vscode.TreeItem(
        s.label,
        open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
      item.description = `${node.claims.length}`;
      item.iconPath = new vscode.ThemeIcon(s.icon, new vscode.ThemeColor(`crosscheck.${node.status}Border`));
      item.id = `status:${node.file}:${node.status}`;
      item.contextValue = 'status';
      return item;
    }
    const { info } = node;
    const item = new vscode.TreeItem(info.claim.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    item.description = info.verdict ? verdictBadge(info.verdict.label).text : 'unreviewed';
    // a claim nothing relates to gets its tooltip when hovered (resolveTreeItem): it says which sources mention it
    if (info.mentions) item.tooltip = this.tooltip(node.file, info, info.mentions);
    item.iconPath = info.verdict
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('crosscheck.verdictBorder'))
      : new vscode.ThemeIcon('circle-large-outline');
    item.id = `claim:${node.file}:${info.claim.id}`;
    // `claim.(un)reviewed`, plus `.reviewer` for a reviewer's own claim (it cannot be dismissed)
    item.contextValue = (info.verdict ? 'claim.reviewed' : 'claim.unreviewed') + (info.claim.origin === 'reviewer' ? '.reviewer' : '');
    item.command = {
      command: CommandId.RevealClaim,
      title: 'Reveal claim',
      arguments: [{ uri: vscode.Uri.file(node.file).toString(), claimId: info.claim.id }],
    };
    return item;
  }

  /** the tooltip of a claim whose mentions were left to be looked up when shown */
  async resolveTreeItem(item: vscode.TreeItem, node: ClaimsNode): Promise<vscode.TreeItem> {
    if (node.kind !== 'claim' || item.tooltip) return item;
    item.tooltip = this.tooltip(node.file, node.info, await this.model.mentions(vscode.Uri.file(node.file), node.info));
    return item;
  }

  /** status, verdict and why, under the claim's words; all appended as text (a claim is untrusted) */
  private tooltip(file: string, info: ClaimInfo, mentions: readonly SourceRef[] | undefined): vscode.MarkdownString {
    const look = STATUS_LOOK[info.status];
    const tooltip = new vscode.MarkdownString().appendText(info.claim.text.replace(/\s+/g, ' '));
    tooltip.appendMarkdown('\n\n').appendText(`${look.glyph} ${look.label} — ${info.verdict ? `verdict ${verdictBadge(info.verdict.label).text}` : 'no verdict yet'}`);
    if (info.verdict?.note) tooltip.appendMarkdown('\n\n').appendText(`Note: ${oneLine(info.verdict.note, 300)}`);
    tooltip.appendMarkdown('\n\n').appendText(mentions ? statusExplanation(info.status, [...info.refs, ...mentions]) : MENTIONS_PENDING);
    const signals = this.model.signalsOf(vscode.Uri.file(file), info);
    tooltip.appendText(`\n\ncheck-worthiness ${info.claim.score.toFixed(2)}${signals.length ? `: ${signals.join(', ')}` : ''}`);
    if (info.claim.origin === 'reviewer') tooltip.appendMarkdown('\n\n*Marked as a claim by a reviewer.*');
    return tooltip;
  }
}
