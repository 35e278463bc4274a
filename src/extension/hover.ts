// The hover card on a claim: score and facts, every other source that agrees or contradicts (its own sentence,
// the conflicting facts side by side, a link to it), the current verdict and links to record or change it.
// "Not a claim" on a detected claim, and the verdicts given on matching claims in other articles (verdict
// memory) with a link there and "Reuse this verdict". The Markdown is untrusted except for the extension's own
// command links.
import * as vscode from 'vscode';
import type { PriorVerdict } from '../core/memory/verdictMemory';
import { CommandId, HOVER_COMMANDS } from './commandIds';
import type { ClaimInfo, CrossRef } from './engine';
import type { StoryModel } from './storyModel';
import type { VerdictMemoryService } from './verdictMemory';

export const STATUS_TEXT: Record<ClaimInfo['status'], { icon: string; label: string }> = {
  contradicted: { icon: 'error', label: 'Contradicted' },
  disputed: { icon: 'warning', label: 'Disputed' },
  uncorroborated: { icon: 'circle-outline', label: 'Uncorroborated' },
  corroborated: { icon: 'pass', label: 'Corroborated' },
};

/** prior verdicts shown per claim */
const MAX_PRIOR = 3;

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly model: StoryModel,
    private readonly memory?: VerdictMemoryService,
    private readonly log?: vscode.LogOutputChannel,
  ) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const offset = doc.offsetAt(pos);
    const info = this.model.claimAt(doc.uri, offset);
    if (!info) return undefined;
    let prior: PriorVerdict[] | undefined = [];
    const story = this.model.storyOf(doc.uri);
    if (story && this.memory) {
      try {
        prior = await this.memory.lookup(story, doc.uri.fsPath, info.claim.id);
      } catch (err) {
        this.log?.warn(`verdict memory: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const range = new vscode.Range(doc.positionAt(info.claim.span.start), doc.positionAt(info.claim.span.end));
    return new vscode.Hover(claimHoverMarkdown(doc.uri, info, prior), range);
  }
}

/** Escapes text for Markdown (no HTML is enabled; this keeps `*`, `[`, `|` etc. literal). */
export function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');
}

export function commandLink(command: string, args: unknown[]): string {
  // encodeURIComponent leaves ( ) ! ' * alone; a ")" in a note would end the Markdown link
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function shorten(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max - 1) + '…';
}

/** `prior`: matching verdicts of other articles; undefined while the verdict memory is still being built */
export function claimHoverMarkdown(uri: vscode.Uri, info: ClaimInfo, prior: readonly PriorVerdict[] | undefined = []): vscode.MarkdownString {
  const m = new vscode.MarkdownString('', true);
  m.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  m.supportHtml = false;
  const status = STATUS_TEXT[info.status];
  const contradicting = info.refs.filter((r) => r.relation === 'contradicts');
  const agreeing = info.refs.filter((r) => r.relation === 'agrees');

  const reviewer = info.claim.origin === 'reviewer';
  const origin = reviewer ? '$(person) marked by a reviewer' : `check-worthiness ${info.claim.score.toFixed(2)}`;
  m.appendMarkdown(`**Crosscheck** · $(${status.icon}) ${status.label} · ${origin}\n\n`);

  if (contradicting.length) {
    m.appendMarkdown(`$(error) **${sourcesSay(contradicting)}**\n\n`);
    for (const ref of contradicting) appendRef(m, ref);
  }
  if (agreeing.length) {
    m.appendMarkdown(`$(pass) **Agrees: ${agreeing.length} ${agreeing.length === 1 ? 'source' : 'sources'}**\n\n`);
    for (const ref of agreeing) appendRef(m, ref);
  }
  if (!info.refs.length && info.mentions.length) {
    // related only: another source speaks of it, with no fact the engine could compare (or not surely the same event)
    m.appendMarkdown(`$(info) **Mentioned by ${info.mentions.length} other ${info.mentions.length === 1 ? 'source' : 'sources'}, nothing to compare**\n\n`);
    for (const ref of info.mentions.slice(0, 3)) appendRef(m, ref);
  } else if (!info.refs.length) {
    m.appendMarkdown('No other source of the story mentions this.\n\n');
  }

  m.appendMarkdown('---\n\n');
  const args = [{ uri: uri.toString(), claimId: info.claim.id }];
  if (info.verdict) {
    const v = info.verdict;
    const who = [v.by, v.at?.slice(0, 10)].filter(Boolean).join(', ');
    m.appendMarkdown(`Verdict: **${md(v.label)}**${who ? ` (${md(who)})` : ''}${v.edited ? ' · *the claim was edited since*' : ''}`);
    m.appendMarkdown(` · [$(edit) Change verdict…](${commandLink(CommandId.RecordVerdict, args)} "Change the verdict or its note")${dismissLink(info, args)}\n\n`);
    if (v.note) m.appendMarkdown(`> ${md(shorten(v.note, 400))}\n\n`);
  } else {
    m.appendMarkdown(`No verdict yet · [$(pass) Record verdict…](${commandLink(CommandId.RecordVerdict, args)} "Pick a label and write a note")${dismissLink(info, args)}\n\n`);
  }

  if (!prior) m.appendMarkdown('---\n\n$(sync~spin) *Looking for earlier verdicts on this claim in the workspace; hover again in a moment.*\n\n');
  else if (prior.length) m.appendMarkdown('---\n\n');
  for (const p of (prior ?? []).slice(0, MAX_PRIOR)) appendPrior(m, uri, info, p);

  if (info.claim.facts.length) {
    const facts = info.claim.facts.map((f) => `${f.type} *${md(f.text)}*`).join(' · ');
    m.appendMarkdown(`---\n\nFacts: ${facts}\n\n`);
  }
  return m;
}

/** "2 sources say six ballistic missiles" when they agree with each other, else "Contradicted by 2 sources". */
function sourcesSay(refs: CrossRef[]): string {
  const there = new Set(refs.flatMap((r) => r.conflicts.map((c) => c.there.toLowerCase())));
  const n = refs.length;
  const sources = `${n === 1 ? 'One source' : `${n} sources`}`;
  if (there.size === 1) {
    const [words] = refs[0].conflicts.map((c) => c.there);
    return `${sources} ${n === 1 ? 'says' : 'say'} ${md(words)}`;
  }
  return `Contradicted by ${sources.toLowerCase()}`;
}

function appendRef(m: vscode.MarkdownString, ref: CrossRef): void {
  const open = commandLink(CommandId.OpenSource, [{ file: ref.file, start: ref.span.start, end: ref.span.end }]);
  const name = md(baseName(ref.file));
  m.appendMarkdown(`- [$(go-to-file) ${name}](${open} "Open ${name} beside this article at its sentence"): “${md(shorten(ref.text, 180))}”`);
  // the conflicting facts side by side: this article's words, then the other source's
  for (const c of ref.conflicts) m.appendMarkdown(`\n  - ${md(c.type)}: here **${md(c.here)}** ↔ there **${md(c.there)}**`);
  // why the engine says so (or why it only calls it related): the reviewer judges the link, not the colour
  if (ref.reason) m.appendMarkdown(`\n  - *why:* ${md(ref.reason)}`);
  m.appendMarkdown('\n\n');
}

function dismissLink(info: ClaimInfo, args: unknown[]): string {
  // a reviewer's own claim is not dismissed: its block in the sidecar is what makes it a claim
  if (info.claim.origin === 'reviewer') return '';
  return ` · [$(eye-closed) Not a claim](${commandLink(CommandId.DismissClaim, args)} "Dismiss: stop highlighting it (kept in the sidecar; Crosscheck: Show Dismissed Claims restores it)")`;
}

/** The note a reused verdict gets: the original note, then where it came from. */
export function reusedNote(p: Pick<PriorVerdict, 'file' | 'note'>, displayPath: string): string {
  const from = `(verdict reused from ${displayPath})`;
  return p.note ? `${p.note} ${from}` : from;
}

/** "Checked in <file>: inaccurate — <note>", a link to that article at the claim, and "Reuse this verdict". */
function appendPrior(m: vscode.MarkdownString, uri: vscode.Uri, info: ClaimInfo, p: PriorVerdict): void {
  const where = vscode.workspace.asRelativePath(p.file, false);
  const open = commandLink(CommandId.OpenPriorVerdict, [{ file: p.file, claimText: p.claimText, sidecarLine: p.sidecarLine }]);
  const when = [p.by, p.at?.slice(0, 10)].filter(Boolean).join(', ');
  m.appendMarkdown(`$(history) Checked in [${md(where)}](${open} "Open ${md(where)} at “${md(shorten(p.claimText, 120))}”"): **${md(p.label)}**`);
  if (p.note) m.appendMarkdown(` — ${md(shorten(p.note, 300))}`);
  if (when) m.appendMarkdown(` (${md(when)})`);
  if (info.verdict?.label !== p.label || info.verdict?.note !== reusedNote(p, where)) {
    const reuse = commandLink(CommandId.RecordVerdict, [{ uri: uri.toString(), claimId: info.claim.id, label: p.label, note: reusedNote(p, where) }]);
    m.appendMarkdown(` · [$(copy) Reuse this verdict](${reuse} "Record “${md(p.label)}” with the same note on this claim")`);
  }
  m.appendMarkdown('\n\n');
}
