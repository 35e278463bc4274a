// The one place the extension calls the engine (src/core): analyses, the story's cross-references and the
// verdicts sidecar, turned into plain view data the UI components render. No VS Code types here except Uri-free
// strings, so this file reads like the CLI's use of the core.
import { claimSignals } from '../core/claims/claimSignals';
import type { Claim, Range, Span } from '../core/model';
import type { IndexedClaim } from '../core/story/indexedClaim';
import type { ReportArticleInput } from '../core/report/signOffReport';
import { attachVerdicts } from '../core/sidecar/anchoring/attachVerdicts';
import { attachDismissals } from '../core/sidecar/anchoring/dismissals';
import { setArticleWithSidecar } from '../core/review/sidecarInStory';
import { anchorReviewerMarks } from '../core/sidecar/anchoring/reviewerMarks';
import { dismissClaim, markClaim, restoreClaim } from '../core/review/claimEdits';
import { SidecarError } from '../core/sidecar/storage/sidecarError';
import { sidecarPathFor } from '../core/sidecar/storage/sidecarPath';
import { readSidecar, recordVerdict, verdictTimestamp } from '../core/review/verdictWrite';
import type { SidecarRead } from '../core/sidecar/storage/sidecarSnapshot';
import { effectiveLabels } from '../core/sidecar/storage/verdictLabels';
import { nodeFileSystem } from '../node/nodeFileSystem';
import type { CrossRef as CoreCrossRef } from '../core/story/crossRef';
import { StoryIndex } from '../core/story/storyIndex';
import type { LineIndex } from '../core/text/lineIndex';
import { sourceTitle } from '../core/text/sourceTitle';

import type { ClaimStatus } from '../core/story/claimStatus';
export type { ClaimStatus };

export interface Conflict {
  type: string;
  /** the words in this article */
  here: string;
  /** the words in the other source */
  there: string;
}

/** Another source of the story that agrees with or contradicts a claim. */
export interface CrossRef {
  relation: 'agrees' | 'contradicts' | 'related';
  /** absolute path of the other source */
  file: string;
  /** the other source's own sentence */
  text: string;
  span: Span;
  /** the same place as line/character in the other source */
  range: Range;
  conflicts: Conflict[];
  /** the other source as a reader names it: its headline, else its file name */
  source: string;
  /** false when both rest on the same reported source (agreement that does not corroborate) */
  independent: boolean;
  /** the other source's attribution ("according to U.S. officials") */
  attribution?: string;
  /** why the engine relates the two ("same time (Tuesday); both cite …") */
  reason?: string;
}

export interface VerdictInfo {
  label: string;
  note?: string;
  by?: string;
  at?: string;
  /** the claim's words changed since the verdict was recorded */
  edited: boolean;
  /** 1-based line of the verdict in the sidecar */
  line: number;
}

export interface ClaimInfo {
  claim: Claim;
  status: ClaimStatus;
  refs: CrossRef[];
  /** other sources that speak of it without a fact to compare ("related"): the hover lists them, nothing else */
  mentions: CrossRef[];
  verdict?: VerdictInfo;
}

export interface SidecarIssue {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based */
  line: number;
  column: number;
}

export interface OrphanInfo {
  /** a reviewer-marked claim without a verdict, rather than a verdict */
  mark?: boolean;
  claim: string;
  label: string;
  reason: string;
  line: number;
}

export interface SidecarInfo {
  /** absolute path of the sidecar file (it may not exist yet) */
  path: string;
  /** errors make the sidecar read-only until fixed */
  issues: SidecarIssue[];
  orphans: OrphanInfo[];
  labels: readonly string[];
}

/** A detected claim a reviewer said is not a claim: not highlighted, not counted, listed for "Restore". */
export interface DismissedInfo {
  claim: Claim;
  by?: string;
  at?: string;
  /** 1-based line of the block in the sidecar */
  line: number;
}

export interface ArticleState {
  file: string;
  text: string;
  lines: LineIndex;
  /** the claims shown: detected ones not dismissed, and the reviewer's own (claim.origin === 'reviewer') */
  claims: ClaimInfo[];
  dismissed: DismissedInfo[];
  sidecar: SidecarInfo;
}

export type RecordResult = { ok: true } | { ok: false; message: string; path?: string; line?: number; column?: number };
/** what a mark, dismissal or restore did; `unchanged`: it was already so */
export type ReviewResult = ({ ok: true; action: 'added' | 'removed' | 'unchanged'; claimId?: string }) | Extract<RecordResult, { ok: false }>;

export interface EngineOptions {
  verdictLabels?: readonly string[];
}

/**
 * One story: the articles of one folder. Feed it texts; read back per-article state.
 * Cross-references and verdicts come from the core's story index and sidecar modules.
 */
export class StoryEngine {
  private readonly index = new StoryIndex();
  /** each article's sidecar as last read from disk */
  private readonly sidecars = new Map<string, SidecarRead>();

  constructor(
    readonly folder: string,
    private readonly options: () => EngineOptions = () => ({}),
  ) {}

