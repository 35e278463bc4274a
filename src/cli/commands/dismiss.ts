// `crosscheck dismiss FILE --claim ID` ("not a claim") and `crosscheck restore FILE --claim ID` (undo):
// a block in the `dismissed:` list of FILE's sidecar, anchored like a verdict so it survives edits.

import type { Command } from 'commander';
import type { ClaimEditResult } from '../../core/review/claimEdits';
import { ReviewedStory } from '../../core/review/reviewedStory';
import { cliReviewHost } from '../../node/nodeReviewHost';
import { ExitCode } from '../exitCodes';
import { parseThreshold } from '../options';
import { printProblem, readArticle } from '../readArticle';
import { reportSidecarError } from '../verdictSupport';
import { oneLine } from '../../core/text/oneLine';

interface DismissOptions {
  claim: string;
  by?: string;
  threshold?: number;
}

type Action = 'dismiss' | 'restore';

async function run(action: Action, file: string, opts: DismissOptions): Promise<void> {
  const read = await readArticle(file);
  if (!read.ok) {
    printProblem(read);
    process.exitCode = ExitCode.InputError;
    return;
  }
  const review = new ReviewedStory(cliReviewHost, { threshold: opts.threshold });
  const analysis = await review.addArticle(file, read.text);
  try {
    const result: ClaimEditResult = action === 'dismiss' ? await review.dismissClaim(file, opts.claim, opts.by) : await review.restoreClaim(file, opts.claim);
    const claim = result.claim!;
    const line = analysis.lines.positionAt(claim.span.start).line + 1;
    const what =
      result.action === 'unchanged' ? (action === 'dismiss' ? 'already dismissed' : 'not dismissed; nothing to restore') : action === 'dismiss' ? 'dismissed' : 'restored';
    process.stdout.write(`${result.path}: ${what} — ${file}:${line} ${claim.id} "${oneLine(claim.text, 70)}"\n`);
    process.exitCode = ExitCode.Ok;
  } catch (e) {
    process.exitCode = reportSidecarError(e);
  }
}

export function registerDismiss(program: Command): void {
  for (const action of ['dismiss', 'restore'] as const) {
    const command = program
      .command(action)
      .description(
        action === 'dismiss'
          ? "mark a detected claim as not a claim (kept in the sidecar's dismissed: list; analyze leaves it out)"
          : 'undo dismiss: the claim is a claim again',
      )
      .argument('<file>', 'the article')
      .requiredOption('--claim <id>', 'the claim (its id from `analyze --json --include-dismissed`; an unambiguous start is enough)')
      .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1), as for analyze', parseThreshold);
    if (action === 'dismiss') command.option('--by <name>', 'who dismisses it (default: git config user.name, else the OS user)');
    command.action((file: string, opts: DismissOptions) => run(action, file, opts));
  }
}
