import type { ArticleAnalysis } from '../../core/analyzeArticle';
import { claimSignals } from '../../core/claims/claimSignals';
import type { Fact } from '../../core/model';
import type { ClaimReport, StoryIndex } from '../../core/story/storyIndex';
import type { ClaimExtras } from './analyzeJson';
import { STATUS_LOOK } from '../../core/story/statusTable';

const statusMark = (status: ClaimReport['status']) => `${STATUS_LOOK[status].glyph} ${status}`;

/**
 * The readable report: per article, each claim at file:line:col with its facts, what other sources say, its
 * verdict and the verdicts given on matching claims elsewhere. Dismissed claims are left out unless asked for.
 */
export function analyzeReport(story: StoryIndex, files: string[], extras?: ClaimExtras, options: { includeDismissed?: boolean } = {}): string {
  const out: string[] = [];
  for (const file of files) {
    const analysis = story.analysis(file) as ArticleAnalysis;
    const reports = story.crossReference(file).filter((r) => options.includeDismissed || !extras?.(file, r.claim)?.dismissed);
    const counts = new Map<string, number>();
    for (const r of reports) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const summary = [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
    out.push(`${file}: ${reports.length} claims in ${analysis.sentences.length} sentences${summary ? ` (${summary})` : ''}`);
    for (const r of reports) {
      const at = analysis.lines.positionAt(r.claim.span.start);
      out.push('');
      const extra = extras?.(file, r.claim);
      const origin = r.claim.origin === 'reviewer' ? '  (marked by a reviewer)' : '';
      const dismissed = extra?.dismissed ? '  (dismissed: not a claim)' : '';
      out.push(`  ${file}:${at.line + 1}:${at.character + 1}  ${statusMark(r.status)}  score ${r.claim.score.toFixed(2)}${origin}${dismissed}`);
      out.push(`    "${oneLine(r.claim.text)}"`);
      const why = claimSignals(analysis.sentences, r.claim);
      if (why.length) out.push(`    why: ${why.join(', ')}`);
      const facts = r.claim.facts.map(factLabel).join('; ');
      if (facts) out.push(`    facts: ${facts}`);
      const v = extra?.verdict;
      if (v) out.push(`    verdict: ${v.label}${v.note ? ` — ${oneLine(v.note)}` : ''}${v.by ? ` (${v.by}${v.at ? `, ${v.at}` : ''})` : ''}`);
      for (const p of extra?.priorVerdicts ?? []) out.push(`    checked in ${p.file}: ${p.label}${p.note ? ` — ${oneLine(p.note)}` : ''}`);
      for (const ref of r.crossRefs) {
        const other = story.analysis(ref.file) as ArticleAnalysis;
        const pos = other.lines.positionAt(ref.span.start);
        const who = ref.attribution ? ` (${ref.attribution}${ref.independent ? '' : ', same source'})` : ref.independent ? '' : ' (same source)';
        out.push(`    ${ref.relation.padEnd(11)} ${ref.file}:${pos.line + 1}${who}`);
        out.push(`      "${oneLine(ref.text)}"`);
        for (const c of ref.conflicts) out.push(`      ${c.type}: "${c.here}" here, "${c.there}" there`);
        // Why the relation holds, or why it is only related: what a reviewer weighs before acting on it.
        if (ref.reason) out.push(`      why: ${ref.reason}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

function factLabel(f: Fact): string {
  const value = f.value !== undefined && String(f.value) !== f.text ? ` = ${f.value}${f.unit ? ` ${f.unit}` : ''}` : '';
  const source = f.source ? ` (${f.source})` : '';
  return `${f.type} "${oneLine(f.text)}"${value}${source}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
