import type { Command } from 'commander';
import { ExitCode } from '../exitCodes';
import { addStoryOptions, type StoryOptionValues } from '../storyOptions';
import { loadStory } from '../loadStory';
import { addMemoryOptions, memoryRoot, parseMegabytes, parseThreshold, writeJson } from '../options';
import { analyzeJson } from '../output/analyzeJson';
import { analyzeReport } from '../output/analyzeReport';
import { analyzeExtras } from '../analyzeExtras';

interface AnalyzeOptions extends StoryOptionValues {
  json?: boolean;
  threshold?: number;
  maxSize?: number;
  includeDismissed?: boolean;
  /** a folder, false for --no-memory, undefined for the default */
  memory?: string | false;
}

export function registerAnalyze(program: Command): void {
  const command = program
    .command('analyze')
    .description('find the check-worthy claims in articles, the facts inside them, and what the other sources of the story say')
    .argument('<file...>', 'articles (.txt, .md)')
    .option('--json', 'machine-readable output (contract: analyze.schema.json, version 1)')
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1)', parseThreshold)
    .option('--max-size <MB>', 'largest article read, in megabytes (default 5)', parseMegabytes)
    .option('--include-dismissed', 'list claims a reviewer dismissed too (marked "dismissed": true in --json)');
  addStoryOptions(command, 'compare only the files given, not the other articles of their folders');
  addMemoryOptions(command).action(async (files: string[], opts: AnalyzeOptions) => {
      const { review, files: read, problems } = await loadStory(files, { threshold: opts.threshold, withStory: opts.story, allowPaths: opts.allowPath, maxBytes: opts.maxSize });
      const { extras, brokenSidecars } = await analyzeExtras(review, read, { memoryRoot: memoryRoot(opts) });
      const story = review.index;
      const shown = { includeDismissed: opts.includeDismissed };
      if (opts.json) writeJson(analyzeJson(story, read, problems, extras, shown));
      else process.stdout.write(analyzeReport(story, read, extras, shown));
      // An article that could not be read (3) outranks a sidecar that could not be (4): as in `verdicts`.
      process.exitCode = problems.some((p) => files.includes(p.file)) ? ExitCode.InputError : brokenSidecars ? ExitCode.SidecarError : ExitCode.Ok;
    });
}
