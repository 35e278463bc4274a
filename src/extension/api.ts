// What `activate()` returns: a small read-only API for tests (and other extensions), since decorations and the
// tree cannot be read back through VS Code's own API.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';
import type { DecorationKind, RangeJson } from './decorations';
import type { ArticleState } from '../core/review/articleState';
import type { ClaimsNode } from './claimsView';
import type { ShownMessage } from './messages';

export interface CrosscheckApi {
  /** resolves when no analysis is scheduled or running */
  whenIdle(): Promise<void>;
  /** the analysed state of an article (claims, statuses, cross-references, verdicts, sidecar issues) */
  article(uri: vscode.Uri): ArticleState | undefined;
  /** the decoration ranges last set on the article's editor, by kind */
  decorations(uri: vscode.Uri): Record<DecorationKind, RangeJson[]> | undefined;
  /** the Claims view's tree, as labels (test only) */
  claimsTree(): Promise<TreeSnapshot[]>;
  /** the status bar text */
  statusText(): string;
  /** the sign-off report webview's HTML, when it is open */
  reportHtml(): string | undefined;
  /** the notifications and status messages shown so far (the last 200), oldest first */
  messages(): readonly ShownMessage[];
}

export interface TreeSnapshot {
  label: string;
  description?: string;
  /** the hover text of the item (a claim's score and the signals behind it) */
  tooltip?: string;
  children: TreeSnapshot[];
}

export function createApi(ctx: Ctx): CrosscheckApi {
  const snapshot = async (node?: ClaimsNode): Promise<TreeSnapshot[]> => {
    const children = ctx.claimsView.getChildren(node);
    return Promise.all(
      children.map(async (child) => {
        // as VS Code shows it on hover: a claim's tooltip may be resolved only then
        const item = await ctx.claimsView.resolveTreeItem(ctx.claimsView.getTreeItem(child), child);
        const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
        return {
          label,
          description: typeof item.description === 'string' ? item.description : undefined,
          tooltip: typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value,
          children: await snapshot(child),
        };
      }),
    );
  };
  return {
    whenIdle: () => ctx.model.whenIdle(),
    article: (uri) => ctx.model.state(uri),
    decorations: (uri) => ctx.decorations.renderedOn(uri),
    claimsTree: () => snapshot(),
    statusText: () => ctx.statusBar.text,
    reportHtml: () => ctx.report.html,
    messages: () => ctx.messages.history(),
  };
}
