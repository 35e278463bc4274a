// The extension's one context object: settings, log, the story model and the UI components, built and wired
// in one place. Everything disposable goes through `pushCleanup`.
import * as vscode from 'vscode';
import { ClaimCodeActions } from './claimCodeActions';
import { ClaimsTreeProvider } from './claimsView';
import { registerAllCommands } from './commands';
import { ContextKey, BuiltinCommand } from './commandIds';
import { Config } from './config';
import { Decorations } from './decorations';
import { Diagnostics } from './diagnostics';
import { ClaimHoverProvider } from './hover';
import { Messages } from './messages';
import { StatusBar } from './statusBar';
import { STORY_FILE } from '../core/story/storySources';
import { isArticleDocument } from './articleFiles';
import { StoryModel } from './storyModel';
import { SidecarWatcher } from './sidecarWatcher';
import { ReportPanel } from './reportPanel';
import { VerdictMemoryService } from './verdictMemoryService';
import { claimAt } from '../core/review/claimAtOffset';

export const ARTICLE_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
];

export class Ctx {
  readonly config = new Config();
  readonly log: vscode.LogOutputChannel;
  /** every notification and status message goes through it */
  readonly messages: Messages;
  readonly model: StoryModel;
  readonly decorations: Decorations;
  readonly diagnostics: Diagnostics;
  readonly statusBar: StatusBar;
  readonly claimsView: ClaimsTreeProvider;
  /** built on first use (a hover), not here */
  readonly memory: VerdictMemoryService;
  readonly report: ReportPanel;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.log = this.pushCleanup(vscode.window.createOutputChannel('Crosscheck', { log: true }));
    this.messages = new Messages(this.log);
    // the analysis runs in a worker thread, bundled beside the extension (scripts/build.mjs)
    const worker = vscode.Uri.joinPath(this.extension.extensionUri, 'dist', 'analysisWorker.js').fsPath;
    this.model = this.pushCleanup(new StoryModel(this.config, this.log, this.messages, worker));
    this.decorations = this.pushCleanup(new Decorations(this.model, this.config, this.extension.extensionUri));
    this.diagnostics = this.pushCleanup(new Diagnostics(this.model, this.config));
    this.statusBar = this.pushCleanup(new StatusBar(this.model, this.config));
    this.claimsView = this.pushCleanup(new ClaimsTreeProvider(this.model));
    this.pushCleanup(vscode.window.createTreeView('crosscheck.claims', { treeDataProvider: this.claimsView, showCollapseAll: true }));
    this.memory = this.pushCleanup(new VerdictMemoryService(this.log, this.model));
    this.report = this.pushCleanup(new ReportPanel(this.model, this.memory, this.messages));
    this.pushCleanup(vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new ClaimHoverProvider(this.model, this.memory, this.log)));
    this.pushCleanup(vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new ClaimCodeActions(this.model), { providedCodeActionKinds: ClaimCodeActions.kinds }));
    this.pushCleanup(new SidecarWatcher(this.model, this.log, this.memory));
    registerAllCommands(this);
    this.wireDocuments();
  }

  pushCleanup<T extends vscode.Disposable>(d: T): T {
    this.extension.subscriptions.push(d);
    return d;
  }

  private wireDocuments(): void {
    const model = this.model;
    this.pushCleanup(vscode.workspace.onDidOpenTextDocument((doc) => void model.open(doc)));
    this.pushCleanup(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.config.analyzeOnType) model.schedule(e.document);
      }),
    );
    this.pushCleanup(vscode.workspace.onDidSaveTextDocument((doc) => model.schedule(doc, 0)));
    // another source of the story changed on disk (an editor's own saves are covered above)
    const sources = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}');
    this.pushCleanup(sources);
    this.pushCleanup(sources.onDidChange((uri) => void model.fileChanged(uri)));
    this.pushCleanup(sources.onDidCreate((uri) => void model.fileChanged(uri)));
    this.pushCleanup(sources.onDidDelete((uri) => void model.fileDeleted(uri)));
    const storyFiles = vscode.workspace.createFileSystemWatcher(`**/${STORY_FILE}`);
    this.pushCleanup(storyFiles);
    for (const event of [storyFiles.onDidChange, storyFiles.onDidCreate, storyFiles.onDidDelete]) {
      this.pushCleanup(event((uri) => void model.storyFileChanged(uri)));
    }
    this.pushCleanup(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['enable', 'analysis.maxFileSize', 'verdictLabels', 'story.allowedPaths'].some((key) => Config.affects(e, key))) {
          void model.reloadAll();
        }
      }),
    );
    // trusted now: the stories may read the sources their story files list
    this.pushCleanup(vscode.workspace.onDidGrantWorkspaceTrust(() => void model.reloadAll()));
    this.pushCleanup(vscode.window.onDidChangeTextEditorSelection((e) => this.updateOnClaim(e.textEditor)));
    this.pushCleanup(vscode.window.onDidChangeActiveTextEditor((e) => e && this.updateOnClaim(e)));
    this.pushCleanup(model.onDidChange(() => vscode.window.activeTextEditor && this.updateOnClaim(vscode.window.activeTextEditor)));

    // the documents already open when we were activated: after activate() returns, never inside it
    setTimeout(() => {
      for (const doc of vscode.workspace.textDocuments) if (isArticleDocument(doc)) void model.open(doc);
    }, 0);
  }

  private onClaim: boolean | undefined;
  private updateOnClaim(editor: vscode.TextEditor): void {
    const on = !!claimAt(this.model.state(editor.document.uri), editor.document.offsetAt(editor.selection.active));
    if (on === this.onClaim) return;
    this.onClaim = on;
    void vscode.commands.executeCommand(BuiltinCommand.SetContext, ContextKey.OnClaim, on);
  }
}
