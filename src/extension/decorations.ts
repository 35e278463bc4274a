// Renders the claims of each visible article: one decoration type per claim status (underline style, gutter
// icon, theme colours contributed in package.json), a badge after each claim with a verdict, a subtle mark under
// the facts, overview-ruler marks. What was last set on each document is kept so tests can read it (VS Code's API cannot).
import * as vscode from 'vscode';
import type { Config } from './config';
import { verdictBadge, type VerdictTone } from '../core/review/verdictBadge';
import type { ClaimStatus } from '../core/story/claimStatus';
import { STATUS_ORDER } from '../core/story/statusTable';
import type { ArticleState } from '../core/review/articleState';
import type { StoryModel } from './storyModel';

export type DecorationKind = ClaimStatus | 'verdict' | 'fact';
export const DECORATION_KINDS: readonly DecorationKind[] = [...STATUS_ORDER, 'verdict', 'fact'];

/**
 * How each status is drawn: shapes as well as colours (underline style, gutter icon), so statuses stay apart
 * for a reader who does not tell the hues apart. Uncorroborated — most sentences — is only a dotted line.
 */
const STATUS_STYLE: Record<ClaimStatus, { underline: string; width: string; background: boolean; gutter?: string }> = {
  contradicted: { underline: 'solid', width: '2px', background: true, gutter: 'contradicted.svg' },
  disputed: { underline: 'dashed', width: '2px', background: true, gutter: 'disputed.svg' },
  corroborated: { underline: 'solid', width: '1px', background: true, gutter: 'corroborated.svg' },
  uncorroborated: { underline: 'dotted', width: '1px', background: false },
};

/** ranges as plain numbers (0-based line/character) for the test API */
export type RangeJson = [number, number, number, number];

export class Decorations implements vscode.Disposable {
  private types = new Map<DecorationKind, vscode.TextEditorDecorationType>();
  private readonly rendered = new Map<string, Record<DecorationKind, RangeJson[]>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly model: StoryModel,
    private readonly config: Config,
    /** the extension's folder: the gutter icons are in media/gutter/ */
    private readonly extensionUri: vscode.Uri,
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
    const byKind = groupRanges(state, editor.document, this.config.highlightedStatuses);
    for (const kind of DECORATION_KINDS) {
      const type = this.types.get(kind);
      if (type) editor.setDecorations(type, byKind[kind]);
    }
    const json = {} as Record<DecorationKind, RangeJson[]>;
    for (const kind of DECORATION_KINDS) {
      json[kind] = byKind[kind].map(({ range: r }) => [r.start.line, r.start.character, r.end.line, r.end.character]);
    }
    this.rendered.set(editor.document.uri.toString(), json);
  }

  private createTypes(): void {
    const ruler = this.config.showOverviewRuler;
    for (const kind of STATUS_ORDER) {
      const style = STATUS_STYLE[kind];
      this.types.set(
        kind,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: style.background ? new vscode.ThemeColor(`crosscheck.${kind}Background`) : undefined,
          borderColor: new vscode.ThemeColor(`crosscheck.${kind}Border`),
          borderStyle: `none none ${style.underline} none`,
          borderWidth: `0 0 ${style.width} 0`,
          gutterIconPath: style.gutter ? vscode.Uri.joinPath(this.extensionUri, 'media', 'gutter', style.gutter) : undefined,
          gutterIconSize: 'contain',
          overviewRulerColor: ruler ? new vscode.ThemeColor(`crosscheck.${kind}Ruler`) : undefined,
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }),
      );
    }
    // the verdict: a badge after the claim ("✗ inaccurate"), its text and colour set per claim
    this.types.set(
      'verdict',
      vscode.window.createTextEditorDecorationType({
        after: { margin: '0 0 0 0.6em', fontStyle: 'italic' },
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
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

const TONE_COLOUR: Record<VerdictTone, string> = {
  wrong: 'crosscheck.verdictWrongForeground',
  sound: 'crosscheck.verdictSoundForeground',
  neutral: 'crosscheck.verdictNeutralForeground',
};

function groupRanges(
  state: ArticleState | undefined,
  doc: vscode.TextDocument,
  highlighted: ReadonlySet<ClaimStatus>,
): Record<DecorationKind, vscode.DecorationOptions[]> {
  const out = Object.fromEntries(DECORATION_KINDS.map((k) => [k, [] as vscode.DecorationOptions[]])) as Record<DecorationKind, vscode.DecorationOptions[]>;
  if (!state) return out;
  const len = doc.getText().length;
  const range = (start: number, end: number) =>
    new vscode.Range(doc.positionAt(Math.min(start, len)), doc.positionAt(Math.min(end, len)));
  for (const info of state.claims) {
    const whole = range(info.claim.span.start, info.claim.span.end);
    // status and verdict side by side: the status keeps its mark, the verdict adds its badge
    if (highlighted.has(info.status)) out[info.status].push({ range: whole });
    if (info.verdict) {
      const badge = verdictBadge(info.verdict.label);
      out.verdict.push({
        range: whole,
        renderOptions: { after: { contentText: badge.text, color: new vscode.ThemeColor(TONE_COLOUR[badge.tone]) } },
      });
    }
    if (highlighted.has(info.status) || info.verdict) {
      for (const fact of info.claim.facts) out.fact.push({ range: range(fact.span.start, fact.span.end) });
    }
  }
  return out;
}
