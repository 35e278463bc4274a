import type { ArticleAnalysis } from '../../core/analyzeArticle';
import { claimSignals } from '../../core/claims/claimSignals';
import type { Claim, Fact } from '../../core/model';
import type { ClaimReport, StoryIndex } from '../../core/story/storyIndex';
import type { LineIndex } from '../../core/text/lineIndex';
import type { InputProblem } from '../readArticle';

/** The version of the `analyze --json` contract (../shared/contracts/analyze.schema.json); bump on any break. */
export const ANALYZE_JSON_VERSION = 1;

export interface VerdictJson {
  label: string;
  note?: string;
  by?: string;
  at?: string;
}

/** A verdict given on a matching claim in another article's sidecar (verdict memory). */
export interface PriorVerdictJson {
  file: string;
  claimText: string;
  label: string;
  note?: string;
  /** similarity of the two claims, in [0, 1] */
  score: number;
}

/** Extra per-claim data other features attach (the reviewer's verdict, a dismissal, prior verdicts). */
export interface ClaimExtra {
  verdict?: VerdictJson;
  /** a reviewer said it is not a claim; left out of the output unless asked for */
  dismissed?: boolean;
  priorVerdicts?: PriorVerdictJson[];
}

/** The extras of a claim, by file and claim. */
export type ClaimExtras = (file: string, claim: Claim) => ClaimExtra | undefined;

export interface AnalyzeJsonOptions {
  /** list dismissed claims too, marked `"dismissed": true` */
  includeDismissed?: boolean;
}

export function analyzeJson(story: StoryIndex, files: string[], problems: InputProblem[], extras?: ClaimExtras, options: AnalyzeJsonOptions = {}): object {
  return {
    version: ANALYZE_JSON_VERSION,
    articles: files.map((file) => {
      const analysis = story.analysis(file) as ArticleAnalysis;
      const claims = story
        .crossReference(file)
        .map((r) => ({ r, extra: extras?.(file, r.claim) }))
        .filter(({ extra }) => options.includeDismissed || !extra?.dismissed)
        .map(({ r, extra }) => claimJson(story, analysis, r, extra));
      return { file, claims };
    }),
    errors: problems.map((p) => ({ file: p.file, ...(p.line !== undefined ? { line: p.line } : {}), message: p.message })),
  };
}

function claimJson(story: StoryIndex, analysis: ArticleAnalysis, report: ClaimReport, extra: ClaimExtra | undefined): object {
  const { claim } = report;
  return {
    id: claim.id,
    text: claim.text,
    range: analysis.lines.rangeOf(claim.span),
    offset: claim.span.start,
    score: claim.score,
    // why the score: the kinds of fact that raised it most (an addition to contract version 1)
    signals: claimSignals(analysis.sentences, claim),
    origin: claim.origin,
    facts: claim.facts.map((f) => factJson(f, analysis.lines)),
    status: report.status,
    crossRefs: report.crossRefs.map((ref) => ({
      relation: ref.relation,
      file: ref.file,
      claimId: ref.claimId,
      text: ref.text,
      range: (story.analysis(ref.file) as ArticleAnalysis).lines.rangeOf(ref.span),
      score: ref.score,
      conflicts: ref.conflicts,
      ...(ref.attribution ? { attribution: ref.attribution } : {}),
      independent: ref.independent,
      reason: ref.reason,
    })),
    ...(extra?.verdict ? { verdict: extra.verdict } : {}),
    ...(extra?.dismissed ? { dismissed: true } : {}),
    ...(extra?.priorVerdicts?.length ? { priorVerdicts: extra.priorVerdicts } : {}),
  };
}

function factJson(f: Fact, lines: LineIndex): object {
  return {
    type: f.type,
    text: f.text,
    ...(f.value !== undefined ? { value: f.value } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.approximate ? { approximate: true } : {}),
    ...(f.ordinal ? { ordinal: true } : {}),
    ...(f.source ? { source: f.source } : {}),
    range: lines.rangeOf(f.span),
  };
}
