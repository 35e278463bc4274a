// `crosscheck export FILE... --claimreview`: the recorded verdicts as schema.org ClaimReview JSON-LD.

import type { Command } from 'commander';
import type { AttachedVerdict } from '../../core/sidecar/anchoring/attachVerdicts';
import { claimReviewJsonLd } from '../output/claimReview';
import { ExitCode } from '../exitCodes';
import { jsonForHtml } from '../../core/text/jsonForHtml';
import { parseThreshold } from '../options';
import { printSidecarProblems } from '../verdictSupport';
import { loadVerdicts } from '../storyVerdicts';

interface ExportOptions {
  claimreview?: boolean;
  url?: string;
  publisher?: string;
  threshold?: number;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the recorded verdicts (orphaned ones are left out)')
    .argument('<file...>', 'articles (.txt, .md)')
    .option('--claimreview', 'as schema.org ClaimReview JSON-LD (the only format so far, and the default)')
    .option('--url <url>', 'the published article URL (ClaimReview url and the claim\'s appearance)')
    .option('--publisher <name>', 'the organisation publishing the fact-check')
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1)', parseThreshold)
    .action(async (files: string[], opts: ExportOptions) => {
      // Statuses are not needed: no story is loaded.
      const { articles, inputProblems } = await loadVerdicts(files, { threshold: opts.threshold, story: false });
      const verdicts: AttachedVerdict[] = [];
      for (const a of articles) {
        printSidecarProblems(a.listing.read);
        const orphans = a.listing.attachment.placements.filter((p) => p.status === 'orphaned').length;
        if (orphans) process.stderr.write(`crosscheck: ${a.listing.read.path}: ${orphans} orphaned verdict(s) not exported\n`);
        verdicts.push(...a.listing.attachment.byClaim.values());
      }
      // JSON-LD is pasted into pages: written so that it cannot end their <script> element
      process.stdout.write(jsonForHtml(claimReviewJsonLd(verdicts, { url: opts.url, publisher: opts.publisher })) + '\n');
      const broken = articles.some((a) => a.listing.read.status === 'broken');
      process.exitCode = inputProblems ? ExitCode.InputError : broken ? ExitCode.SidecarError : ExitCode.Ok;
    });
}
