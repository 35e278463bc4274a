// `crosscheck verdicts FILE... [--json]`: the recorded verdicts of each article with the status of their
// claims, the orphaned ones (kept in the sidecar, no longer placed), pending ones, and sidecar problems.

import type { Command } from 'commander';
import type { AttachedVerdict } from '../../core/sidecar/anchoring/attachVerdicts';
import { verdictView } from '../../core/review/verdictView';
import { formatProblem } from '../../core/sidecar/storage/sidecarError';
import { pendingPathFor } from '../../core/sidecar/storage/sidecarPath';
import type { StoredVerdict } from '../../core/sidecar/storage/sidecarSchema';
import type { StoryIndex } from '../../core/story/storyIndex';
import { ExitCode } from '../exitCodes';
import { addStoryOptions, type StoryOptionValues } from '../storyOptions';
import { loadVerdicts, type ArticleVerdicts } from '../storyVerdicts';
import { parseThreshold, writeJson } from '../options';
import { printSidecarProblems } from '../verdictSupport';
import { oneLine } from '../../core/text/oneLine';

/** Version of the `verdicts --json` output; documented in the README with the sidecar. */
export const VERDICTS_JSON_VERSION = 1;

function storedJson(v: StoredVerdict) {
  return { claim: v.claim, ...verdictView(v), sidecarLine: v.line };
}

function articleJson(story: StoryIndex, a: ArticleVerdicts) {
  const lines = story.analysis(a.file)!.lines;
  const { read, attachment, pending } = a.listing;
  return {
    file: a.file,
    sidecar: read.path,
    sidecarStatus: read.status,
    claims: a.reports.map((r) => {
      const held: AttachedVerdict | undefined = attachment.byClaim.get(r.claim.id);
      return {
        id: r.claim.id,
        text: r.claim.text,
        range: lines.rangeOf(r.claim.span),
        status: r.status,
        ...(held && {
          verdict: { ...storedJson(held.verdict), words: held.status === 'attached' ? 'unchanged' : 'edited since the verdict' },
        }),
      };
    }),
    orphans: attachment.placements.flatMap((p) => (p.status === 'orphaned' ? [{ ...storedJson(p.verdict), reason: p.reason }] : [])),
    pending: pending.map(storedJson),
    problems: (read.status === 'broken' ? read.problems : read.status === 'ok' ? read.sidecar.warnings : []).map((p) => ({
      file: read.path,
      line: p.line,
      column: p.column,
      severity: p.severity,
      code: p.code,
      message: p.message,
    })),
  };
}

function articleText(story: StoryIndex, a: ArticleVerdicts): string {
  const lines = story.analysis(a.file)!.lines;
  const { read, attachment, pending } = a.listing;
  const out: string[] = [];
  const orphans = attachment.placements.filter((p) => p.status === 'orphaned');
  out.push(`${a.file}  (${read.path}: ${read.status === 'absent' ? 'none yet' : read.status === 'broken' ? 'cannot be read' : `${attachment.placements.length} verdict(s), ${orphans.length} orphaned`})`);
  for (const r of a.reports) {
    const held = attachment.byClaim.get(r.claim.id);
    if (!held && r.status !== 'contradicted' && r.status !== 'disputed') continue;
    const pos = lines.positionAt(r.claim.span.start);
    const verdict = held
      ? `${held.verdict.label}${held.status === 'edited' ? ' (words edited since)' : ''}${held.verdict.by ? ` — ${held.verdict.by}` : ''}${held.verdict.at ? `, ${held.verdict.at.slice(0, 10)}` : ''}`
      : 'NO VERDICT';
    out.push(`  ${a.file}:${pos.line + 1}:${pos.character + 1}  ${r.status.padEnd(14)} ${r.claim.id}  "${oneLine(r.claim.text, 60)}"  ${verdict}`);
  }
  for (const p of orphans) {
    out.push(`  orphaned  ${formatProblem(read.path, { line: p.verdict.line, column: p.verdict.column, message: `${p.verdict.label}: "${oneLine(p.verdict.claim, 60)}" — ${p.status === 'orphaned' ? p.reason : ''}` })}`);
  }
  for (const v of pending) {
    out.push(`  pending   ${v.label}: "${oneLine(v.claim, 60)}" (in ${pendingPathFor(a.file)}; written with the next verdict once ${read.path} is fixed)`);
  }
  return out.join('\n') + '\n';
}

export function registerVerdicts(program: Command): void {
  const command = program
    .command('verdicts')
    .description('list the recorded verdicts with the status of their claims, orphaned and pending verdicts')
    .argument('<file...>', 'articles (.txt, .md)')
    .option('--json', `machine-readable output (version ${VERDICTS_JSON_VERSION})`)
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1)', parseThreshold);
  addStoryOptions(command, 'statuses from the files given only, not the other articles of their folders')
    .action(async (files: string[], opts: { json?: boolean; threshold?: number } & StoryOptionValues) => {
      const { review, articles, inputProblems } = await loadVerdicts(files, opts);
      const story = review.index;
      for (const a of articles) printSidecarProblems(a.listing.read);
      if (opts.json) writeJson({ version: VERDICTS_JSON_VERSION, articles: articles.map((a) => articleJson(story, a)) });
      else process.stdout.write(articles.map((a) => articleText(story, a)).join('\n'));
      const broken = articles.some((a) => a.listing.read.status === 'broken');
      process.exitCode = inputProblems ? ExitCode.InputError : broken ? ExitCode.SidecarError : ExitCode.Ok;
    });
}
