// The host's side of the analysis worker: starts the thread, sends it requests and text snapshots, and keeps the
// latest state of every article (StateCache) for the components that must answer at once. No `vscode` import:
// the bench and the unit tests drive it in plain Node. When the thread dies, every waiting request fails, the
// owner is told (`onCrash`) and the next request starts a new thread.
import { Worker } from 'node:worker_threads';
import type { Answers, Request, RequestKind, StateUpdate, StoryId, WorkerMessage } from './protocol';
import { StateCache } from './stateCache';

/** A request of one kind without its kind and id. */
export type Ask<K extends RequestKind> = Omit<Extract<Request, { kind: K }>, 'id' | 'kind'>;

export interface AnalysisClientOptions {
  /** dist/analysisWorker.js; a .ts file (tests, bench) runs through tsx */
  workerFile: string;
  /** states of a story changed (the files) */
  onStates(story: StoryId, files: string[]): void;
  onLog(level: 'warn' | 'error', message: string): void;
  onCrash(error: Error): void;
}

export class AnalysisClient {
  private worker: Worker | undefined;
  private nextId = 1;
  /** grows with every text snapshot (and removal) sent: a state of a lower version is stale */
  private version = 0;
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private readonly caches = new Map<StoryId, StateCache>();
  private disposed = false;
  /** text snapshots and removals not yet answered: the worker is (or will be) analysing */
  private pendingTexts = 0;

  constructor(private readonly options: AnalysisClientOptions) {}

  /** whether the worker has text snapshots to analyse (a request now would wait behind them) */
  get analysing(): boolean {
    return this.pendingTexts > 0;
  }

  /** the latest states of a story (undefined: not opened, or dropped) */
  cache(story: StoryId): StateCache | undefined {
    return this.caches.get(story);
  }

  openStory(ask: Ask<'openStory'>): Promise<void> {
    this.caches.set(ask.story, new StateCache());
    return this.request('openStory', ask);
  }

  dropStory(story: StoryId): Promise<void> {
    this.caches.delete(story);
    return this.request('dropStory', { story });
  }

  /** sends a text snapshot; resolves once it (or a newer one) is analysed and the states it changed are cached */
  setArticle(story: StoryId, file: string, text: string): Promise<void> {
    const version = ++this.version;
    this.caches.get(story)?.sending(file, version, text);
    return this.counted(this.request('setArticle', { story, file, version, text }));
  }

  removeArticle(story: StoryId, file: string): Promise<void> {
    const version = ++this.version;
    this.caches.get(story)?.sending(file, version);
    return this.counted(this.request('removeArticle', { story, file, version }));
  }

  private async counted(request: Promise<void>): Promise<void> {
    this.pendingTexts++;
    try {
      await request;
    } finally {
      this.pendingTexts--;
    }
  }

  request<K extends RequestKind>(kind: K, ask: Ask<K>): Promise<Answers[K]> {
    if (this.disposed) return Promise.reject(new Error('the analysis worker was stopped'));
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<Answers[K]>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...ask, kind, id } as Request);
    });
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.fail(new Error('the analysis worker was stopped'));
    void worker?.terminate();
  }

  private start(): Worker {
    const file = this.options.workerFile;
    const worker = file.endsWith('.ts')
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true })
      : new Worker(file);
    worker.on('message', (message: WorkerMessage) => this.receive(message));
    worker.on('error', (err) => this.died(worker, err));
    worker.on('exit', (code) => this.died(worker, new Error(`the analysis worker stopped (exit code ${code})`)));
    return worker;
  }

  private died(worker: Worker, error: Error): void {
    if (this.worker !== worker) return; // already handled, or disposed
    this.worker = undefined;
    // the new thread knows no story: the owner loads them again
    this.caches.clear();
    this.fail(error);
    this.options.onCrash(error);
  }

  private fail(error: Error): void {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) w.reject(error);
  }

  private receive(message: WorkerMessage): void {
    switch (message.kind) {
      case 'reply': {
        const w = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.ok) w?.resolve(message.value);
        else w?.reject(new Error(message.error));
        return;
      }
      case 'states':
        this.states(message.story, message.updates);
        return;
      case 'log':
        this.options.onLog(message.level, message.message);
        return;
    }
  }

  private states(story: StoryId, updates: StateUpdate[]): void {
    const cache = this.caches.get(story);
    if (!cache) return; // a dropped story
    const changed = cache.accept(updates);
    if (changed.length) this.options.onStates(story, changed);
  }
}
