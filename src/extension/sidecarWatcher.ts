// Watches the verdicts sidecars: a hand edit is picked up at once (the article's verdicts are re-attached and
// every view refreshed); a broken sidecar's errors show up as Problems at their line. The verdict memory is
// refreshed for that one sidecar.
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core/sidecar/storage/sidecarPath';
import type { StoryModel } from './storyModel';
import type { VerdictMemoryService } from './verdictMemoryService';

export const SIDECAR_GLOB = `**/*${SIDECAR_SUFFIX}`;

export class SidecarWatcher implements vscode.Disposable {
  private readonly watcher = vscode.workspace.createFileSystemWatcher(SIDECAR_GLOB);
  private readonly disposables: vscode.Disposable[] = [this.watcher];

  constructor(
    private readonly model: StoryModel,
    private readonly log: vscode.LogOutputChannel,
    private readonly memory?: VerdictMemoryService,
  ) {
    const changed = (uri: vscode.Uri) => this.changed(uri);
    this.disposables.push(this.watcher.onDidChange(changed), this.watcher.onDidCreate(changed), this.watcher.onDidDelete(changed));
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private changed(uri: vscode.Uri): void {
    const article = uri.fsPath.slice(0, -SIDECAR_SUFFIX.length);
    this.log.info(`sidecar changed: ${uri.fsPath}`);
    void this.model.sidecarChanged(article);
    // the workspace's verdict memory follows the same sidecar (any story, open or not)
    void this.memory?.refresh(uri).catch((err) => this.log.warn(`verdict memory: ${uri.fsPath}: ${String(err)}`));
  }
}
