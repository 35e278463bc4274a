// The worker's side: one WorkerStory per story, fed by the host's requests one at a time, in the order they
// came. Text snapshots are coalesced: a snapshot superseded before its turn (the reviewer kept typing while an
// analysis ran) is never analysed. After each change the states that changed are sent, then the replies.
// No worker_threads import here: `post` is the port, so the unit tests can drive it in one thread.
import { VerdictMemory, type PriorVerdict } from '../../core/memory/verdictMemory';
import { READ_AHEAD_ARTICLES } from '../../core/readAhead';
import { refreshSidecar } from '../../node/verdictMemoryLoader';
import { WorkerStory } from './workerStory';
import type { Answers, ReportArticle, Request, SentState, StateUpdate, StoryId, WorkerMessage } from './protocol';

interface Story {
  engine: WorkerStory;
  /** the version of the text each article was analysed from (or removed at) */
  versions: Map<string, number>;
  texts: Map<string, string>;
  /** what the host was last sent, per article */
  sent: Map<string, { version: number; json: string }>;
}

type Snapshot = Extract<Request, { kind: 'setArticle' }>;

function errorText(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

export class WorkerStories {
  private readonly stories = new Map<StoryId, Story>();
  /** snapshots waiting for their analysis, latest per story and file, with every request they answer */
  private readonly waiting = new Map<string, { snapshot: Snapshot; ids: number[] }>();
  private flushQueued = false;
  private chain: Promise<void> = Promise.resolve();
  /** the verdicts of the workspace's sidecars (built when the host first asks: a hover, the report) */
  private memory: VerdictMemory | undefined;

  constructor(private readonly post: (message: WorkerMessage) => void) {}

  receive(request: Request): void {
    if (request.kind === 'setArticle') {
      const key = `${request.story}\0${request.file}`;
      const ids = this.waiting.get(key)?.ids ?? [];
      this.waiting.delete(key); // re-inserted last: snapshots are analysed in the order of their latest arrival
      this.waiting.set(key, { snapshot: request, ids: [...ids, request.id] });
      if (!this.flushQueued) {
        this.flushQueued = true;
        this.enqueue(() => this.flush());
      }
      return;
    }
    this.enqueue(async () => {
      try {
        const value = await this.answer(request);
        this.post({ kind: 'reply', id: request.id, ok: true, value });
      } catch (err) {
        this.post({ kind: 'reply', id: request.id, ok: false, error: errorText(err) });
      }
    });
  }

  /** one task at a time; each starts after the messages already queued were received (so snapshots coalesce) */
  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(task)
      .catch((err) => this.post({ kind: 'log', level: 'error', message: `analysis worker: ${errorText(err)}` }));
  }

  private async flush(): Promise<void> {
    this.flushQueued = false;
    const batch = [...this.waiting.values()];
    this.waiting.clear();
    const touched = new Set<StoryId>();
    for (const [k, { snapshot }] of batch.entries()) {
      // a story being loaded: its new articles read and scored a chunk at a time, then analysed (core ReadAhead)
      if (k % READ_AHEAD_ARTICLES === 0) this.readAhead(batch.slice(k, k + READ_AHEAD_ARTICLES).map((w) => w.snapshot));
      const story = this.stories.get(snapshot.story);
      if (!story) continue; // dropped meanwhile
      touched.add(snapshot.story);
      const { engine } = story;
      // a new article: its sidecar first (its reviewer marks are part of the analysis)
      if (!engine.has(snapshot.file) && !engine.hasSidecar(snapshot.file)) await this.loadSidecar(engine, snapshot.file);
      story.versions.set(snapshot.file, snapshot.version);
      story.texts.set(snapshot.file, snapshot.text);
      try {
        engine.setArticle(snapshot.file, snapshot.text);
      } catch (err) {
        this.post({ kind: 'log', level: 'error', message: `analysis of ${snapshot.file} failed: ${errorText(err)}` });
        engine.removeArticle(snapshot.file);
      }
    }
    for (const id of touched) this.publish(id);
    for (const { ids } of batch) for (const id of ids) this.post({ kind: 'reply', id, ok: true, value: undefined });
  }

  /** Hands each story its snapshots to read ahead (WorkerStory.readAhead: only its new articles are read). */
  private readAhead(snapshots: Snapshot[]): void {
    const byStory = new Map<StoryId, Snapshot[]>();
    for (const s of snapshots) byStory.set(s.story, [...(byStory.get(s.story) ?? []), s]);
    for (const [id, list] of byStory) {
      try {
        this.stories.get(id)?.engine.readAhead(list);
      } catch (err) {
        // only a speed-up: each article is then read by its own analysis, which reports what fails
        this.post({ kind: 'log', level: 'error', message: `reading ahead failed: ${errorText(err)}` });
      }
    }
  }

  private async loadSidecar(engine: WorkerStory, file: string): Promise<void> {
    try {
      await engine.loadSidecar(file);
    } catch (err) {
      this.post({ kind: 'log', level: 'error', message: `cannot read the sidecar of ${file}: ${err instanceof Error ? err.message : String(err)}` });
    }
  }

  private story(id: StoryId): Story {
    const story = this.stories.get(id);
    if (!story) throw new Error(`story ${id} is not loaded in the analysis worker`);
    return story;
  }

  private async answer(request: Exclude<Request, Snapshot>): Promise<Answers[Exclude<Request, Snapshot>['kind']]> {
    switch (request.kind) {
      case 'openStory': {
        const labels = request.verdictLabels;
        const engine = new WorkerStory(request.folder, () => ({ verdictLabels: labels }));
        engine.setStoryTitles(request.titles);
        this.stories.set(request.story, { engine, versions: new Map(), texts: new Map(), sent: new Map() });
        return;
      }
      case 'dropStory':
        this.stories.delete(request.story);
        return;
      case 'removeArticle': {
        const story = this.stories.get(request.story);
        if (!story) return;
        story.engine.removeArticle(request.file);
        story.versions.set(request.file, request.version);
        story.texts.delete(request.file);
        this.publish(request.story);
        return;
      }
      case 'loadSidecar': {
        const story = this.stories.get(request.story);
        if (!story?.engine.has(request.file)) return;
        await this.loadSidecar(story.engine, request.file);
        this.publish(request.story);
        return;
      }
      case 'recordVerdict':
        return this.changing(request.story, (e) => e.recordVerdict(request.file, request.claimId, request.label, request.note, request.by));
      case 'markClaim':
        return this.changing(request.story, (e) => e.markClaim(request.file, request.span, request.by));
      case 'dismissClaim':
        return this.changing(request.story, (e) => e.dismissClaim(request.file, request.claimId, request.by));
      case 'restoreClaim':
        return this.changing(request.story, (e) => e.restoreClaim(request.file, request.claimId));
      case 'priorVerdicts': {
        if (!this.memory) return undefined;
        const indexed = this.stories.get(request.story)?.engine.indexedClaim(request.file, request.claimId);
        return indexed ? this.memory.lookup(indexed, request.file) : [];
      }
      case 'mentions':
        return this.stories.get(request.story)?.engine.mentions(request.file, request.claimId) ?? [];
      case 'report':
        return this.report(this.story(request.story));
      case 'memoryBuild': {
        const memory = new VerdictMemory();
        for (const sidecar of request.sidecars) await refreshSidecar(memory, sidecar);
        this.memory = memory;
        return { verdicts: memory.size, sidecars: memory.sidecarCount };
      }
      case 'memoryRefresh':
        return this.memory ? refreshSidecar(this.memory, request.sidecar) : 'removed';
      case 'memoryReset':
        this.memory = undefined;
        return;
    }
  }

  /** a review action, then the states it changed */
  private async changing<T>(id: StoryId, action: (engine: WorkerStory) => Promise<T>): Promise<T> {
    try {
      return await action(this.story(id).engine);
    } finally {
      if (this.stories.has(id)) this.publish(id);
    }
  }

  private report(story: Story): ReportArticle[] {
    const out: ReportArticle[] = [];
    for (const file of story.engine.files()) {
      const input = story.engine.reportInput(file, (f) => f);
      const text = story.texts.get(file);
      if (!input || text === undefined) continue;
      out.push({
        file,
        text,
        reports: [...input.reports],
        ...(input.verdicts && { verdicts: input.verdicts }),
        dismissed: [...(input.dismissed ?? [])],
        sidecarBroken: input.sidecarBroken ?? false,
        prior: this.priorOf(story, file, input.reports.map((r) => r.claim.id)),
      });
    }
    return out;
  }

  private priorOf(story: Story, file: string, claimIds: string[]): Record<string, PriorVerdict[]> {
    const out: Record<string, PriorVerdict[]> = {};
    if (!this.memory) return out;
    for (const id of claimIds) {
      const indexed = story.engine.indexedClaim(file, id);
      const prior = indexed && this.memory.lookup(indexed, file);
      if (prior?.length) out[id] = prior;
    }
    return out;
  }

  /** sends the states of the story that changed since they were last sent */
  private publish(id: StoryId): void {
    const story = this.stories.get(id);
    if (!story) return;
    const updates: StateUpdate[] = [];
    const files = new Set(story.engine.files());
    for (const file of files) {
      let json: string;
      try {
        const state = story.engine.article(file);
        if (!state) continue;
        const { text: _text, lines: _lines, ...rest } = state;
        const signals: Record<string, string[]> = {};
        for (const c of state.claims) signals[c.claim.id] = story.engine.scoreSignals(file, c.claim);
        json = JSON.stringify({ ...rest, signals } satisfies SentState);
      } catch (err) {
        this.post({ kind: 'log', level: 'error', message: `cross-referencing of ${file} failed: ${errorText(err)}` });
        continue;
      }
      const version = story.versions.get(file) ?? 0;
      const last = story.sent.get(file);
      if (last?.version === version && last.json === json) continue;
      story.sent.set(file, { version, json });
      updates.push({ file, version, json });
    }
    for (const file of [...story.sent.keys()]) {
      if (files.has(file)) continue;
      story.sent.delete(file);
      updates.push({ file, version: story.versions.get(file) ?? 0, json: null });
    }
    if (updates.length) this.post({ kind: 'states', story: id, updates });
  }
}