  /** the story file's `titles:`, by path: what the desk calls a source, before its headline */
  private storyTitles: ReadonlyMap<string, string> = new Map();
  setStoryTitles(titles: ReadonlyMap<string, string>): void {
    this.storyTitles = titles;
    this.titles.clear();
  }

  files(): string[] {
    return this.index.files().sort();
  }

  has(file: string): boolean {
    return this.index.has(file);
  }

  /** the kinds of fact behind a claim's score ("a count", "an attribution"), computed when shown */
  scoreSignals(file: string, claim: Claim): string[] {
    const analysis = this.index.analysis(file);
    return analysis ? claimSignals(analysis.sentences, claim) : [];
  }

  /** (re-)analyses an article with the reviewer's marks of its sidecar anchored in this text */
  setArticle(file: string, text: string): void {
    const read = this.sidecars.get(file);
    setArticleWithSidecar(this.index, file, text, read?.status === 'ok' ? read.sidecar.data : undefined);
  }

  removeArticle(file: string): void {
    this.index.removeArticle(file);
    this.sidecars.delete(file);
  }

  private crossRef(ref: CoreCrossRef): CrossRef {
    const lines = this.index.analysis(ref.file)?.lines;
    const zero = { line: 0, character: 0 };
    return {
      relation: ref.relation === 'contradicts' ? 'contradicts' : 'agrees',
      file: ref.file,
      text: ref.text,
      span: ref.span,
      range: lines ? lines.rangeOf(ref.span) : { start: zero, end: zero },
      conflicts: ref.conflicts,
      source: this.titleOf(ref.file),
      independent: ref.independent,
      ...(ref.attribution && { attribution: ref.attribution }),
      reason: ref.reason,
    };
  }

  /** a source's headline (kept per text: a hover names the same sources again and again) */
  private titleOf(file: string): string {
    const text = this.index.analysis(file)?.text ?? '';
    const known = this.titles.get(file);
    if (known?.text === text) return known.title;
    const title = this.storyTitles.get(file) ?? sourceTitle(text) ?? file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    this.titles.set(file, { text, title });
    return title;
  }
  private readonly titles = new Map<string, { text: string; title: string }>();

  /** (re-)reads an article's sidecar from disk; call when the article joins and when the sidecar changes */
  async loadSidecar(file: string): Promise<void> {
    this.sidecars.set(file, await readSidecar(nodeFileSystem, file));
    // its reviewer marks may have changed: analyse again with them (costs nothing when they did not)
    const analysis = this.index.analysis(file);
    if (analysis) this.setArticle(file, analysis.text);
  }

  hasSidecar(file: string): boolean {
    return this.sidecars.has(file);
  }

  /**
   * Stores a verdict in the article's sidecar through the core's store (atomic, merge-safe). A broken or
   * conflicting sidecar is never written: the core keeps the verdict in the pending file and says so.
   */
  async recordVerdict(file: string, claimId: string, label: string, note: string, by: string | undefined): Promise<RecordResult> {
    const analysis = this.index.analysis(file);
    if (!analysis) return { ok: false, message: `${file} is not analysed` };
    try {
      await recordVerdict(nodeFileSystem, {
        articlePath: file,
        articleText: analysis.text,
        claims: analysis.claims,
        labels: this.options().verdictLabels,
        base: this.sidecars.get(file)?.snapshot,
        claimId,
        label,
        note,
        by: by ?? '',
        at: verdictTimestamp(),
      });
      return { ok: true };
    } catch (err) {
      if (!(err instanceof SidecarError)) throw err;
      const first = err.problems[0];
      return { ok: false, message: err.message, path: err.path, line: first?.line, column: first?.column };
    } finally {
      await this.loadSidecar(file);
    }
  }

  /** "Mark as claim": the span (offsets of the analysed text) becomes a reviewer claim, stored in the sidecar */
  async markClaim(file: string, span: Span, by: string): Promise<ReviewResult> {
    return this.review(file, async (analysis) => {
      const r = await markClaim(nodeFileSystem, { articlePath: file, articleText: analysis.text, span, by, at: verdictTimestamp() });
      return { action: r.action, span: r.span };
    });
  }

  /** "Not a claim": a `dismissed:` block in the sidecar; the claim stops being shown */
  async dismissClaim(file: string, claimId: string, by: string): Promise<ReviewResult> {
    return this.review(file, async (analysis) => {
      const r = await dismissClaim(nodeFileSystem, { articlePath: file, articleText: analysis.text, claims: analysis.claims, claimId, by, at: verdictTimestamp() });
      return { action: r.action, claimId: r.claim?.id };
    });
  }

  /** undoes "Not a claim" */
  async restoreClaim(file: string, claimId: string): Promise<ReviewResult> {
    return this.review(file, async (analysis) => {
      const r = await restoreClaim(nodeFileSystem, { articlePath: file, articleText: analysis.text, claims: analysis.claims, claimId });
      return { action: r.action, claimId: r.claim?.id };
    });
  }

