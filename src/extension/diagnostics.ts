// Problems entries: a contradicted or disputed claim without a verdict (severity configurable), and the sidecar's
// own problems on the sidecar file at their line, so a broken sidecar is visible where it is broken (one entry
// per YAML mistake, not the parser's cascade).
import * as vscode from 'vscode';
import type { Config, DiagnosticSeveritySetting } from './config';
import type { ArticleState } from '../core/review/articleState';
import type { StoryModel } from './storyModel';
import { oneErrorPerFile } from '../core/sidecar/storage/problemCascade';
import { baseName } from '../core/text/fileName';

const SEVERITY: Record<Exclude<DiagnosticSeveritySetting, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};


export class Diagnostics implements vscode.Disposable {
  private readonly claims = vscode.languages.createDiagnosticCollection('crosscheck');
  private readonly sidecars = vscode.languages.createDiagnosticCollection('crosscheck-sidecar');
  private readonly storyFiles = vscode.languages.createDiagnosticCollection('crosscheck-story');
  private readonly disposables: vscode.Disposable[] = [this.claims, this.sidecars, this.storyFiles];

  constructor(
    private readonly model: StoryModel,
    private readonly config: Config,
  ) {
    this.disposables.push(
      model.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('crosscheck')) this.update();
      }),
    );
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }

  update(): void {
    this.claims.clear();
    this.sidecars.clear();
    this.storyFiles.clear();
    if (!this.config.enable) return;
    this.updateStoryFiles();
    for (const state of this.model.articles()) {
      this.claims.set(vscode.Uri.file(state.file), this.claimDiagnostics(state));
      const sidecarDiagnostics = [
        ...oneErrorPerFile(state.sidecar.issues).map((i) =>
          diagnostic(
            i.line,
            i.column,
            i.severity === 'error' ? `${i.message} — verdicts of ${baseName(state.file)} cannot be saved until this is fixed` : i.message,
            i.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
          ),
        ),
        // a verdict whose claim cannot be found any more: kept in the file, shown here for a person to look at
        ...state.sidecar.orphans.map((o) =>
          diagnostic(o.line, 1, o.mark ? `this reviewer-marked claim is not found in the article: ${o.reason}` : `the "${o.label}" verdict is not attached to any claim: ${o.reason}`, vscode.DiagnosticSeverity.Warning),
        ),
      ];
      if (sidecarDiagnostics.length) this.sidecars.set(vscode.Uri.file(state.sidecar.path), sidecarDiagnostics);
    }
  }

  /** the story file's problems (syntax, a source outside the workspace) at their line */
  private updateStoryFiles(): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const p of this.model.problemsOfStories()) {
      const list = byFile.get(p.file) ?? [];
      list.push(diagnostic(p.line, p.column, p.message, vscode.DiagnosticSeverity.Warning));
      byFile.set(p.file, list);
    }
    for (const [file, list] of byFile) this.storyFiles.set(vscode.Uri.file(file), list);
  }

  private claimDiagnostics(state: ArticleState): vscode.Diagnostic[] {
    const setting = this.config.diagnosticSeverity;
    if (setting === 'off') return [];
    const out: vscode.Diagnostic[] = [];
    for (const info of state.claims) {
      if ((info.status !== 'contradicted' && info.status !== 'disputed') || info.verdict) continue;
      const range = new vscode.Range(
        toPos(state, info.claim.span.start),
        toPos(state, info.claim.span.end),
      );
      const refs = info.refs.filter((r) => r.relation === 'contradicts');
      // short: the hover shows this text above the card, which has the evidence and the actions
      const n = `${refs.length} ${refs.length === 1 ? 'source' : 'sources'}`;
      const message = info.status === 'contradicted' ? `Contradicted by ${n}; no verdict yet` : `Disputed: ${n} report different facts, others agree; no verdict yet`;
      const d = new vscode.Diagnostic(range, message, SEVERITY[setting]);
      d.source = 'crosscheck';
      d.code = info.status;
      d.relatedInformation = refs.map(
        (r) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(
              vscode.Uri.file(r.file),
              new vscode.Range(r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character),
            ),
            r.text,
          ),
      );
      out.push(d);
    }
    return out;
  }
}

function diagnostic(line: number, column: number, message: string, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const pos = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), message, severity);
  d.source = 'crosscheck';
  return d;
}

function toPos(state: ArticleState, offset: number): vscode.Position {
  const p = state.lines.positionAt(offset);
  return new vscode.Position(p.line, p.character);
}
