// Renders the claims of each visible article: one decoration type per claim status (plus "verdict recorded"),
// colours from the theme colours contributed in package.json, a subtle mark under the facts, overview-ruler
// marks. What was last set on each document is kept so tests can read it (VS Code's API cannot).
import * as vscode from 'vscode';
import type { Config } from './config';
import type { ArticleState, ClaimInfo } from './engine';
import type { StoryModel } from './storyModel';

export type DecorationKind = 'contradicted' | 'disputed' | 'uncorroborated' | 'corroborated' | 'verdict' | 'fact';
export const DECORATION_KINDS: readonly DecorationKind[] = ['contradicted', 'disputed', 'uncorroborated', 'corroborated', 'verdict', 'fact'];

/** The decoration a claim gets: a recorded verdict outranks the story's status. */
export function kindOf(info: ClaimInfo): Exclude<DecorationKind, 'fact'> {
  return info.verdict ? 'verdict' : info.status;
}

/** ranges as plain numbers (0-based line/character) for the test API */
export type RangeJson = [number, number, number, number];

export class Decorations implements vscode.Disposable {
  private types = new Map<DecorationKind, vscode.TextEditorDecorationType>();
  private readonly rendered = new Map<string, Record<DecorationKind, RangeJson[]>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly model: StoryModel,
    private readonly config: Config,
  ) {
    this.createTypes();
    this.disposables.push(
      model.onDidChange(() => this.renderAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.renderAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('crosscheck.decorations') || e.affectsConfiguration('crosscheck.enable')) {
          this.disposeTypes();
          this.createTypes();
          this.renderAll();
        }
      }),
    );
  }

  dispose(): void {
    this.disposeTypes();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  /** what is currently drawn on a document, by kind (test API) */
  renderedOn(uri: vscode.Uri): Record<DecorationKind, RangeJson[]> | undefined {
    return this.rendered.get(uri.toString());
  }

  renderAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.render(editor);
  }

  render(editor: vscode.TextEditor): void {
    const state = this.config.enable ? this.model.state(editor.document.uri) : undefined;
    // a stale analysis (the text changed since) is still drawn: offsets are re-mapped on the next pass
    const byKind = groupRanges(state, editor.document, this.config.showCorroborated);
    for (const kind of DECORATION_KINDS) {
      const type = this.types.get(kind);
      if (type) editor.setDecorations(type, byKind[kind]);
    }
    const json = {} as Record<DecorationKind, RangeJson[]>;
    for (const kind of DECORATION_KINDS) {
      json[kind] = byKind[kind].map((r) => [r.start.line, r.start.character, r.end.line, r.end.character]);
    }
    this.rendered.set(editor.document.uri.toString(), json);
  }

  private createTypes(): void {
    const ruler = this.config.showOverviewRuler;
    for (const kind of ['contradicted', 'disputed', 'uncorroborated', 'corroborated', 'verdict'] as const) {
      const name = kind;
      this.types.set(
        kind,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(`crosscheck.${name}Background`),
          borderColor: new vscode.ThemeColor(`crosscheck.${name}Border`),
          borderStyle: 'none none solid none',
          borderWidth: kind === 'uncorroborated' ? '0 0 1px 0' : '0 0 2px 0',
          overviewRulerColor: ruler ? new vscode.ThemeColor(`crosscheck.${name}Ruler`) : undefined,
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
    if (this.config.showFacts) {
      this.types.set(
        'fact',
        vscode.window.createTextEditorDecorationType({
          borderColor: new vscode.ThemeColor('crosscheck.factBorder'),
          borderStyle: 'none none dotted none',
          borderWidth: '0 0 1px 0',
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
  }
}

function groupRanges(
  state: ArticleState | undefined,
  doc: vscode.TextDocument,
  showCorroborated: boolean,
): Record<DecorationKind, vscode.Range[]> {
  const out = Object.fromEntries(DECORATION_KINDS.map((k) => [k, [] as vscode.Range[]])) as Record<DecorationKind, vscode.Range[]>;
  if (!state) return out;
  const len = doc.getText().length;
  const range = (start: number, end: number) =>
    new vscode.Range(doc.positionAt(Math.min(start, len)), doc.positionAt(Math.min(end, len)));
  for (const info of state.claims) {
    const kind = kindOf(info);
    if (kind === 'corroborated' && !showCorroborated) continue;
    out[kind].push(range(info.claim.span.start, info.claim.span.end));
    for (const fact of info.claim.facts) out.fact.push(range(fact.span.start, fact.span.end));
  }
  return out;
}
