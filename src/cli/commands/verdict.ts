// `crosscheck verdict FILE --claim ID --label L [--note TEXT]`: records one verdict in FILE's sidecar.

import { dirname } from 'node:path';
import type { Command } from 'commander';
import { analyzeArticle } from '../../core/analyzeArticle';
import { recordVerdict, verdictTimestamp } from '../../core/sidecar/sidecarStore';
import { nodeFileSystem } from '../../node/nodeFileSystem';
import { defaultReviewerName } from '../../node/reviewerName';
import { ExitCode } from '../exitCodes';
import { parseThreshold } from '../options';
import { printProblem, readArticle } from '../readArticle';
import { addLabelsOption, reportSidecarError, shorten } from '../verdictSupport';

interface VerdictOptions {
  claim: string;
  label: string;
  note?: string;
  by?: string;
  labels?: string[];
  threshold?: number;
}

export function registerVerdict(program: Command): void {
  const command = program
    .command('verdict')
    .description("record a verdict on one claim in the article's sidecar (FILE.crosscheck.yaml)")
    .argument('<file>', 'the article')
    .requiredOption('--claim <id>', 'the claim (its id from `crosscheck verdicts` or `analyze`; an unambiguous start is enough)')
    .requiredOption('--label <label>', 'the verdict, e.g. accurate, misleading')
    .option('--note <text>', 'free-text note ("" removes the existing one; without --note it is kept)')
    .option('--by <name>', 'who records it (default: git config user.name, else the OS user)')
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1), as for analyze', parseThreshold);
  addLabelsOption(command).action(async (file: string, opts: VerdictOptions) => {
    const read = await readArticle(file);
    if (!read.ok) {
      printProblem(read);
      process.exitCode = ExitCode.InputError;
      return;
    }
    const analysis = analyzeArticle(file, read.text, { threshold: opts.threshold });
    try {
      const result = await recordVerdict(nodeFileSystem, {
        articlePath: file,
        articleText: read.text,
        claims: analysis.claims,
        claimId: opts.claim,
        label: opts.label,
        note: opts.note,
        by: opts.by ?? defaultReviewerName(dirname(file)),
        at: verdictTimestamp(),
        labels: opts.labels,
      });
      const line = analysis.lines.positionAt(result.claim.span.start).line + 1;
      const what = result.action === 'unchanged' ? 'unchanged' : `${result.action} ${opts.label.toLowerCase()}`;
      process.stdout.write(`${result.path}: ${what} — ${file}:${line} ${result.claim.id} "${shorten(result.claim.text, 70)}"\n`);
      if (result.merged) process.stdout.write(`${result.path}: had changed on disk; your verdict was merged with those changes\n`);
      if (result.pendingApplied) process.stdout.write(`${result.path}: also wrote ${result.pendingApplied} pending verdict(s)\n`);
      process.exitCode = ExitCode.Ok;
    } catch (e) {
      process.exitCode = reportSidecarError(e);
    }
  });
}
