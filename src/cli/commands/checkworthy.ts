import type { Command } from 'commander';
import { analyzeArticle, roundScore } from '../../core/analyzeArticle';
import { DEFAULT_CLAIM_THRESHOLD, scoreSentence } from '../../core/claims/checkworthiness';
import { lineSentence } from '../../core/nlp/lineSentence';
import { ExitCode } from '../exitCodes';
import { parseMegabytes, parseThreshold, writeJson } from '../options';
import { printProblem, readArticle } from '../readArticle';

/** The version of the `checkworthy --json` contract (checkworthy.schema.json). */
export const CHECKWORTHY_JSON_VERSION = 1;

export function registerCheckworthy(program: Command): void {
  program
    .command('checkworthy')
    .description('score every sentence (or every line) of a file for check-worthiness, to measure the engine on labelled data')
    .argument('<file>', 'a text or Markdown file')
    .option('--lines', 'each non-empty line is one sentence (as in labelled data sets)')
    .option('--json', 'machine-readable output (contract: checkworthy.schema.json, version 1)')
    .option('--threshold <score>', 'check-worthiness from which a sentence is a claim (0-1)', parseThreshold)
    .option('--max-size <MB>', 'largest file read, in megabytes (default 5)', parseMegabytes)
    .action(async (file: string, opts: { lines?: boolean; json?: boolean; threshold?: number; maxSize?: number }) => {
      const read = await readArticle(file, opts.maxSize);
      if (!read.ok) {
        printProblem(read);
        if (opts.json) writeJson({ version: CHECKWORTHY_JSON_VERSION, sentences: [], errors: [{ file, message: read.message }] });
        process.exitCode = ExitCode.InputError;
        return;
      }
      const threshold = opts.threshold ?? DEFAULT_CLAIM_THRESHOLD;
      const sentences = opts.lines ? scoreLines(read.text, threshold) : scoreSentences(file, read.text, threshold);
      if (opts.json) writeJson({ version: CHECKWORTHY_JSON_VERSION, sentences });
      else for (const s of sentences) process.stdout.write(`${file}:${s.line + 1}  ${s.score.toFixed(3)} ${s.claim ? '*' : ' '} ${s.text}\n`);
    });
}

interface ScoredLine {
  line: number;
  text: string;
  score: number;
  claim: boolean;
}

function scoreLines(text: string, threshold: number): ScoredLine[] {
  const out: ScoredLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (!line.trim()) return;
    const sentence = lineSentence(line, out.length);
    const score = sentence.tokens.length ? roundScore(scoreSentence(sentence)) : 0;
    out.push({ line: i, text: line, score, claim: score >= threshold });
  });
  return out;
}

function scoreSentences(file: string, text: string, threshold: number): ScoredLine[] {
  const analysis = analyzeArticle(file, text, { threshold });
  return analysis.sentences.map(({ sentence, score }) => ({
    line: analysis.lines.positionAt(sentence.span.start).line,
    text: sentence.text,
    score: roundScore(score),
    claim: score >= threshold,
  }));
}
