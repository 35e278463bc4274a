import type { Command } from 'commander';
import { ExitCode } from '../exitCodes';
import { loadStory } from '../loadStory';
import { parseMegabytes, parseThreshold, writeJson } from '../options';
import { analyzeJson } from '../output/analyzeJson';
import { analyzeReport } from '../output/analyzeReport';
import { verdictExtras } from './verdicts';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('find the check-worthy claims in articles, the facts inside them, and what the other sources of the story say')
    .argument('<file...>', 'articles (.txt, .md)')
    .option('--json', 'machine-readable output (contract: analyze.schema.json, version 1)')
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1)', parseThreshold)
    .option('--no-story', 'compare only the files given, not the other articles of their folders')
    .option('--max-size <MB>', 'largest article read, in megabytes (default 5)', parseMegabytes)
    .action(async (files: string[], opts: { json?: boolean; threshold?: number; story: boolean; maxSize?: number }) => {
      const { story, files: read, problems } = await loadStory(files, { threshold: opts.threshold, withStory: opts.story, maxBytes: opts.maxSize });
      if (opts.json) writeJson(analyzeJson(story, read, problems, await verdictExtras(story, read)));
      else process.stdout.write(analyzeReport(story, read));
      process.exitCode = problems.some((p) => files.includes(p.file)) ? ExitCode.InputError : ExitCode.Ok;
    });
}