  private async review(
    file: string,
    edit: (analysis: NonNullable<ReturnType<StoryIndex['analysis']>>) => Promise<{ action: 'added' | 'removed' | 'unchanged'; claimId?: string; span?: Span }>,
  ): Promise<ReviewResult> {
    const analysis = this.index.analysis(file);
    if (!analysis) return { ok: false, message: `${file} is not analysed` };
    try {
      const r = await edit(analysis);
      await this.loadSidecar(file);
      // a new mark: its claim id in the analysis made with it
      const claimId = r.claimId ?? (r.span && this.index.analysis(file)?.claims.find((c) => c.origin === 'reviewer' && c.span.start === r.span!.start && c.span.end === r.span!.end)?.id);
      return { ok: true, action: r.action, ...(claimId !== undefined && { claimId }) };
    } catch (err) {
      await this.loadSidecar(file);
      if (!(err instanceof SidecarError)) throw err;
      const first = err.problems[0];
      return { ok: false, message: err.message, path: err.path, line: first?.line, column: first?.column };
    }
  }

  /** the claim as the story index holds it, for the verdict memory's lookup */
  indexedClaim(file: string, claimId: string): IndexedClaim | undefined {
    return this.index.indexedClaims(file).find((c) => c.claim.id === claimId);
  }

  /** one article's part of the sign-off report (core/report/signOffReport.ts), as the CLI's `report` builds it */
  reportInput(file: string, display: (file: string) => string): ReportArticleInput | undefined {
    const analysis = this.index.analysis(file);
    if (!analysis) return undefined;
    const read = this.sidecars.get(file);
    const data = read?.status === 'ok' ? read.sidecar.data : undefined;
    const reports = this.index.crossReference(file).map((r) => ({ ...r, crossRefs: r.crossRefs.map((ref) => ({ ...ref, file: display(ref.file) })) }));
    return {
      file: display(file),
      lines: analysis.lines,
      reports,
      verdicts: data ? attachVerdicts(analysis.text, analysis.claims, data.verdicts, analysis.lines) : undefined,
      dismissed: new Set(attachDismissals(analysis.text, analysis.claims, data, analysis.lines).byClaim.keys()),
      sidecarBroken: read?.status === 'broken',
    };
  }

  /** 1-based line of an offset in an article of the story */
  lineOf(file: string, offset: number): number | undefined {
    const lines = this.index.analysis(file)?.lines;
    return lines ? lines.positionAt(offset).line + 1 : undefined;
  }

  article(file: string): ArticleState | undefined {
    const analysis = this.index.analysis(file);
    if (!analysis) return undefined;
    const read = this.sidecars.get(file);
    const sidecar: SidecarInfo = {
      path: sidecarPathFor(file),
      issues: [],
      orphans: [],
      labels: effectiveLabels(read?.status === 'ok' ? read.sidecar.data.labels : undefined, this.options().verdictLabels),
    };
    const verdicts = new Map<string, VerdictInfo>();
    const dismissed = new Map<string, DismissedInfo>();
    if (read?.status === 'broken') sidecar.issues = read.problems.map(({ severity, message, line, column }) => ({ severity, message, line, column }));
    if (read?.status === 'ok') {
      sidecar.issues = read.sidecar.warnings.map(({ severity, message, line, column }) => ({ severity, message, line, column }));
      const attachment = attachVerdicts(analysis.text, analysis.claims, read.sidecar.data.verdicts, analysis.lines);
      for (const p of attachment.placements) {
        const v = p.verdict;
        if (p.status === 'orphaned') {
          sidecar.orphans.push({ claim: v.claim, label: v.label, reason: p.reason, line: v.line });
        } else if (attachment.byClaim.get(p.claim.id) === p) {
          verdicts.set(p.claim.id, { label: v.label, note: v.note, by: v.by, at: v.at, edited: p.status === 'edited', line: v.line });
        }
      }
      const data = read.sidecar.data;
      for (const [id, p] of attachDismissals(analysis.text, analysis.claims, data, analysis.lines).byClaim) {
        dismissed.set(id, { claim: p.claim, by: p.verdict.by, at: p.verdict.at, line: p.verdict.line });
      }
      // a reviewer's claim whose words are gone (one with a verdict is listed with the verdicts' orphans)
      if (data.marks.some((m) => m.label === undefined)) {
        for (const o of anchorReviewerMarks(analysis.text, data, analysis.lines).orphans) {
          if (o.mark.label === undefined) sidecar.orphans.push({ mark: true, claim: o.mark.claim, label: '', reason: o.reason, line: o.mark.line });
        }
      }
    }
    const claims: ClaimInfo[] = [];
    for (const report of this.index.crossReference(file)) {
      if (dismissed.has(report.claim.id)) continue;
      claims.push({
        claim: report.claim,
        status: report.status,
        refs: report.crossRefs.filter((r) => r.relation !== 'related').map((r) => this.crossRef(r)),
        mentions: report.crossRefs.filter((r) => r.relation === 'related').map((r) => ({ ...this.crossRef(r), relation: 'related' as const })),
        verdict: verdicts.get(report.claim.id),
      });
    }
    return { file, text: analysis.text, lines: analysis.lines, claims, dismissed: [...dismissed.values()], sidecar };
  }
}
