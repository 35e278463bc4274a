// Verdict memory in the editor: the verdicts of every sidecar of the workspace (`**/*.crosscheck.yaml`), matched
// against a claim by the core's VerdictMemory (the cross-referencing engine's own matching). Built lazily, on
// the first hover that asks (never in activate), then kept current one sidecar at a time by the sidecar watcher
// and after the extension's own writes.
import * as vscode from 'vscode';
import { VerdictMemory, type PriorVerdict } from '../core/memory/verdictMemory';
import { refreshSidecar } from '../node/verdictMemoryLoader';
import type { StoryEngine } from './engine';
import { SIDECAR_GLOB } from './sidecarWatcher';

/** sidecars read at once while building */
const READ_BATCH = 32;

export class VerdictMemoryService {
  private memory: Promise<VerdictMemory> | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** the memory, built on first use */
  get(): Promise<VerdictMemory> {
    return (this.memory ??= this.build());
  }

  /** whether it has been built (or is being built) */
  get started(): boolean {
    return this.memory !== undefined;
  }

  private async build(): Promise<VerdictMemory> {
    const started = Date.now();
    const memory = new VerdictMemory();
    const sidecars = await vscode.workspace.findFiles(SIDECAR_GLOB, '**/node_modules/**');
    for (let i = 0; i < sidecars.length; i += READ_BATCH) {
      await Promise.all(sidecars.slice(i, i + READ_BATCH).map((uri) => refreshSidecar(memory, uri.fsPath)));
    }
    this.log.info(`verdict memory: ${memory.size} verdicts from ${memory.sidecarCount} sidecars in ${Date.now() - started} ms`);
    return memory;
  }

  /** a sidecar changed, appeared or was deleted: read that one again (nothing to do before the first use) */
  async refresh(sidecar: vscode.Uri): Promise<void> {
    if (!this.memory || sidecar.scheme !== 'file') return;
    const memory = await this.memory;
    const done = await refreshSidecar(memory, sidecar.fsPath);
    this.log.debug(`verdict memory: ${sidecar.fsPath} ${done}`);
  }

  /** verdicts recorded in other articles on claims matching this one, best first */
  async lookup(engine: StoryEngine, file: string, claimId: string): Promise<PriorVerdict[]> {
    const indexed = engine.indexedClaim(file, claimId);
    if (!indexed) return [];
    return (await this.get()).lookup(indexed, file);
  }

  /** drops what was built (the next use builds again) */
  reset(): void {
    this.memory = undefined;
  }
}
