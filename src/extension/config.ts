// Typed access to the `crosscheck.*` settings: one getter per setting, read fresh each time.
import * as vscode from 'vscode';
import type { ClaimStatus } from '../core/story/claimStatus';
import { STATUS_ORDER } from '../core/story/statusTable';

export type DiagnosticSeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export class Config {
  static readonly section = 'crosscheck';

  private get<T>(key: string, fallback: T, scope?: vscode.Uri): T {
    return vscode.workspace.getConfiguration(Config.section, scope).get<T>(key) ?? fallback;
  }

  /** whether a configuration change touches any of our settings */
  static affects(e: vscode.ConfigurationChangeEvent, key?: string): boolean {
    return e.affectsConfiguration(key ? `${Config.section}.${key}` : Config.section);
  }

  get enable(): boolean {
    return this.get('enable', true);
  }
  get analyzeOnType(): boolean {
    return this.get('analysis.onType', true);
  }
  get debounceMs(): number {
    return Math.max(0, this.get('analysis.debounceMs', 400));
  }
  get maxFileSize(): number {
    return Math.max(1000, this.get('analysis.maxFileSize', 200000));
  }
  get diagnosticSeverity(): DiagnosticSeveritySetting {
    return this.get<DiagnosticSeveritySetting>('diagnostics.severity', 'warning');
  }
  get showFacts(): boolean {
    return this.get('decorations.facts', true);
  }
  get showOverviewRuler(): boolean {
    return this.get('decorations.overviewRuler', true);
  }
  /** the claim statuses highlighted in the editor */
  get highlightedStatuses(): ReadonlySet<ClaimStatus> {
    const chosen = this.get<string[]>('decorations.statuses', [...STATUS_ORDER]);
    return new Set(STATUS_ORDER.filter((s) => Array.isArray(chosen) && chosen.includes(s)));
  }
  /** the newsroom's verdict labels, when configured (else the sidecar's or the default set) */
  get verdictLabels(): string[] | undefined {
    const labels = this.get<string[]>('verdictLabels', []);
    return labels.length ? labels : undefined;
  }
  /** folders or files outside the workspace folder a story may read (machine-scoped: not settable by a workspace) */
  get allowedStoryPaths(): string[] {
    return this.get<string[]>('story.allowedPaths', []).filter((p) => typeof p === 'string' && p.trim() !== '');
  }
  /** the reviewer's name written into verdicts (`by:`); empty = git user.name, else the OS user */
  get reviewerName(): string | undefined {
    return this.get<string>('reviewerName', '').trim() || undefined;
  }
  /** keeps the reviewer's name in the user settings (all workspaces of this machine/profile) */
  setReviewerName(name: string): Thenable<void> {
    return vscode.workspace.getConfiguration(Config.section).update('reviewerName', name, vscode.ConfigurationTarget.Global);
  }
}
