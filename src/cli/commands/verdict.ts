// `crosscheck verdict FILE --claim ID --label L [--note TEXT]`: records one verdict in FILE's sidecar.
// `--range L1:C1-L2:C2` instead of `--claim` records it on any span, which becomes a reviewer's claim.

import type { Command } from 'commander';
import type { Range } from '../../core/model';
import { ReviewedStory } from '../../core/review/reviewedStory';
import { LineIndex } from '../../core/text/lineIndex';
import { cliReviewHost } from '../../node/nodeReviewHost';
import { ExitCode } from '../exitCodes';
import { parseThreshold } from '../options';
import { parseRange, spanOfRange } from '../rangeOption';
import { printProblem, readArticle } from '../readArticle';
import { addLabelsOption, reportSidecarError } from '../verdictSupport';
import { oneLine } from '../../core/text/oneLine';

interface VerdictOptions {
  claim?: string;
  range?: Range;
  label: string;
  note?: string;
  by?: string;
  labels?: string[];
  threshold?: number;
}

export function registerVerdict(program: Command): void {
  const command = program
    .command('verdict')
    .description("record a verdict on one claim, or on any span (--range), in the article's sidecar (FILE.crosscheck.yaml)")
    .argument('<file>', 'the article')
    .option('--claim <id>', 'the claim (its id from `crosscheck verdicts` or `analyze`; an unambiguous start is enough)')
    .option('--range <L1:C1-L2:C2>', 'any span instead of --claim (0-based, as in analyze --json); it becomes a reviewer-marked claim', parseRange)
    .requiredOption('--label <label>', 'the verdict, e.g. accurate, misleading')
    .option('--note <text>', 'free-text note ("" removes the existing one; without --note it is kept)')
    .option('--by <name>', 'who records it (default: git config user.name, else the OS user)')
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1), as for analyze', parseThreshold);
  addLabelsOption(command).action(async (file: string, opts: VerdictOptions) => {
    if ((opts.claim === undefined) === (opts.range === undefined)) {
      process.stderr.write('crosscheck: verdict: give either --claim ID or --range L1:C1-L2:C2\n');
      process.exitCode = ExitCode.Usage;
      return;
    }
    const read = await readArticle(file);
    if (!read.ok) {
      printProblem(read);
      process.exitCode = ExitCode.InputError;
      return;
    }
    const review = new ReviewedStory(cliReviewHost, { threshold: opts.threshold, labels: () => opts.labels });
    await review.loadSidecar(file);
    let claimId = opts.claim;
    let marked: { start: number; end: number } | undefined;
    if (opts.range) {
      const span = spanOfRange(opts.range, new LineIndex(read.text));
      if (!span.ok) {
        process.stderr.write(`crosscheck: ${file}: --range: ${span.message}\n`);
        process.exitCode = ExitCode.Usage;
        return;
      }
      marked = span.span;
    }
    const analysis = review.setArticle(file, read.text, marked ? [marked] : []);
    if (marked) {
      const within = marked;
      // The new mark is the longest reviewer claim inside the range (an older, smaller mark may sit inside it).
      const claim = analysis.claims
        .filter((c) => c.origin === 'reviewer' && c.span.start >= within.start && c.span.end <= within.end)
        .sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))[0];
      if (!claim) {
        process.stderr.write(`crosscheck: ${file}: --range: the span holds no words\n`);
        process.exitCode = ExitCode.Usage;
        return;
      }
      claimId = claim.id;
    }
    try {
      const result = await review.recordVerdict({ file, claimId: claimId!, label: opts.label, note: opts.note, by: opts.by });
      const line = analysis.lines.positionAt(result.claim.span.start).line + 1;
      const what = result.action === 'unchanged' ? 'unchanged' : `${result.action} ${opts.label.toLowerCase()}`;
      const origin = result.claim.origin === 'reviewer' ? ' (reviewer-marked claim)' : '';
      process.stdout.write(`${result.path}: ${what} — ${file}:${line} ${result.claim.id}${origin} "${oneLine(result.claim.text, 70)}"\n`);
      if (result.merged) process.stdout.write(`${result.path}: had changed on disk; your verdict was merged with those changes\n`);
      if (result.pendingApplied) process.stdout.write(`${result.path}: also wrote ${result.pendingApplied} pending verdict(s)\n`);
      process.exitCode = ExitCode.Ok;
    } catch (e) {
      process.exitCode = reportSidecarError(e);
    }
  });
}
