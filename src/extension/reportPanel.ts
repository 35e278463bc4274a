// "Crosscheck: Open Sign-off Report": the story of the active article as the core's sign-off report
// (core/report/signOffReport.ts, the same model as `crosscheck report`), rendered by htmlReport in one webview.
// A webview rather than a Markdown preview: the core's HTML is self-contained with its own strict CSP
// (default-src 'none'; the one style element allowed by a nonce; no script), the webview has scripts off and no
// local resource roots, and its HTML can be checked by the tests. It is re-rendered when opened again and while
// it is visible, when the story changes.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { htmlReport } from '../core/report/htmlReport';
import { signOffReport, type ReportArticleInput } from '../core/report/signOffReport';
import type { StoryEngine } from './engine';
import { msg, type Messages } from './messages';
import type { StoryModel } from './storyModel';
import type { VerdictMemoryService } from './verdictMemory';
import { baseName } from '../core/text/fileName';

export const REPORT_VIEW_TYPE = 'crosscheck.signOffReport';

/** the report always reads as paper (it is what gets attached to the copy), whatever the editor's theme */
const PAPER = 'html{background:#fff;color-scheme:light}';

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private story: StoryEngine | undefined;
  private active: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly model: StoryModel,
    private readonly memory: VerdictMemoryService,
    private readonly messages: Messages,
  ) {
    this.subscription = model.onDidChange((files) => {
      if (!this.panel?.visible || !this.story) return;
      if (files.length && !files.some((f) => this.story!.has(f))) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.render(), 300);
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.panel?.dispose();
  }

  /** the HTML last rendered (test API) */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  /** opens (or re-renders and reveals) the report of the story of `uri`; false when it is not analysed */
  async show(uri: vscode.Uri | undefined): Promise<boolean> {
    const story = uri && this.model.storyOf(uri);
    if (!uri || !story) {
      void this.messages.info(msg`Crosscheck: open an analysed article to see its story's sign-off report.`);
      return false;
    }
    await this.model.whenIdle();
    // the report lists verdicts given on matching claims elsewhere: an explicit command can wait for the memory
    await this.memory.get();
    this.story = story;
    this.active = uri.fsPath;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        REPORT_VIEW_TYPE,
        'Sign-off report',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableForms: false, localResourceRoots: [], enableFindWidget: true },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.story = undefined;
      });
    }
    this.render();
    this.panel.reveal(undefined, true);
    return true;
  }

  private render(): void {
    const story = this.story;
    if (!this.panel || !story) return;
    const display = (file: string) => vscode.workspace.asRelativePath(file, false);
    // the article being worked on first, then the other sources of its story
    const files = story.files().sort((a, b) => Number(b === this.active) - Number(a === this.active));
    const articles = files
      .map((f): ReportArticleInput | undefined => {
        const input = story.reportInput(f, display);
        if (!input) return undefined;
        const priorVerdicts = (id: string) =>
          this.memory.lookupNow(story, f, id).map((p) => ({ file: display(p.file), claimText: p.claimText, label: p.label, ...(p.note !== undefined && { note: p.note }) }));
        return { ...input, priorVerdicts };
      })
      .filter((a): a is ReportArticleInput => a !== undefined);
    const byDisplay = new Map(files.map((f) => [display(f), f]));
    const model = signOffReport({
      articles,
      lineOf: (file, offset) => story.lineOf(byDisplay.get(file) ?? file, offset),
      title: `Sign-off report: ${display(this.active ?? files[0] ?? story.folder)}${files.length > 1 ? ` and the ${files.length - 1} other source${files.length > 2 ? 's' : ''} of its story` : ''}`,
      generatedAt: new Date().toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
    });
    const nonce = randomBytes(16).toString('base64');
    this.panel.title = `Sign-off: ${baseName(this.active ?? story.folder)}`;
    this.panel.webview.html = htmlReport(model, { nonce }).replace('</head>', `<style nonce="${nonce}">${PAPER}</style></head>`);
  }
}

