// `crosscheck check FILE...`: the newsroom's CI gate. Exits 1 with a readable list when a claim whose status
// the policy names (default: contradicted or disputed) has no verdict; 0 when every such claim has one;
// 4 when a sidecar cannot be read (a gate must not pass on a file it could not read); under --strict also
// when a pending file or another source's sidecar cannot be.

import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import type { ReviewedStory } from '../../core/review/reviewedStory';
import type { ClaimStatus } from '../../core/story/claimStatus';
import { STATUS_ORDER } from '../../core/story/statusTable';
import { ExitCode } from '../exitCodes';
import { shellQuote } from '../output/shellQuote';
import { addStoryOptions, type StoryOptionValues } from '../storyOptions';
import { parseThreshold } from '../options';
import { printSidecarProblems } from '../verdictSupport';
import { oneLine } from '../../core/text/oneLine';
import { loadVerdicts } from '../storyVerdicts';

export const DEFAULT_REQUIRED: readonly ClaimStatus[] = ['contradicted', 'disputed'];

/**
 * The sidecars of the story's other sources (the neighbours whose verdicts and dismissals the statuses
 * depend on): under --strict one that cannot be read fails the gate, since the statuses may be wrong.
 */
function brokenNeighbourSidecars(review: ReviewedStory, given: readonly string[]): boolean {
  const mine = new Set(given.map((f) => resolve(f)));
  let broken = false;
  for (const file of review.index.files()) {
    if (mine.has(resolve(file))) continue;
    // read with the story (loadStory): its dismissals and marks are in the statuses
    const read = review.sidecarRead(file);
    if (read?.status !== 'broken') continue;
    printSidecarProblems(read);
    broken = true;
  }
  return broken;
}

function parseStatuses(value: string): ClaimStatus[] {
  if (value.trim() === 'all') return [...STATUS_ORDER];
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((s) => !STATUS_ORDER.includes(s as ClaimStatus));
  if (bad.length || !list.length) throw new InvalidArgumentError(`expected "all" or a list of: ${STATUS_ORDER.join(', ')}`);
  return list as ClaimStatus[];
}

interface CheckOptions extends StoryOptionValues {
  require: ClaimStatus[];
  strict?: boolean;
  threshold?: number;
}

export function registerCheck(program: Command): void {
  const command = program
    .command('check')
    .description('CI gate: fail when a contradicted or disputed claim has no verdict (policy: --require)')
    .argument('<file...>', 'articles (.txt, .md)')
    .option('--require <statuses>', 'claim statuses that need a verdict: comma list or "all"', parseStatuses, [...DEFAULT_REQUIRED])
    .option('--strict', 'also fail on orphaned or pending verdicts, verdicts whose claim was edited since, a broken pending file, and a broken sidecar of another source of the story')
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1)', parseThreshold);
  addStoryOptions(command, 'statuses from the files given only, not the other articles of their folders')
    .action(async (files: string[], opts: CheckOptions) => {
      const { review, articles, inputProblems } = await loadVerdicts(files, opts);
      const story = review.index;
      const failures: string[] = [];
      let broken = false;
      for (const a of articles) {
        const { read, attachment, pending } = a.listing;
        printSidecarProblems(read);
        if (read.status === 'broken') {
          broken = true;
          continue;
        }
        const lines = story.analysis(a.file)!.lines;
        for (const r of a.reports) {
          if (a.dismissed.has(r.claim.id)) continue; // a reviewer said it is not a claim
          const held = attachment.byClaim.get(r.claim.id);
          const pos = lines.positionAt(r.claim.span.start);
          const where = `${a.file}:${pos.line + 1}:${pos.character + 1}`;
          if (!held && opts.require.includes(r.status)) {
            failures.push(`${where}: ${r.status} claim has no verdict: "${oneLine(r.claim.text, 70)}"\n    crosscheck verdict ${shellQuote(a.file)} --claim ${r.claim.id} --label <label>`);
          } else if (held?.status === 'edited' && opts.strict) {
            failures.push(`${where}: the claim was edited since its verdict (${held.verdict.label}): "${oneLine(r.claim.text, 70)}"`);
          }
        }
        if (opts.strict) {
          for (const p of attachment.placements) {
            if (p.status === 'orphaned') failures.push(`${read.path}:${p.verdict.line}:${p.verdict.column}: orphaned verdict (${p.verdict.label}): ${p.reason}`);
          }
          if (pending.length) failures.push(`${a.file}: ${pending.length} verdict(s) pending, not yet in ${read.path}`);
          // A pending file that cannot be read may hold verdicts nobody can see: not a pass.
          if (a.listing.pendingRead.status === 'broken') {
            printSidecarProblems(a.listing.pendingRead);
            broken = true;
          }
        }
      }
      if (opts.strict && brokenNeighbourSidecars(review, files)) broken = true;
      if (failures.length) {
        process.stdout.write(failures.join('\n') + `\n\n${failures.length} problem(s); record the verdicts, or see \`crosscheck check --help\` for the policy.\n`);
      } else if (!broken && !inputProblems) {
        process.stdout.write(`crosscheck check: ok — every ${opts.require.join('/')} claim has a verdict (${articles.length} article(s))\n`);
      }
      process.exitCode = broken ? ExitCode.SidecarError : inputProblems ? ExitCode.InputError : failures.length ? ExitCode.CheckFailed : ExitCode.Ok;
    });
}
