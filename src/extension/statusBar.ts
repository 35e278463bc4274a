// The status bar item for the active article: claims, contradicted, unreviewed. Click: the Claims view.
import * as vscode from 'vscode';
import { BuiltinCommand } from './commandIds';
import type { Config } from './config';
import { skippedShort } from './skippedArticle';
import { isArticleDocument } from './articleFiles';
import type { StoryModel } from './storyModel';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly model: StoryModel,
    private readonly config: Config,
  ) {
    this.item.name = 'Crosscheck';
    this.item.command = BuiltinCommand.FocusClaimsView;
    this.disposables.push(
      model.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** the text shown, for tests */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isArticleDocument(doc) || !this.config.enable) {
      this.item.hide();
      return;
    }
    const skipped = this.model.skippedFile(doc.uri);
    const state = this.model.state(doc.uri);
    if (skipped) {
      // says why in the bar itself: "not analysed" alone reads like a fault
      this.item.text = `$(circle-slash) Crosscheck: not analysed: ${skippedShort(skipped)}`;
      this.item.tooltip = `Not analysed: ${skipped.reason}`;
    } else if (!state) {
      this.item.text = '$(sync~spin) Crosscheck';
      this.item.tooltip = 'Analysing the story…';
    } else {
      const claims = state.claims.length;
      const contradicted = state.claims.filter((c) => c.status === 'contradicted').length;
      const disputed = state.claims.filter((c) => c.status === 'disputed').length;
      const unreviewed = state.claims.filter((c) => !c.verdict).length;
      // disputed claims are counted too (when there are any): "0 contradicted" alone read as "nothing to check"
      const dispute = disputed ? `  $(warning) ${disputed} disputed` : '';
      this.item.text = `$(checklist) ${claims} claims  $(error) ${contradicted} contradicted${dispute}  $(circle-large-outline) ${unreviewed} unreviewed`;
      const broken = state.sidecar.issues.find((i) => i.severity === 'error');
      this.item.tooltip = new vscode.MarkdownString(
        `**Crosscheck** — ${claims} claims in this article, ${contradicted} contradicted by other sources, ${disputed} disputed, ` +
          `${unreviewed} without a verdict.${broken ? `\n\n$(error) The verdicts file has an error (line ${broken.line}): verdicts cannot be saved.` : ''}\n\nClick to show the Claims view.`,
        true,
      );
      this.item.backgroundColor = broken ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    }
    this.item.show();
  }
}
