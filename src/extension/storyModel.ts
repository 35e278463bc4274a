// Keeps the engine fed: which stories are loaded (one per folder of an opened article), the text of each source
// (the editor's text when open, else the file on disk), debounced re-analysis as the reviewer types, and
// re-reading when a source or a sidecar changes on disk. Components listen to `onDidChange` and read states.
// The engines run in the analysis worker (analysisWorker/): this thread only sends text snapshots and requests
// and keeps the latest state of each article, which every component reads without waiting.
import * as vscode from 'vscode';
import type { PriorVerdict } from '../core/memory/verdictMemory';
import { AnalysisClient, type Ask } from './analysisWorker/analysisClient';
import { CardLookups } from './analysisWorker/cardLookups';
import type { Answers, ReportArticle, StoryId } from './analysisWorker/protocol';
import type { StateCache } from './analysisWorker/stateCache';
import { storySources, type StoryProblem } from '../core/story/storySources';
import { showStoryProblems } from './storyProblemsMessage';
import { nodeStoryHost } from '../node/nodeStoryHost';
import type { Config } from './config';
import { folderOf, isArticleDocument, isArticlePath, readArticleFile } from './articleFiles';
import { storyBoundsInEditor } from './storyBoundsInEditor';
import { msg, type Messages } from './messages';
import { WorkerLog } from './workerLog';
import { showSkippedMessage, type Skipped } from './skippedArticle';
import type { Span } from '../core/model';
import type { ArticleState, ClaimInfo, RecordResult, ReviewResult, SourceRef } from '../core/review/articleState';

/** worker crashes in a row after which the stories are not loaded again (the reviewer reloads the window) */
const MAX_RESTARTS = 3;

export class StoryModel implements vscode.Disposable {
  /** the loaded stories: folder → its id in the analysis worker */
  private readonly stories = new Map<string, StoryId>();
  private nextStory = 1;
  private readonly client: AnalysisClient;
  private restarts = 0;
  private readonly lookups: CardLookups;
  private readonly restarted = new vscode.EventEmitter<void>();
  /** the analysis worker was started again: it holds no verdict memory */
  readonly onWorkerRestart = this.restarted.event;
  /** files left out, with the reason shown to the reviewer */
  private readonly skipped = new Map<string, Skipped>();
  /** the problems of each loaded story's sources (story file, links out of bounds), by folder */
  private readonly storyProblems = new Map<string, StoryProblem[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<readonly string[]>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.restarted];
  private busy = 0;
  private idleWaiters: (() => void)[] = [];

  /** fired with the files whose state changed */
  readonly onDidChange = this.changed.event;

