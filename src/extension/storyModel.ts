// Keeps the engine fed: which stories are loaded (one per folder of an opened article), the text of each source
// (the editor's text when open, else the file on disk), debounced re-analysis as the reviewer types, and
// re-reading when a source or a sidecar changes on disk. Components listen to `onDidChange` and read states.
import * as vscode from 'vscode';
import type { StoryBounds } from '../core/story/storyBounds';
import { STORY_FILE, formatStoryProblem, storySources, type StoryProblem } from '../core/story/storySources';
import { nodeStoryHost } from '../node/nodeStoryHost';
import { decodeArticle } from '../core/text/decode';
import type { Config } from './config';
import { msg, type Messages } from './messages';
import { showSkippedMessage, type Skipped } from './skippedArticle';
import type { Span } from '../core/model';
import { StoryEngine, type ArticleState, type ClaimInfo, type DismissedInfo, type RecordResult, type ReviewResult } from './engine';

const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];

export function isArticlePath(path: string): boolean {
  const lower = path.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !/\.crosscheck\.ya?ml$/.test(lower);
}

export { STORY_FILE };

export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme === 'file' && (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && isArticlePath(doc.uri.fsPath);
}

function folderOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i > 0 ? file.slice(0, i) : file;
}

export class StoryModel implements vscode.Disposable {
  private readonly stories = new Map<string, StoryEngine>();
  private readonly states = new Map<string, ArticleState>();
  /** files left out, with the reason shown to the reviewer */
  private readonly skipped = new Map<string, Skipped>();
  /** the problems of each loaded story's sources (story file, links out of bounds), by folder */
  private readonly storyProblems = new Map<string, StoryProblem[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private busy = 0;
  private idleWaiters: (() => void)[] = [];

  /** fired with the files whose state changed */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
    private readonly messages: Messages,
  ) {}

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  // ---- reading -------------------------------------------------------------------------------------------

  state(uri: vscode.Uri): ArticleState | undefined {
    const file = uri.fsPath;
    let state = this.states.get(file);
    if (!state) {
      state = this.stories.get(folderOf(file))?.article(file);
      if (state) this.states.set(file, state);
    }
    return state;
  }

  skippedReason(uri: vscode.Uri): string | undefined {
    return this.skipped.get(uri.fsPath)?.reason;
  }

  /** why the file is left out, and what kind of reason (undefined: it is not) */
  skippedFile(uri: vscode.Uri): Skipped | undefined {
    return this.skipped.get(uri.fsPath);
  }

  /** every analysed article of every loaded story, by folder then file */
  articles(): ArticleState[] {
    const out: ArticleState[] = [];
    for (const folder of [...this.stories.keys()].sort()) {
      for (const file of this.stories.get(folder)!.files()) {
        const s = this.state(vscode.Uri.file(file));
        if (s) out.push(s);
      }
    }
    return out;
  }

  claimAt(uri: vscode.Uri, offset: number): ClaimInfo | undefined {
    return this.state(uri)?.claims.find((c) => c.claim.span.start <= offset && offset <= c.claim.span.end);
  }

  claimById(uri: vscode.Uri, id: string): ClaimInfo | undefined {
    return this.state(uri)?.claims.find((c) => c.claim.id === id);
  }

  /** why a claim scored as it did, in a fact-checker's words (empty when its article is not analysed) */
  signalsOf(uri: vscode.Uri, info: ClaimInfo): string[] {
    return this.storyOf(uri)?.scoreSignals(uri.fsPath, info.claim) ?? [];
  }

  /** a dismissed claim under an offset (for "Restore" at the cursor) */
  dismissedAt(uri: vscode.Uri, offset: number): DismissedInfo | undefined {
    return this.state(uri)?.dismissed.find((d) => d.claim.span.start <= offset && offset <= d.claim.span.end);
  }

  /** the story (engine) an article belongs to: the report and the verdict memory read through it */
  storyOf(uri: vscode.Uri): StoryEngine | undefined {
    const engine = this.stories.get(folderOf(uri.fsPath));
    return engine?.has(uri.fsPath) ? engine : undefined;
  }

