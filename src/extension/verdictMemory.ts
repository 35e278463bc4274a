// Verdict memory in the editor: the verdicts of every sidecar of the workspace (`**/*.crosscheck.yaml`), matched
// against a claim by the core's VerdictMemory (the cross-referencing engine's own matching). Built lazily, on
// the first hover that asks (never in activate), then kept current one sidecar at a time by the sidecar watcher
// and after the extension's own writes.
import { realpath } from 'node:fs/promises';
import * as vscode from 'vscode';
import { isInside } from '../core/story/storyBounds';
import { VerdictMemory, type PriorVerdict } from '../core/memory/verdictMemory';
import { refreshSidecar } from '../node/verdictMemoryLoader';
import type { StoryEngine } from './engine';
import { SIDECAR_GLOB } from './sidecarWatcher';

/** sidecars read at once while building */
const READ_BATCH = 32;

export class VerdictMemoryService {
  private memory: Promise<VerdictMemory> | undefined;
  private built: VerdictMemory | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** the memory, built on first use */
  get(): Promise<VerdictMemory> {
    return (this.memory ??= this.build());
  }

  /** whether it has been built */
  get ready(): boolean {
    return this.built !== undefined;
  }

  private async build(): Promise<VerdictMemory> {
    const started = Date.now();
    const memory = new VerdictMemory();
    const sidecars = await vscode.workspace.findFiles(SIDECAR_GLOB, '**/node_modules/**');
    const roots = await workspaceRoots();
    for (let i = 0; i < sidecars.length; i += READ_BATCH) {
      await Promise.all(
        sidecars.slice(i, i + READ_BATCH).map(async (uri) => {
          if (await insideWorkspace(uri.fsPath, roots)) await refreshSidecar(memory, uri.fsPath);
          else this.log.warn(`verdict memory: ${uri.fsPath} is a link out of the workspace; not read`);
        }),
      );
    }
    this.log.info(`verdict memory: ${memory.size} verdicts from ${memory.sidecarCount} sidecars in ${Date.now() - started} ms`);
    this.built = memory;
    return memory;
  }

  /** a sidecar changed, appeared or was deleted: read that one again (nothing to do before the first use) */
  async refresh(sidecar: vscode.Uri): Promise<void> {
    if (!this.memory || sidecar.scheme !== 'file') return;
    const memory = await this.memory;
    if (!(await insideWorkspace(sidecar.fsPath, await workspaceRoots()))) return;
    const done = await refreshSidecar(memory, sidecar.fsPath);
    this.log.debug(`verdict memory: ${sidecar.fsPath} ${done}`);
  }

  /**
   * Verdicts recorded in other articles on claims matching this one, best first. The first call starts the
   * build; when it is not done within `waitMs` (a workspace of a thousand sidecars takes seconds), undefined:
   * the hover says so rather than keep the reviewer waiting.
   */
  async lookup(engine: StoryEngine, file: string, claimId: string, waitMs = 400): Promise<PriorVerdict[] | undefined> {
    const indexed = engine.indexedClaim(file, claimId);
    if (!indexed) return [];
    const building = this.get();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const memory = this.built ?? (await Promise.race([building, new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), waitMs)))]));
    clearTimeout(timer);
    return memory?.lookup(indexed, file);
  }

  /** the same, from the memory as built so far (none before the first build): for renderers that cannot wait */
  lookupNow(engine: StoryEngine, file: string, claimId: string): PriorVerdict[] {
    const indexed = engine.indexedClaim(file, claimId);
    return indexed && this.built ? this.built.lookup(indexed, file) : [];
  }

  /** drops what was built (the next use builds again) */
  reset(): void {
    this.memory = undefined;
    this.built = undefined;
  }
}

/** The workspace folders, as written and with their links resolved. */
async function workspaceRoots(): Promise<string[]> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  return [...folders, ...(await Promise.all(folders.map((f) => realpath(f).catch(() => f))))];
}

/**
 * Whether a sidecar really lies in the workspace: file search follows symbolic links, and a linked folder must
 * not bring another desk's (or another machine folder's) verdicts into the hover. A file that is gone counts
 * as inside, so the memory can forget it.
 */
async function insideWorkspace(path: string, roots: string[]): Promise<boolean> {
  const real = await realpath(path).catch(() => path);
  return roots.some((root) => isInside(real, root));
}
