// Verdict memory in the editor: the verdicts of every sidecar of the workspace (`**/*.crosscheck.yaml`), matched
// against a claim by the core's VerdictMemory (the cross-referencing engine's own matching). The memory lives in
// the analysis worker, beside the story indexes it matches against (building it analyses every recorded claim);
// this side finds the sidecars, keeps out links leaving the workspace, and asks. Built lazily, on the first hover
// that asks (never in activate), then kept current one sidecar at a time by the sidecar watcher and after the
// extension's own writes.
import { realpath } from 'node:fs/promises';
import * as vscode from 'vscode';
import { isInside } from '../core/story/storyBounds';
import type { PriorVerdict } from '../core/memory/verdictMemory';
import { SIDECAR_GLOB } from './sidecarWatcher';
import type { StoryModel } from './storyModel';

export class VerdictMemoryService implements vscode.Disposable {
  private memory: Promise<void> | undefined;
  private built = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly model: StoryModel,
  ) {
    // a new worker starts without the memory: build it again on the next use
    this.subscription = model.onWorkerRestart(() => this.forget());
  }

  dispose(): void {
    this.subscription.dispose();
  }

  /** the memory, built on first use */
  get(): Promise<void> {
    return (this.memory ??= this.build());
  }

  /** whether it has been built */
  get ready(): boolean {
    return this.built;
  }

  private async build(): Promise<void> {
    const started = Date.now();
    const found = await vscode.workspace.findFiles(SIDECAR_GLOB, '**/node_modules/**');
    const roots = await workspaceRoots();
    const sidecars: string[] = [];
    for (const uri of found) {
      if (await insideWorkspace(uri.fsPath, roots)) sidecars.push(uri.fsPath);
      else this.log.warn(`verdict memory: ${uri.fsPath} is a link out of the workspace; not read`);
    }
    try {
      const built = await this.model.memoryRequest('memoryBuild', { sidecars });
      this.log.info(`verdict memory: ${built.verdicts} verdicts from ${built.sidecars} sidecars in ${Date.now() - started} ms`);
      this.built = true;
    } catch (err) {
      this.memory = undefined; // the next use tries again
      throw err;
    }
  }

  /** a sidecar changed, appeared or was deleted: read that one again (nothing to do before the first use) */
  async refresh(sidecar: vscode.Uri): Promise<void> {
    if (!this.memory || sidecar.scheme !== 'file') return;
    await this.memory;
    if (!(await insideWorkspace(sidecar.fsPath, await workspaceRoots()))) return;
    const done = await this.model.memoryRequest('memoryRefresh', { sidecar: sidecar.fsPath });
    this.log.debug(`verdict memory: ${sidecar.fsPath} ${done}`);
  }

  /**
   * Verdicts recorded in other articles on claims matching this one, best first. The first call starts the
   * build; when it is not done within `waitMs` (a workspace of a thousand sidecars takes seconds), or the
   * worker is analysing, undefined: the hover says so rather than keep the reviewer waiting.
   */
  async lookup(uri: vscode.Uri, claimId: string, waitMs = 400): Promise<PriorVerdict[] | undefined> {
    const building = this.get();
    if (!this.built) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = await Promise.race([building.then(() => true), new Promise<false>((r) => (timer = setTimeout(() => r(false), waitMs)))]);
      clearTimeout(timer);
      if (!done) return undefined;
    }
    return this.model.priorVerdicts(uri, claimId);
  }

  /** drops what was built (the next use builds again) */
  reset(): void {
    this.forget();
    this.model.memoryRequest('memoryReset', {}).catch(() => undefined);
  }

  private forget(): void {
    this.memory = undefined;
    this.built = false;
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