  /** resolves once no analysis is scheduled or running (tests and the e2e wait on it) */
  whenIdle(): Promise<void> {
    if (this.busy === 0 && this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // ---- feeding -------------------------------------------------------------------------------------------

  /** an article was opened or became visible: load its story once */
  async open(doc: vscode.TextDocument): Promise<void> {
    if (!isArticleDocument(doc) || !this.config.enable) return;
    const folder = folderOf(doc.uri.fsPath);
    if (this.stories.has(folder)) {
      if (!this.stories.get(folder)!.has(doc.uri.fsPath) && !this.skipped.has(doc.uri.fsPath)) {
        await this.run(async () => {
          const engine = this.stories.get(folder)!;
          if (this.feed(doc.uri.fsPath, doc.getText(), engine)) await this.loadSidecar(engine, doc.uri.fsPath);
          this.emit(folder);
        });
      }
      return;
    }
    await this.run(() => this.loadStory(folder, doc.uri.fsPath));
  }

  /** the reviewer typed: re-analyse after the configured quiet time */
  schedule(doc: vscode.TextDocument, delay = this.config.debounceMs): void {
    if (!isArticleDocument(doc)) return;
    const file = doc.uri.fsPath;
    const folder = folderOf(file);
    if (!this.stories.has(folder)) return;
    clearTimeout(this.timers.get(file));
    this.timers.set(
      file,
      setTimeout(() => {
        this.timers.delete(file);
        void this.run(async () => {
          if (this.feed(file, doc.getText())) this.emit(folder);
        });
      }, delay),
    );
  }

  /** a source changed on disk (not through an open editor): every story holding it follows */
  async fileChanged(uri: vscode.Uri): Promise<void> {
    const file = uri.fsPath;
    if (!isArticlePath(file)) return;
    const holders = [...this.stories].filter(([folder, engine]) => engine.has(file) || folder === folderOf(file));
    if (!holders.length) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
    if (open?.isDirty) return; // the editor's text wins until it is saved
    await this.run(async () => {
      const text = open ? open.getText() : await this.readText(uri);
      for (const [folder, engine] of holders) {
        if (text === undefined) engine.removeArticle(file);
        else if (this.feed(file, text, engine) && !engine.hasSidecar(file)) await this.loadSidecar(engine, file);
        this.emit(folder);
      }
    });
  }

  async fileDeleted(uri: vscode.Uri): Promise<void> {
    for (const [folder, story] of this.stories) {
      if (!story.has(uri.fsPath)) continue;
      story.removeArticle(uri.fsPath);
      this.emit(folder);
    }
  }

  /** a crosscheck-story.yaml changed: load that folder's story again */
  async storyFileChanged(uri: vscode.Uri): Promise<void> {
    const folder = folderOf(uri.fsPath);
    if (!this.stories.has(folder)) return;
    const article = this.stories.get(folder)!.files().find((f) => folderOf(f) === folder);
    this.stories.delete(folder);
    this.storyProblems.delete(folder);
    if (article) await this.run(() => this.loadStory(folder, article));
  }

  /** a sidecar changed on disk (a hand edit, git): read it again, show the result at once */
  async sidecarChanged(articleFile: string): Promise<void> {
    await this.run(async () => {
      for (const [folder, engine] of this.stories) {
        if (!engine.has(articleFile)) continue;
        await this.loadSidecar(engine, articleFile);
        this.emit(folder);
      }
    });
  }

  /** records a verdict through the article's story, then refreshes every view */
  async recordVerdict(uri: vscode.Uri, claimId: string, label: string, note: string, by: string | undefined): Promise<RecordResult> {
    const folder = folderOf(uri.fsPath);
    const engine = this.stories.get(folder);
    if (!engine) return { ok: false, message: `${uri.fsPath} is not analysed` };
    let result: RecordResult = { ok: false, message: 'not run' };
    await this.run(async () => {
      result = await engine.recordVerdict(uri.fsPath, claimId, label, note, by);
      this.emit(folder);
    });
    return result;
  }

  /** "Mark as claim" on a span of the analysed text; the new claim shows after the sidecar is read again */
  markClaim(uri: vscode.Uri, span: Span, by: string): Promise<ReviewResult> {
    return this.review(uri, (engine) => engine.markClaim(uri.fsPath, span, by));
  }

  /** "Not a claim" */
  dismissClaim(uri: vscode.Uri, claimId: string, by: string): Promise<ReviewResult> {
    return this.review(uri, (engine) => engine.dismissClaim(uri.fsPath, claimId, by));
  }

  /** undoes "Not a claim" */
  restoreClaim(uri: vscode.Uri, claimId: string): Promise<ReviewResult> {
    return this.review(uri, (engine) => engine.restoreClaim(uri.fsPath, claimId));
  }

  private async review(uri: vscode.Uri, edit: (engine: StoryEngine) => Promise<ReviewResult>): Promise<ReviewResult> {
    const folder = folderOf(uri.fsPath);
    const engine = this.stories.get(folder);
    if (!engine?.has(uri.fsPath)) return { ok: false, message: `${uri.fsPath} is not analysed` };
    let result: ReviewResult = { ok: false, message: 'not run' };
    await this.run(async () => {
      result = await edit(engine);
      this.emit(folder);
    });
    return result;
  }

  private async loadSidecar(engine: StoryEngine, file: string): Promise<void> {
    try {
      await engine.loadSidecar(file);
    } catch (err) {
      this.log.error(`cannot read the sidecar of ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** drops every story and loads again those of the open articles */
  async reloadAll(): Promise<void> {
    this.stories.clear();
    this.storyProblems.clear();
    this.states.clear();
    this.skipped.clear();
    this.changed.fire([]);
    for (const doc of vscode.workspace.textDocuments) await this.open(doc);
  }

  // ---- internals -----------------------------------------------------------------------------------------

  private async loadStory(folder: string, article: string): Promise<void> {
    const engine = new StoryEngine(folder, () => ({ verdictLabels: this.config.verdictLabels }));
    this.stories.set(folder, engine);
    const started = Date.now();
    const sources = await storySources(article, nodeStoryHost, this.boundsOf(article));
    engine.setStoryTitles(sources.titles);
    this.storyProblems.set(folder, sources.problems);
    for (const problem of sources.problems) this.log.warn(formatStoryProblem(problem));
    // one message per story, however many entries a story file has (they are all in Problems and the log)
    const [first, ...more] = sources.problems;
    if (first) {
      void this.messages.warn(
        more.length
          ? msg`Crosscheck: ${sources.problems.length} problems with the story's sources (all in Problems); the first: ${formatStoryProblem(first)}`
          : msg`Crosscheck: ${formatStoryProblem(first)}`,
      );
    }
    for (const file of sources.files) {
      const text = this.openText(file) ?? (await this.readText(vscode.Uri.file(file)));
      if (text !== undefined) this.feed(file, text, engine);
    }
    await Promise.all(engine.files().map((f) => this.loadSidecar(engine, f)));
    this.log.info(`story ${folder}: ${engine.files().length} sources analysed in ${Date.now() - started} ms`);
    this.emit(folder);
  }

  /**
   * Where the story of `article` may read: its workspace folder (its own folder when it is in none), plus the
   * paths the user allowed; in Restricted Mode only its own folder.
   */
  private boundsOf(article: string): StoryBounds {
    const root = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(article))?.uri.fsPath ?? folderOf(article);
    const trusted = vscode.workspace.isTrusted;
    return {
      roots: [root],
      allowed: trusted ? this.config.allowedStoryPaths : [],
      describe: `the workspace folder ${root}`,
      allowHint: 'a user setting, crosscheck.story.allowedPaths, can allow it',
      ownFolderOnly: !trusted,
      ownFolderOnlyReason: 'Restricted Mode reads only the article\'s own folder; trust the workspace to read the sources it lists',
    };
  }

  /** the story file's problems, by story folder (Problems entries) */
  problemsOfStories(): StoryProblem[] {
    return [...this.storyProblems.values()].flat();
  }

  private openText(file: string): string | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file)?.getText();
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const decoded = decodeArticle(bytes);
      if (decoded.ok) return decoded.text;
      this.skip(uri.fsPath, { kind: 'unreadable', reason: decoded.message });
    } catch (err) {
      this.log.warn(`cannot read ${uri.fsPath}: ${String(err)}`);
    }
    return undefined;
  }

  /** analyses one source; false when it is left out */
  private feed(file: string, text: string, engine = this.stories.get(folderOf(file))): boolean {
    if (!engine) return false;
    const max = this.config.maxFileSize;
    if (text.length > max) {
      engine.removeArticle(file);
      this.skip(file, { kind: 'tooLong', reason: `${text.length.toLocaleString('en')} characters, over the ${max.toLocaleString('en')} set in crosscheck.analysis.maxFileSize`, length: text.length, max });
      return true;
    }
    this.skipped.delete(file);
    const t = Date.now();
    try {
      engine.setArticle(file, text);
    } catch (err) {
      this.log.error(`analysis of ${file} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      engine.removeArticle(file);
      return true;
    }
    this.log.debug(`analysed ${file} (${text.length} chars) in ${Date.now() - t} ms`);
    return true;
  }

  private skip(file: string, skipped: Skipped): void {
    if (this.skipped.get(file)?.reason === skipped.reason) return;
    this.skipped.set(file, skipped);
    const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    this.log.warn(`${file} not analysed: ${skipped.reason}`);
    showSkippedMessage(this.messages, name, skipped);
  }

  private emit(folder: string): void {
    const engine = this.stories.get(folder);
    const files = engine ? engine.files() : [];
    for (const f of [...this.states.keys()]) if (folderOf(f) === folder) this.states.delete(f);
    this.changed.fire(files);
  }

  private async run(work: () => Promise<unknown>): Promise<void> {
    this.busy++;
    try {
      await work();
    } catch (err) {
      this.log.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    } finally {
      this.busy--;
      if (this.busy === 0 && this.timers.size === 0) {
        const waiters = this.idleWaiters.splice(0);
        for (const w of waiters) w();
      }
    }
  }
}
