// The sign-off report as Markdown: what an editor attaches to the copy, and what the extension shows in a
// Markdown preview. Every piece of article or sidecar text is escaped, so a claim holding `*`, `|`, `<b>`
// or a link renders as the words it is, never as markup.

import type { ReportClaim, ReportSource, SignOffReport } from './signOffReport';
import { STATUS_LOOK, STATUS_ORDER } from '../story/statusTable';
import { oneLine } from '../text/oneLine';

/** characters of a claim in the report's lists */
const LIST_WIDTH = 120;

/**
 * Backslash-escapes the punctuation that could turn text into markup (CommonMark allows a backslash before
 * any ASCII punctuation): emphasis, code, links, HTML, tables, entities. Characters that only matter at the
 * start of a line ("-", "1.") are left alone: text here never starts a line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}


export function markdownReport(report: SignOffReport): string {
  const s = report.summary;
  const out: string[] = [`# ${escapeMarkdown(report.title)}`, ''];
  if (report.generatedAt) out.push(`Generated ${escapeMarkdown(report.generatedAt)}`, '');
  out.push('## Summary', '');
  out.push(`${s.claims} claims in ${s.articles} article(s): ${s.reviewed} reviewed, **${s.unreviewed} unreviewed**` + (s.unreviewedConflicts ? ` (${s.unreviewedConflicts} of them contradicted or disputed)` : '') + '.');
  if (s.dismissed || s.orphans || s.editedSince) {
    out.push('', [s.dismissed && `${s.dismissed} dismissed as not claims`, s.editedSince && `${s.editedSince} verdict(s) on words edited since`, s.orphans && `${s.orphans} orphaned verdict(s)`].filter(Boolean).join('; ') + '.');
  }
  out.push('', '| status | claims |', '|---|---|');
  for (const st of STATUS_ORDER) out.push(`| ${STATUS_LOOK[st].glyph} ${st} | ${s.byStatus[st]} |`);
  out.push('', '| verdict | claims |', '|---|---|');
  for (const [label, n] of Object.entries(s.byVerdict)) out.push(`| ${escapeMarkdown(label)} | ${n} |`);
  out.push(`| *none yet* | ${s.unreviewed} |`);

  for (const a of report.articles) {
    out.push('', `## ${escapeMarkdown(a.file)}`, '');
    if (a.sidecarBroken) out.push('**The sidecar of this article could not be read: its verdicts are missing from this report.**', '');
    a.claims.forEach((c, i) => out.push(...claimMarkdown(a.file, c, i + 1)));
    if (a.unreviewed.length) {
      out.push('### Still unreviewed', '');
      for (const c of a.unreviewed) out.push(`- ${escapeMarkdown(`${a.file}:${c.line}`)} ${STATUS_LOOK[c.status].glyph} ${c.status}: ${escapeMarkdown(oneLine(c.text, LIST_WIDTH))}`);
      out.push('');
    }
    if (a.orphans.length) {
      out.push('### Orphaned verdicts (their claim cannot be found)', '');
      for (const o of a.orphans) out.push(`- ${escapeMarkdown(o.label)}: ${escapeMarkdown(oneLine(o.claim, LIST_WIDTH))} (${escapeMarkdown(o.reason)})`);
      out.push('');
    }
    if (a.dismissed.length) {
      out.push('### Dismissed (not claims)', '');
      for (const d of a.dismissed) out.push(`- ${escapeMarkdown(`${a.file}:${d.line}`)} ${escapeMarkdown(oneLine(d.text, LIST_WIDTH))}`);
      out.push('');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function claimMarkdown(file: string, c: ReportClaim, n: number): string[] {
  const out: string[] = [];
  const marked = c.origin === 'reviewer' ? ' · marked by a reviewer' : '';
  out.push(`### ${n}. ${STATUS_LOOK[c.status].glyph} ${c.status} · ${escapeMarkdown(`${file}:${c.line}:${c.column}`)}${marked}`, '');
  out.push(`> ${escapeMarkdown(c.text)}`, '');
  if (c.verdict) {
    const v = c.verdict;
    const who = [v.by, v.at?.slice(0, 10)].filter(Boolean).join(', ');
    out.push(`**Verdict: ${escapeMarkdown(v.label)}**${who ? ` (${escapeMarkdown(who)})` : ''}${v.editedSince ? ' — *the claim was edited since*' : ''}`);
    if (v.note) out.push('', ...v.note.split('\n').map((l) => `> ${escapeMarkdown(l)}`));
  } else out.push('**No verdict yet.**');
  for (const p of c.priorVerdicts) out.push('', `Checked in ${escapeMarkdown(p.file)}: **${escapeMarkdown(p.label)}**${p.note ? ` — ${escapeMarkdown(p.note.replace(/\s+/g, ' '))}` : ''}`);
  out.push('');
  for (const src of c.sources) out.push(...sourceMarkdown(src));
  if (c.sources.length) out.push('');
  return out;
}

function sourceMarkdown(src: ReportSource): string[] {
  const where = src.line !== undefined ? `${src.file}:${src.line}` : src.file;
  const who = src.attribution ? ` (${escapeMarkdown(src.attribution)}${src.independent ? '' : ', same source'})` : '';
  const out = [`- ${src.relation} — ${escapeMarkdown(where)}${who}: “${escapeMarkdown(src.text)}”`];
  for (const k of src.conflicts) out.push(`  - ${escapeMarkdown(k.type)}: “${escapeMarkdown(k.here)}” here, “${escapeMarkdown(k.there)}” there`);
  return out;
}
