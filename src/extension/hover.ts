// The hover card on a claim: score and facts, every other source that agrees or contradicts (its own sentence,
// the conflicting facts side by side, a link to it), the current verdict and links to record or change it.
// "Not a claim" on a detected claim, and the verdicts given on matching claims in other articles (verdict
// memory) with a link there and "Reuse this verdict". The Markdown is untrusted except for the extension's own
// command links.
import * as vscode from 'vscode';
import type { PriorVerdict } from '../core/memory/verdictMemory';
import { STATUS_LOOK } from '../core/story/statusTable';
import { MENTIONS_PENDING, statusExplanation } from '../core/story/statusExplanation';
import { verdictBadge } from '../core/review/verdictBadge';
import { readableQuote } from '../core/text/readableQuote';
import { cap, withoutControls } from '../core/text/untrustedText';
import { CommandId, HOVER_COMMANDS } from './commandIds';
import type { ClaimInfo, SourceRef } from '../core/review/articleState';
import type { StoryModel } from './storyModel';
import type { VerdictMemoryService } from './verdictMemoryService';
import { baseName } from '../core/text/fileName';
import { oneLine } from '../core/text/oneLine';
import { claimAt } from '../core/review/claimAtOffset';

/** a reviewer's name (`by:`) in the card; the sidecar can hold anything there */
const NAME_MAX = 60;

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
    const info = claimAt(this.model.state(doc.uri), offset);
    if (!info) return undefined;
    // both undefined while the worker is busy (analysing, building the memory): the card says to hover again
    const [prior, mentions] = await Promise.all([this.priorVerdicts(doc.uri, info), this.model.mentions(doc.uri, info)]);
    const range = new vscode.Range(doc.positionAt(info.claim.span.start), doc.positionAt(info.claim.span.end));
    const labels = this.model.state(doc.uri)?.sidecar.labels ?? [];
    return new vscode.Hover(claimHoverMarkdown(doc.uri, { ...info, mentions }, prior, labels, this.model.signalsOf(doc.uri, info)), range);
  }

  private async priorVerdicts(uri: vscode.Uri, info: ClaimInfo): Promise<PriorVerdict[] | undefined> {
    if (!this.memory) return [];
    try {
      return await this.memory.lookup(uri, info.claim.id);
    } catch (err) {
      this.log?.warn(`verdict memory: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
  }
}

/**
 * Untrusted text (claims, notes, names, labels, paths) as literal Markdown text on one line, at most `max`
 * characters: control characters removed; `*`, `[`, `|`, `"` (link titles) etc. escaped; and `$(name)`
 * kept as text — the card renders theme icons, and a note must not draw a fake status mark. An icon escaped
 * as `\$(` is shown literally by VS Code, so that backslash is added before the Markdown escaping doubles it.
 */
export function md(text: string, max = FIELD_MAX): string {
  const plain = cap(withoutControls(text).replace(/\s+/g, ' ').trim(), max);
  return plain.replace(/\$\(/g, '\\$(').replace(/[\\`*_{}[\]()#+\-.!|<>~"]/g, '\\$&');
}

/** Longest untrusted field in the card; longer quotes and notes are shortened on purpose before this. */
const FIELD_MAX = 400;

export function commandLink(command: string, args: unknown[]): string {
  // encodeURIComponent leaves ( ) ! ' * alone; a ")" in a note would end the Markdown link
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}



/**
 * The card, most useful first: the status and the actions (a one-click link per verdict label, a verdict with a
 * note, "Not a claim", next claim) within the first lines — VS Code shows about 250 px before scrolling — then
 * why the status holds, the evidence, the verdict's note, verdicts given elsewhere, and the facts.
 * `labels`: the verdict labels in force; `prior`: matching verdicts of other articles, undefined while the
 * verdict memory is still being built.
 * `signals`: the kinds of fact behind the claim's score (core/claims/signals.ts), said with the score.
 */
export function claimHoverMarkdown(
  uri: vscode.Uri,
  info: ClaimInfo,
  prior: readonly PriorVerdict[] | undefined = [],
  labels: readonly string[] = [],
  signals: readonly string[] = [],
): vscode.MarkdownString {
  const m = new vscode.MarkdownString('', true);
  m.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  m.supportHtml = false;
  const look = STATUS_LOOK[info.status];
  const contradicting = info.refs.filter((r) => r.relation === 'contradicts');
  const agreeing = info.refs.filter((r) => r.relation === 'agrees');
  const args = { uri: uri.toString(), claimId: info.claim.id };

  // 1. status and verdict side by side
  const verdict = info.verdict
    ? `verdict **${md(verdictBadge(info.verdict.label).text)}**${info.verdict.edited ? ' · *claim edited since*' : ''}`
    : 'no verdict yet';
  m.appendMarkdown(`Crosscheck · $(${look.icon}) **${look.label}** · ${verdict}\n\n`);

  // 2. the actions: one click records a label (keeping the note); "with a note…" asks for label and note
  const keepNote = info.verdict?.note ?? '';
  const labelLinks = labels
    .filter((l) => l !== info.verdict?.label)
    .map((l) => `[${md(verdictBadge(l).text)}](${commandLink(CommandId.RecordVerdict, [{ ...args, label: l, note: keepNote }])} "Record “${md(l)}” on this claim")`);
  const actions = [
    ...labelLinks,
    `[$(edit) with a note…](${commandLink(CommandId.RecordVerdict, [args])} "Pick a label and write a note")`,
    ...(info.claim.origin === 'reviewer' ? [] : [`[$(eye-closed) Not a claim](${commandLink(CommandId.DismissClaim, [args])} "Dismiss: stop highlighting it (kept in the sidecar; Crosscheck: Show Dismissed Claims restores it)")`]),
    `[$(arrow-down) Next claim](${commandLink(CommandId.NextClaim, [])} "Go to the next claim of this article")`,
  ];
  m.appendMarkdown(`${actions.join(' · ')}\n\n`);

  // 3. why
  if (info.mentions) m.appendMarkdown(`${md(statusExplanation(info.status, [...info.refs, ...info.mentions]), 600)}\n\n`);
  else m.appendMarkdown(`$(sync~spin) *${md(MENTIONS_PENDING)}*\n\n`);

  // 4. the evidence
  if (contradicting.length) {
    m.appendMarkdown(`---\n\n$(error) **${sourcesSay(contradicting)}**\n\n`);
    for (const ref of contradicting) appendRef(m, ref);
  }
  if (agreeing.length) {
    m.appendMarkdown(`---\n\n$(pass) **Agrees: ${agreeing.length} ${agreeing.length === 1 ? 'source' : 'sources'}**\n\n`);
    for (const ref of agreeing) appendRef(m, ref);
  }
  if (!info.refs.length && info.mentions?.length) {
    // related only: another source speaks of it, with no fact the engine could compare (or not surely the same event)
    m.appendMarkdown(`---\n\n$(info) **Mentioned by ${info.mentions.length} other ${info.mentions.length === 1 ? 'source' : 'sources'}, nothing to compare**\n\n`);
    for (const ref of info.mentions.slice(0, 3)) appendRef(m, ref);
  }

  // 5. the verdict's note and who gave it
  if (info.verdict) {
    const v = info.verdict;
    const who = [v.by && cap(v.by, NAME_MAX), v.at?.slice(0, 10)].filter(Boolean).join(', ');
    m.appendMarkdown(`---\n\nVerdict **${md(v.label)}**${who ? ` (${md(who)})` : ''}`);
    m.appendMarkdown(v.note ? `: ${md(oneLine(v.note, 400))}` : '');
    const edit = commandLink(CommandId.OpenSidecar, [{ uri: uri.toString(), line: v.line }]);
    m.appendMarkdown(` · [$(note) ${v.note ? 'edit the note' : 'write a longer note'}](${edit} "Open the verdicts file at this verdict: a note of several lines is written there")\n\n`);
  }

  if (!prior) m.appendMarkdown('---\n\n$(sync~spin) *Looking for earlier verdicts on this claim in the workspace; hover again in a moment.*\n\n');
  else if (prior.length) m.appendMarkdown('---\n\n');
  for (const p of (prior ?? []).slice(0, MAX_PRIOR)) appendPrior(m, uri, info, p);

  // why the detector took it for a claim: the kinds of fact behind its score
  const reviewer = info.claim.origin === 'reviewer';
  const why = signals.length ? ` · ${reviewer ? 'The detector sees' : 'Why a claim'}: ${signals.map((s) => md(s)).join(' · ')}` : '';
  const origin = `${reviewer ? '$(person) marked by a reviewer' : `check-worthiness ${info.claim.score.toFixed(2)}`}${why}`;
  const facts = info.claim.facts.map((f) => `${f.type} *${md(f.text)}*`).join(' · ');
  m.appendMarkdown(`---\n\n${facts ? `Facts: ${facts} · ` : ''}${origin}\n\n`);
  return m;
}

/** "2 sources say six ballistic missiles" when they agree with each other, else "Contradicted by 2 sources". */
function sourcesSay(refs: SourceRef[]): string {
  const there = new Set(refs.flatMap((r) => r.conflicts.map((c) => c.there.toLowerCase())));
  const n = refs.length;
  const sources = `${n === 1 ? 'One source' : `${n} sources`}`;
  if (there.size === 1) {
    const [words] = refs[0].conflicts.map((c) => c.there);
    return `${sources} ${n === 1 ? 'says' : 'say'} ${md(words)}`;
  }
  return `Contradicted by ${sources.toLowerCase()}`;
}

function appendRef(m: vscode.MarkdownString, ref: SourceRef): void {
  const open = commandLink(CommandId.OpenSource, [{ file: ref.file, start: ref.span.start, end: ref.span.end }]);
  const file = md(baseName(ref.file));
  const cites = ref.attribution ? ` — *${md(ref.attribution, 120)}*` : '';
  m.appendMarkdown(`- [$(go-to-file) ${md(ref.source, 80)}](${open} "Open ${file} beside this article at its sentence"): “${md(oneLine(readableQuote(ref.text), 180))}”${cites}`);
  // the conflicting facts side by side: this article's words, then the other source's
  for (const c of ref.conflicts) m.appendMarkdown(`\n  - ${md(c.type)}: here **${md(c.here)}** ↔ there **${md(c.there)}**`);
  // why the engine says so (or why it only calls it related): the reviewer judges the link, not the colour
  if (ref.reason) m.appendMarkdown(`\n  - *why:* ${md(ref.reason)}`);
  m.appendMarkdown('\n\n');
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
  const when = [p.by && cap(p.by, NAME_MAX), p.at?.slice(0, 10)].filter(Boolean).join(', ');
  m.appendMarkdown(`$(history) Checked in [${md(where)}](${open} "Open ${md(where)} at “${md(oneLine(p.claimText, 120))}”"): **${md(p.label)}**`);
  if (p.note) m.appendMarkdown(` — ${md(oneLine(p.note, 300))}`);
  if (when) m.appendMarkdown(` (${md(when)})`);
  if (info.verdict?.label !== p.label || info.verdict?.note !== reusedNote(p, where)) {
    const reuse = commandLink(CommandId.RecordVerdict, [{ uri: uri.toString(), claimId: info.claim.id, label: p.label, note: reusedNote(p, where) }]);
    m.appendMarkdown(` · [$(copy) Reuse this verdict](${reuse} "Record “${md(p.label)}” with the same note on this claim")`);
  }
  m.appendMarkdown('\n\n');
}