  /** `workerFile`: the bundled analysis worker, dist/analysisWorker.js */
  constructor(
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
    private readonly messages: Messages,
    workerFile: string,
  ) {
    const workerLog = new WorkerLog(log, messages);
    this.client = new AnalysisClient({
      workerFile,
      onStates: (story) => {
        this.lookups.storyChanged();
        const folder = this.folderOfStory(story);
        if (folder !== undefined) this.emit(folder);
      },
      onLog: (level, message) => workerLog.logged(level, message),
      onCrash: (error) => this.crashed(error),
    });
    this.lookups = new CardLookups(this.client);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.client.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  // ---- reading -------------------------------------------------------------------------------------------

  /** the latest analysed state of an article (of the story of its folder); never waits on the analysis */
  state(uri: vscode.Uri): ArticleState | undefined {
    return this.cacheOf(folderOf(uri.fsPath))?.state(uri.fsPath);
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
    return [...this.stories.keys()].sort().flatMap((folder) => {
      const cache = this.cacheOf(folder);
      return (cache?.files() ?? []).flatMap((file) => cache?.state(file) ?? []);
    });
  }


  /** why a claim scored as it did, in a fact-checker's words (empty when its article is not analysed) */
  signalsOf(uri: vscode.Uri, info: ClaimInfo): string[] {
    return this.cacheOf(folderOf(uri.fsPath))?.signals(uri.fsPath, info.claim.id) ?? [];
  }

  /** whether the article is analysed in the story of its folder (or on its way) */
  has(uri: vscode.Uri): boolean {
    return this.cacheOf(folderOf(uri.fsPath))?.has(uri.fsPath) ?? false;
  }

  /** verdicts on matching claims of other articles (the worker's memory); undefined: no answer now (CardLookups) */
  priorVerdicts(uri: vscode.Uri, claimId: string): Promise<PriorVerdict[] | undefined> {
    const story = this.stories.get(folderOf(uri.fsPath));
    return story === undefined ? Promise.resolve([]) : this.lookups.priorVerdicts(story, uri.fsPath, claimId);
  }

  /**
   * The other sources' sentences that mention a claim no claim relates to (the states leave them out), asked
   * when a card or tooltip shows it; undefined when there is no answer now (CardLookups).
   */
  mentions(uri: vscode.Uri, info: ClaimInfo): Promise<SourceRef[] | undefined> {
    if (info.mentions) return Promise.resolve(info.mentions);
    const story = this.stories.get(folderOf(uri.fsPath));
    return story === undefined ? Promise.resolve([]) : this.lookups.mentions(story, uri.fsPath, info.claim.id);
  }

  /** the verdict memory's requests (it lives in the worker with the story indexes it matches against) */
  memoryRequest<K extends 'memoryBuild' | 'memoryRefresh' | 'memoryReset'>(kind: K, ask: Ask<K>): Promise<Answers[K]> {
    this.lookups.memoryChanged();
    return this.client.request(kind, ask);
  }

  /** the story of an article for its sign-off report, as the worker has it now (undefined: not analysed) */
  async report(uri: vscode.Uri): Promise<{ folder: string; articles: ReportArticle[] } | undefined> {
    const folder = folderOf(uri.fsPath);
    const story = this.stories.get(folder);
    if (story === undefined || !this.has(uri)) return undefined;
    return { folder, articles: await this.client.request('report', { story }) };
  }

  /** the files of the story of a folder that have a state */
  filesOf(folder: string): string[] {
    return this.cacheOf(folder)?.files() ?? [];
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
      if (!this.has(doc.uri) && !this.skipped.has(doc.uri.fsPath)) await this.run(() => this.feed(doc.uri.fsPath, doc.getText(), folder));
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
        void this.run(() => this.feed(file, doc.getText(), folder));
      }, delay),
    );
  }

  /** a source changed on disk (not through an open editor): every story holding it follows */
  async fileChanged(uri: vscode.Uri): Promise<void> {
    const file = uri.fsPath;
    if (!isArticlePath(file)) return;
    const holders = [...this.stories.keys()].filter((folder) => this.cacheOf(folder)?.has(file) || folder === folderOf(file));
    if (!holders.length) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
    if (open?.isDirty) return; // the editor's text wins until it is saved
    await this.run(async () => {
      const text = open ? open.getText() : await this.readText(uri);
      await Promise.all(holders.map((folder) => (text === undefined ? this.remove(folder, file) : this.feed(file, text, folder))));
    });
  }

  async fileDeleted(uri: vscode.Uri): Promise<void> {
    const holders = [...this.stories.keys()].filter((folder) => this.cacheOf(folder)?.has(uri.fsPath));
    await this.run(() => Promise.all(holders.map((folder) => this.remove(folder, uri.fsPath))));
  }

  /** a crosscheck-story.yaml changed: load that folder's story again */
  async storyFileChanged(uri: vscode.Uri): Promise<void> {
    const folder = folderOf(uri.fsPath);
    if (!this.stories.has(folder)) return;
    const article = this.filesOf(folder).find((f) => folderOf(f) === folder);
    this.dropStory(folder);
    if (article) await this.run(() => this.loadStory(folder, article));
  }

  /** a sidecar changed on disk (a hand edit, git): read it again, show the result at once */
  async sidecarChanged(articleFile: string): Promise<void> {
    await this.run(async () => {
      for (const [folder, story] of this.stories) {
        if (!this.cacheOf(folder)?.has(articleFile)) continue;
        await this.client.request('loadSidecar', { story, file: articleFile });
        this.emit(folder);
      }
    });
  }

  /** records a verdict through the article's story, then refreshes every view */
  async recordVerdict(uri: vscode.Uri, claimId: string, label: string, note: string, by: string | undefined): Promise<RecordResult> {
    const folder = folderOf(uri.fsPath);
    const story = this.stories.get(folder);
    if (story === undefined) return { ok: false, message: `${uri.fsPath} is not analysed` };
    let result: RecordResult = { ok: false, message: 'not run' };
    await this.run(async () => {
      result = await this.client.request('recordVerdict', { story, file: uri.fsPath, claimId, label, note, by });
      this.emit(folder);
    });
    return result;
  }

  /** "Mark as claim" on a span of the analysed text; the new claim shows after the sidecar is read again */
  markClaim(uri: vscode.Uri, span: Span, by: string): Promise<ReviewResult> {
    return this.review(uri, (story) => this.client.request('markClaim', { story, file: uri.fsPath, span, by }));
  }

  /** "Not a claim" */
  dismissClaim(uri: vscode.Uri, claimId: string, by: string): Promise<ReviewResult> {
    return this.review(uri, (story) => this.client.request('dismissClaim', { story, file: uri.fsPath, claimId, by }));
  }

  /** undoes "Not a claim" */
  restoreClaim(uri: vscode.Uri, claimId: string): Promise<ReviewResult> {
    return this.review(uri, (story) => this.client.request('restoreClaim', { story, file: uri.fsPath, claimId }));
  }

  private async review(uri: vscode.Uri, edit: (story: StoryId) => Promise<ReviewResult>): Promise<ReviewResult> {
    const folder = folderOf(uri.fsPath);
    const story = this.stories.get(folder);
    if (story === undefined || !this.has(uri)) return { ok: false, message: `${uri.fsPath} is not analysed` };
    let result: ReviewResult = { ok: false, message: 'not run' };
    await this.run(async () => {
      result = await edit(story);
      this.emit(folder);
    });
    return result;
  }

  /** drops every story and loads again those of the open articles */
  async reloadAll(): Promise<void> {
    for (const folder of [...this.stories.keys()]) this.dropStory(folder);
    this.skipped.clear();
    this.changed.fire([]);
    for (const doc of vscode.workspace.textDocuments) await this.open(doc);
  }

  // ---- internals -----------------------------------------------------------------------------------------

  private async loadStory(folder: string, article: string): Promise<void> {
    const story = this.nextStory++;
    this.stories.set(folder, story);
    const started = Date.now();
    const sources = await storySources(article, nodeStoryHost, storyBoundsInEditor(this.config, article));
    if (this.stories.get(folder) !== story) return; // dropped meanwhile
    await this.client.openStory({ story, folder, verdictLabels: this.config.verdictLabels, titles: sources.titles });
    this.storyProblems.set(folder, sources.problems);
    showStoryProblems(this.log, this.messages, sources.problems);
    // every text first, then every snapshot at once: the worker analyses them in one pass (sidecars included)
    const texts: [string, string][] = [];
    for (const file of sources.files) {
      const text = this.openText(file) ?? (await this.readText(vscode.Uri.file(file)));
      if (text !== undefined) texts.push([file, text]);
    }
    await Promise.all(texts.map(([file, text]) => this.feed(file, text, folder)));
    this.log.info(`story ${folder}: ${this.filesOf(folder).length} sources analysed in ${Date.now() - started} ms`);
    this.emit(folder);
  }

  private cacheOf(folder: string): StateCache | undefined {
    const story = this.stories.get(folder);
    return story === undefined ? undefined : this.client.cache(story);
  }

  private folderOfStory(story: StoryId): string | undefined {
    for (const [folder, id] of this.stories) if (id === story) return folder;
    return undefined;
  }

  private dropStory(folder: string): void {
    const story = this.stories.get(folder);
    if (story === undefined) return;
    this.stories.delete(folder);
    this.storyProblems.delete(folder);
    this.client.dropStory(story).catch(() => undefined); // a dead worker knows no story anyway
  }

  /** the worker died: say so, and load the stories again in a new one (not forever) */
  private crashed(error: Error): void {
    this.log.error(`the analysis worker stopped: ${error.stack ?? error.message}`);
    this.restarts++;
    const again = this.restarts <= MAX_RESTARTS;
    void this.messages.error(
      again
        ? msg`Crosscheck: the analysis stopped (${error.message}); the stories are analysed again.`
        : msg`Crosscheck: the analysis stopped again (${error.message}); reload the window to start it again.`,
    );
    const open = [...this.stories.keys()];
    this.stories.clear();
    this.storyProblems.clear();
    this.lookups.workerRestarted();
    this.changed.fire([]);
    this.restarted.fire();
    if (again && open.length) void this.reloadAll();
  }

  /** the story file's problems, by story folder (Problems entries) */
  problemsOfStories(): StoryProblem[] {
    return [...this.storyProblems.values()].flat();
  }

  private openText(file: string): string | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file)?.getText();
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    const read = await readArticleFile(uri);
    if (read.ok) return read.text;
    if (read.unreadable) this.skip(uri.fsPath, { kind: 'unreadable', reason: read.unreadable });
    else this.log.warn(`cannot read ${uri.fsPath}: ${read.error}`);
    return undefined;
  }

  /**
   * Sends one source's text to the worker (resolves when it is analysed and its states are here). A text over
   * the size limit is left out instead. A failed analysis is logged and shown by the worker's log line.
   */
  private async feed(file: string, text: string, folder: string): Promise<void> {
    const story = this.stories.get(folder);
    if (story === undefined) return;
    const max = this.config.maxFileSize;
    if (text.length > max) {
      this.skip(file, { kind: 'tooLong', reason: `${text.length.toLocaleString('en')} characters, over the ${max.toLocaleString('en')} set in crosscheck.analysis.maxFileSize`, length: text.length, max });
      await this.remove(folder, file);
      return;
    }
    this.skipped.delete(file);
    const t = Date.now();
    await this.client.setArticle(story, file, text);
    this.log.debug(`analysed ${file} (${text.length} chars) in ${Date.now() - t} ms (in the analysis worker, with any text queued with it)`);
  }

  private async remove(folder: string, file: string): Promise<void> {
    const story = this.stories.get(folder);
    if (story === undefined) return;
    const removing = this.client.removeArticle(story, file);
    this.emit(folder); // gone from the views at once
    await removing;
  }

  private skip(file: string, skipped: Skipped): void {
    if (this.skipped.get(file)?.reason === skipped.reason) return;
    this.skipped.set(file, skipped);
    const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    this.log.warn(`${file} not analysed: ${skipped.reason}`);
    showSkippedMessage(this.messages, name, skipped);
  }

  private emit(folder: string): void {
    this.changed.fire(this.filesOf(folder));
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
