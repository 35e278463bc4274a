// `crosscheck report FILE... [--format md|html] [--out PATH]`: the sign-off report of the story — every
// claim in article order with its status, the sources that contradict or back it, its verdict and note,
// what is still unreviewed — built by the core (core/report/) so the extension shows the same report.

import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { htmlReport } from '../../core/report/htmlReport';
import { markdownReport } from '../../core/report/markdownReport';
import { signOffReport } from '../../core/report/signOffReport';
import { ExitCode } from '../exitCodes';
import { addStoryOptions, type StoryOptionValues } from '../storyOptions';
import { addMemoryOptions, memoryRoot, parseThreshold } from '../options';
import { printSidecarProblems } from '../verdictSupport';
import { priorVerdictLookup } from '../analyzeExtras';
import { loadVerdicts } from '../storyVerdicts';

type Format = 'md' | 'html';

function parseFormat(value: string): Format {
  const v = value.trim().toLowerCase();
  if (v === 'md' || v === 'markdown') return 'md';
  if (v === 'html') return 'html';
  throw new InvalidArgumentError('expected md or html');
}

interface ReportOptions extends StoryOptionValues {
  format: Format;
  out?: string;
  threshold?: number;
  /** a folder, false for --no-memory, undefined for the default */
  memory?: string | false;
}

export function registerReport(program: Command): void {
  const command = program
    .command('report')
    .description('the sign-off report: claims in order with status, conflicting sources, verdicts and notes, what is unreviewed')
    .argument('<file...>', 'articles (.txt, .md)')
    .option('--format <md|html>', 'Markdown (default) or one self-contained HTML file', parseFormat, 'md' as Format)
    .option('--out <path>', 'write the report to a file instead of stdout')
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1)', parseThreshold);
  addStoryOptions(command, 'statuses from the files given only, not the other articles of their folders');
  addMemoryOptions(command).action(async (files: string[], opts: ReportOptions) => {
      const { review, articles, inputProblems } = await loadVerdicts(files, opts);
      const story = review.index;
      const prior = await priorVerdictLookup(memoryRoot(opts));
      for (const a of articles) printSidecarProblems(a.listing.read);
      const model = signOffReport({
        articles: articles.map((a) => {
          const analysis = story.analysis(a.file)!;
          return {
            file: a.file,
            lines: analysis.lines,
            reports: a.reports,
            verdicts: a.listing.attachment,
            dismissed: a.dismissed,
            sidecarBroken: a.listing.read.status === 'broken',
            priorVerdicts: (id: string) => {
              const claim = story.indexedClaims(a.file).find((c) => c.claim.id === id);
              return claim ? prior(a.file, claim) : [];
            },
          };
        }),
        lineOf: (file, offset) => {
          const other = story.analysis(file);
          return other ? other.lines.positionAt(offset).line + 1 : undefined;
        },
      });
      const text = opts.format === 'html' ? htmlReport(model) : markdownReport(model);
      if (opts.out) await writeFile(opts.out, text, 'utf8');
      else process.stdout.write(text);
      const broken = articles.some((a) => a.listing.read.status === 'broken');
      process.exitCode = inputProblems ? ExitCode.InputError : broken ? ExitCode.SidecarError : ExitCode.Ok;
    });
}
