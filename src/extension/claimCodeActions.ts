// Quick fixes (Ctrl+.) on a claim and on Crosscheck's Problems entries: the hover card's actions, reachable
// from the keyboard — record each verdict label in one step, record with a note, "Not a claim", open the source
// that contradicts it. Titles show file text (labels, headlines) as plain text: menus render $(icon).
import * as vscode from 'vscode';
import { verdictBadge } from '../core/review/verdictBadge';
import { messageText } from '../core/text/untrustedText';
import { CommandId } from './commandIds';
import type { StoryModel } from './storyModel';
import { claimAt } from '../core/review/claimAtOffset';

export class ClaimCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly model: StoryModel) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const info = claimAt(this.model.state(doc.uri), doc.offsetAt(range.start));
    if (!info) return [];
    const state = this.model.state(doc.uri);
    const ours = context.diagnostics.filter((d) => d.source === 'crosscheck');
    const args = { uri: doc.uri.toString(), claimId: info.claim.id };
    const action = (title: string, command: string, commandArgs: unknown[]) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { command, title, arguments: commandArgs };
      if (ours.length) a.diagnostics = ours;
      return a;
    };
    const keepNote = info.verdict?.note ?? '';
    const out = (state?.sidecar.labels ?? [])
      .filter((l) => l !== info.verdict?.label)
      .map((l) => action(`Crosscheck: verdict ${messageText(verdictBadge(l).text, 60)}`, CommandId.RecordVerdict, [{ ...args, label: l, note: keepNote }]));
    out.push(action('Crosscheck: verdict with a note…', CommandId.RecordVerdict, [args]));
    if (info.claim.origin !== 'reviewer') out.push(action('Crosscheck: not a claim (dismiss)', CommandId.DismissClaim, [args]));
    for (const ref of info.refs.filter((r) => r.relation === 'contradicts').slice(0, 3)) {
      out.push(action(`Crosscheck: open ${messageText(ref.source, 80)}`, CommandId.OpenSource, [{ file: ref.file, start: ref.span.start, end: ref.span.end }]));
    }
    return out;
  }
}
