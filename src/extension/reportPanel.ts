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
import { LineIndex } from '../core/text/lineIndex';
import { msg, type Messages } from './messages';
import type { StoryModel } from './storyModel';
import type { VerdictMemoryService } from './verdictMemoryService';
import { baseName } from '../core/text/fileName';

export const REPORT_VIEW_TYPE = 'crosscheck.signOffReport';

/** the report always reads as paper (it is what gets attached to the copy), whatever the editor's theme */
const PAPER = 'html{background:#fff;color-scheme:light}';

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** the article the report was opened for; its story is reported */
  private active: string | undefined;
  /** the files of the story last rendered */
  private files = new Set<string>();
  /** renders asked for so far: a render that finds a newer one asked drops its result */
  private renders = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly model: StoryModel,
    private readonly memory: VerdictMemoryService,
    private readonly messages: Messages,
  ) {
    this.subscription = model.onDidChange((files) => {
      if (!this.panel?.visible || !this.active) return;
      if (files.length && !files.some((f) => this.files.has(f))) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.render(), 300);
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
    if (!uri || !this.model.has(uri)) {
      void this.messages.info(msg`Crosscheck: open an analysed article to see its story's sign-off report.`);
      return false;
    }
    await this.model.whenIdle();
    // the report lists verdicts given on matching claims elsewhere: an explicit command can wait for the memory
    await this.memory.get();
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
        this.active = undefined;
      });
    }
    this.panel.reveal(undefined, true);
    await this.render();
    return true;
  }

  /** asks the analysis worker for the story as it has it now, then renders it (unless a newer render was asked) */
  private async render(): Promise<void> {
    const active = this.active;
    if (!this.panel || !active) return;
    const render = ++this.renders;
    const story = await this.model.report(vscode.Uri.file(active));
    if (!story || render !== this.renders || !this.panel) return;
    const display = (file: string) => vscode.workspace.asRelativePath(file, false);
    // the article being worked on first, then the other sources of its story
    const sorted = story.articles.sort((a, b) => Number(b.file === active) - Number(a.file === active));
    const files = sorted.map((a) => a.file);
    this.files = new Set(files);
    const lines = new Map(sorted.map((a) => [a.file, new LineIndex(a.text)]));
    const articles = sorted.map((a): ReportArticleInput => {
      const priorVerdicts = (id: string) =>
        (a.prior[id] ?? []).map((p) => ({ file: display(p.file), claimText: p.claimText, label: p.label, ...(p.note !== undefined && { note: p.note }) }));
      return {
        file: display(a.file),
        lines: lines.get(a.file)!,
        reports: a.reports.map((r) => ({ ...r, crossRefs: r.crossRefs.map((ref) => ({ ...ref, file: display(ref.file) })) })),
        verdicts: a.verdicts,
        dismissed: new Set(a.dismissed),
        sidecarBroken: a.sidecarBroken,
        priorVerdicts,
      };
    });
    const byDisplay = new Map(files.map((f) => [display(f), f]));
    const model = signOffReport({
      articles,
      lineOf: (file, offset) => {
        const index = lines.get(byDisplay.get(file) ?? file);
        return index ? index.positionAt(offset).line + 1 : undefined;
      },
      title: `Sign-off report: ${display(active)}${files.length > 1 ? ` and the ${files.length - 1} other source${files.length > 2 ? 's' : ''} of its story` : ''}`,
      generatedAt: new Date().toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }),
    });
    const nonce = randomBytes(16).toString('base64');
    this.panel.title = `Sign-off: ${baseName(active)}`;
    this.panel.webview.html = htmlReport(model, { nonce }).replace('</head>', `<style nonce="${nonce}">${PAPER}</style></head>`);
  }
}

