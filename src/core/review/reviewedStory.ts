// The one model of a reviewed story: the story's analysis and cross-references (StoryIndex) joined with each
// article's sidecar — verdicts, reviewer marks, dismissals, pending verdicts, problems. Built once from a host
// (reviewHost.ts); the editor (through src/extension/analysisWorker/workerStory.ts) and every CLI command read it, and only adapt.
//
// Each sidecar is read once and kept until it is read again (after a write, the text the write read back is
// kept instead of reading once more); its blocks are anchored on an analysis once per snapshot — the article's
// text and the sidecar's text — and the placements kept, so a hover, a redraw or a report costs no anchoring.

import type { ArticleAnalysis } from '../analyzeArticle';
import { normalizeText, type NormalizedText } from '../anchor/normalizedText';
import { claimSignals } from '../claims/claimSignals';
import type { Claim, Span } from '../model';
import type { ReportArticleInput, ReportPriorVerdict } from '../report/signOffReport';
import { attachVerdicts, noPlacements, type AnchoredBlock, type Attachment } from '../sidecar/anchoring/attachVerdicts';
import { anchorReviewerMarks, type AnchoredMarks } from '../sidecar/anchoring/reviewerMarks';
import { verdictTimestamp } from '../sidecar/storage/isoTimestamp';
import type { SidecarData, StoredDismissal } from '../sidecar/storage/sidecarSchema';
import { pendingPathFor, sidecarPathFor } from '../sidecar/storage/sidecarPath';
import { readSidecar, readSidecarFile, type SidecarRead } from '../sidecar/storage/sidecarSnapshot';
import { effectiveLabels } from '../sidecar/storage/verdictLabels';
import type { IndexedClaim } from '../story/indexedClaim';
import { StoryIndex, type StoryOptions } from '../story/storyIndex';
import type { ArticleState, ClaimInfo, SourceRef } from './articleState';
import { sidecarView } from './sidecarView';
import { writeDismissal, writeMark, removeDismissal, type ClaimEditResult } from './claimEdits';
import type { ReviewHost } from './reviewHost';
import { SourceRefs } from './sourceRefs';
import type { VerdictListing } from './verdictListing';
import { writeVerdict, type RecordVerdictResult } from './verdictWrite';

export interface ReviewedStoryOptions extends StoryOptions {
  /** the configured verdict labels (a sidecar's own `labels:` wins); read at each use, so a setting can change */
  labels?: () => readonly string[] | undefined;
}

/** A verdict to record on a claim of an article of the story. */
export interface VerdictRequest {
  file: string;
  /** an id, or an unambiguous start of one */
  claimId: string;
  label: string;
  /** undefined keeps an existing note; '' removes it */
  note?: string;
  /** who records it (default: the host's reviewer, else nobody) */
  by?: string;
  /**
   * The reviewer saw the sidecar as last read (the editor): changes made on disk since are merged by claim,
   * or refused when they touch this claim. Otherwise (the command line) it applies to the file as it is.
   */
  sawSidecar?: boolean;
}

/** A sidecar's blocks placed on one analysis of its article: valid while neither the text nor the sidecar changes. */
interface Anchoring {
  analysis: ArticleAnalysis;
  read: SidecarRead | undefined;
  dismissals: Attachment<StoredDismissal>;
  /** placed on first need (a view, a listing, a report): a keystroke does not need them */
  verdicts?: Attachment;
}

/** The reviewer marks of a sidecar found in a text: what the article is analysed with. */
interface MarksInText {
  text: string;
  read: SidecarRead | undefined;
  marks: AnchoredMarks;
}

function okData(read: SidecarRead | undefined): SidecarData | undefined {
  return read?.status === 'ok' ? read.sidecar.data : undefined;
}

export class ReviewedStory {
  /** the story's analyses and cross-references */
  readonly index: StoryIndex;
  /** each article's sidecar as last read (or read back after a write) */
  private readonly sidecars = new Map<string, SidecarRead>();
  /** each article's pending file, read on first need */
  private readonly pendings = new Map<string, SidecarRead>();
  private readonly anchorings = new Map<string, Anchoring>();
  private readonly marks = new Map<string, MarksInText>();
  /** one normalised text per article text (anchoring's search space) */
  private readonly normalized = new Map<string, { text: string; norm: NormalizedText }>();
  /** what each source is called in the card (the story file's `titles:`, else its headline) */
  private readonly sources: SourceRefs;
  /** how many times sidecar blocks were placed on an analysis (verdicts and dismissals): one per snapshot */
  anchorCount = 0;

  constructor(
    private readonly host: ReviewHost,
    private readonly options: ReviewedStoryOptions = {},
  ) {
    this.index = new StoryIndex(options);
    this.sources = new SourceRefs((file) => this.index.analysis(file));
  }

  // ---- the story's articles ------------------------------------------------------------------------------

  files(): string[] {
    return this.index.files().sort();
  }

  has(file: string): boolean {
    return this.index.has(file);
  }

  analysis(file: string): ArticleAnalysis | undefined {
    return this.index.analysis(file);
  }

  setStoryTitles(titles: ReadonlyMap<string, string>): void {
    this.sources.setStoryTitles(titles);
  }

  /**
   * (Re-)analyses an article with what its sidecar (as last read) says of its claims: the reviewer's own
   * claims are claims, dismissed ones are no one's source. `extraMarks`: spans to treat as reviewer claims
   * too (a verdict on a span not marked yet). Unchanged text and sidecar cost nothing.
   */
  setArticle(file: string, text: string, extraMarks: readonly Span[] = []): ArticleAnalysis {
    const read = this.sidecars.get(file);
    const marks = this.marksIn(file, text, read).spans;
    const analysis = this.index.setArticle(file, text, { reviewerSpans: extraMarks.length ? [...marks, ...extraMarks] : marks });
    this.index.setDismissed(file, new Set(this.anchoring(file, analysis).dismissals.byClaim.keys()));
    return analysis;
  }

  /**
   * Reads and scores these articles now, for their first analysis (a story being loaded): StoryIndex.readAhead.
   * The texts must be those setArticle is then given; the result is the same.
   */
  readAhead(articles: Iterable<{ file: string; text: string }>): void {
    this.index.readAhead(articles);
  }

  /** Reads the article's sidecar unless it has been read, then analyses the article with it. */
  async addArticle(file: string, text: string): Promise<ArticleAnalysis> {
    if (!this.sidecars.has(file)) this.sidecars.set(file, await readSidecar(this.host.files, file));
    return this.setArticle(file, text);
  }

  removeArticle(file: string): void {
    this.index.removeArticle(file);
    for (const cache of [this.sidecars, this.pendings, this.anchorings, this.marks, this.normalized]) cache.delete(file);
  }

  // ---- sidecars ------------------------------------------------------------------------------------------

  /** (Re-)reads an article's sidecar (and, on next need, its pending file); call when the sidecar changed. */
  async loadSidecar(file: string): Promise<void> {
    this.pendings.delete(file);
    this.keepSidecar(file, await readSidecar(this.host.files, file));
  }

  hasSidecar(file: string): boolean {
    return this.sidecars.has(file);
  }

  /** The article's sidecar as last read; undefined before it has been. */
  sidecarRead(file: string): SidecarRead | undefined {
    return this.sidecars.get(file);
  }

  /** Keeps a read of the sidecar; a read of the same text keeps the old one, and every placement made on it. */
  private keepSidecar(file: string, read: SidecarRead): void {
    const held = this.sidecars.get(file);
    if (held && held.status === read.status && held.snapshot.text === read.snapshot.text) return;
    this.sidecars.set(file, read);
    // its reviewer marks and dismissals may have changed: analyse again with them (nothing when they did not)
    const analysis = this.index.analysis(file);
    if (analysis) this.setArticle(file, analysis.text);
  }

  /** The sidecar's verdicts placed on the article's current claims (none when it is absent or broken). */
  verdicts(file: string): Attachment {
    const analysis = this.index.analysis(file);
    if (!analysis) return noPlacements();
    const anchoring = this.anchoring(file, analysis);
    return (anchoring.verdicts ??= this.attach(analysis, okData(anchoring.read)?.verdicts ?? []));
  }

  /** The sidecar's dismissals placed on the article's current claims. */
  dismissals(file: string): Attachment<StoredDismissal> {
    const analysis = this.index.analysis(file);
    return analysis ? this.anchoring(file, analysis).dismissals : noPlacements();
  }

  /** Everything about an article's verdicts: the sidecar as read, each verdict placed or orphaned, pending ones. */
  async verdictListing(file: string): Promise<VerdictListing> {
    let pendingRead = this.pendings.get(file);
    if (!pendingRead) {
      pendingRead = await readSidecarFile(this.host.files, pendingPathFor(file));
      this.pendings.set(file, pendingRead);
    }
    const read = this.sidecars.get(file) ?? (await this.readNow(file));
    return { read, attachment: this.verdicts(file), pending: pendingRead.status === 'ok' ? pendingRead.sidecar.data.verdicts : [], pendingRead };
  }

  private async readNow(file: string): Promise<SidecarRead> {
    await this.loadSidecar(file);
    return this.sidecars.get(file)!;
  }

  private anchoring(file: string, analysis: ArticleAnalysis): Anchoring {
    const read = this.sidecars.get(file);
    const held = this.anchorings.get(file);
    if (held && held.analysis === analysis && held.read === read) return held;
    const anchoring: Anchoring = { analysis, read, dismissals: this.attach(analysis, okData(read)?.dismissed ?? []) };
    this.anchorings.set(file, anchoring);
    return anchoring;
  }

  private attach<V extends AnchoredBlock>(analysis: ArticleAnalysis, blocks: readonly V[]): Attachment<V> {
    if (blocks.length === 0) return noPlacements();
    this.anchorCount++;
    return attachVerdicts(analysis.text, analysis.claims, blocks, analysis.lines, this.normalizedText(analysis.file, analysis.text));
  }

  private marksIn(file: string, text: string, read: SidecarRead | undefined): AnchoredMarks {
    const held = this.marks.get(file);
    if (held && held.text === text && held.read === read) return held.marks;
    const data = okData(read);
    const marks: AnchoredMarks = data && data.marks.length > 0 ? anchorReviewerMarks(text, data, undefined, this.normalizedText(file, text)) : { spans: [], placed: [], orphans: [] };
    this.marks.set(file, { text, read, marks });
    return marks;
  }

  private normalizedText(file: string, text: string): NormalizedText {
    const held = this.normalized.get(file);
    if (held?.text === text) return held.norm;
    const norm = normalizeText(text);
    this.normalized.set(file, { text, norm });
    return norm;
  }

  // ---- what the faces show -------------------------------------------------------------------------------

  /**
   * One article as a reviewer sees it (articleState.ts). `mentions: false` leaves each claim's mentions
   * undefined, to be asked with mentions() for the claim a card shows: the editor, after every edit.
   */
  article(file: string, { mentions = true }: { mentions?: boolean } = {}): ArticleState | undefined {
    const analysis = this.index.analysis(file);
    if (!analysis) return undefined;
    const read = this.sidecars.get(file);
    const labels = effectiveLabels(okData(read)?.labels, this.options.labels?.());
    const { sidecar, verdicts, dismissed } = sidecarView(sidecarPathFor(file), read, labels, () => ({
      verdicts: this.verdicts(file),
      dismissals: this.dismissals(file),
      markOrphans: this.marksIn(file, analysis.text, read).orphans,
    }));
    const claims: ClaimInfo[] = [];
    // crossReference: each claim's relations, or the sentences that mention it when it has none
    for (const report of mentions ? this.index.crossReference(file) : this.index.relations(file)) {
      if (dismissed.has(report.claim.id)) continue;
      claims.push({
        claim: report.claim,
        status: report.status,
        refs: report.crossRefs.filter((r) => r.relation !== 'related').map((r) => this.sources.of(r)),
        mentions: report.crossRefs.length > 0 || mentions ? report.crossRefs.filter((r) => r.relation === 'related').map((r) => this.sources.of(r)) : undefined,
        verdict: verdicts.get(report.claim.id),
      });
    }
    return { file, text: analysis.text, lines: analysis.lines, claims, dismissed: [...dismissed.values()], sidecar };
  }

  /**
   * The other sources' sentences that mention a claim no claim relates to (StoryIndex.mentions), as the card
   * lists them; [] for a claim with relations or one the article does not have.
   */
  mentions(file: string, claimId: string): SourceRef[] {
    return this.index.mentions(file, claimId).map((r) => this.sources.of(r));
  }

  /** the kinds of fact behind a claim's score ("a count", "an attribution"), computed when shown */
  scoreSignals(file: string, claim: Claim): string[] {
    const analysis = this.index.analysis(file);
    return analysis ? claimSignals(analysis.sentences, claim) : [];
  }

  /** the claim as the story index holds it, for the verdict memory's lookup */
  indexedClaim(file: string, claimId: string): IndexedClaim | undefined {
    return this.index.indexedClaims(file).find((c) => c.claim.id === claimId);
  }

  /** 1-based line of an offset in an article of the story */
  lineOf(file: string, offset: number): number | undefined {
    const lines = this.index.analysis(file)?.lines;
    return lines ? lines.positionAt(offset).line + 1 : undefined;
  }

  /** One article's part of the sign-off report (core/report/signOffReport.ts); `display` names files. */
  reportInput(
    file: string,
    display: (file: string) => string = (f) => f,
    priorVerdicts?: (claimId: string) => readonly ReportPriorVerdict[],
  ): ReportArticleInput | undefined {
    const analysis = this.index.analysis(file);
    if (!analysis) return undefined;
    const reports = this.index.crossReference(file).map((r) => ({ ...r, crossRefs: r.crossRefs.map((ref) => ({ ...ref, file: display(ref.file) })) }));
    return {
      file: display(file),
      lines: analysis.lines,
      reports,
      verdicts: this.verdicts(file),
      dismissed: new Set(this.dismissals(file).byClaim.keys()),
      sidecarBroken: this.sidecars.get(file)?.status === 'broken',
      ...(priorVerdicts && { priorVerdicts }),
    };
  }

  // ---- recording -----------------------------------------------------------------------------------------

  /**
   * Records a verdict in the article's sidecar (verdictWrite.ts: locked, merged, kept pending when it cannot
   * be written); throws SidecarError with a message ready to show. The sidecar is then as read back.
   */
  async recordVerdict(req: VerdictRequest): Promise<RecordVerdictResult> {
    const analysis = this.index.analysis(req.file);
    if (!analysis) throw new Error(`${req.file} is not analysed`);
    return this.written(req.file, () =>
      writeVerdict(this.host.files, {
        articlePath: req.file,
        articleText: analysis.text,
        claims: analysis.claims,
        labels: this.options.labels?.(),
        base: req.sawSidecar ? this.sidecars.get(req.file)?.snapshot : undefined,
        claimId: req.claimId,
        label: req.label,
        note: req.note,
        by: this.reviewer(req.file, req.by),
        at: verdictTimestamp(this.host.now()),
      }),
    );
  }

  /** "Mark as claim" on a span of the analysed text; `claimId` is the new claim's, in the analysis made with it. */
  async markClaim(file: string, span: Span, by?: string): Promise<ClaimEditResult & { span: Span; claimId?: string }> {
    const analysis = this.analysed(file);
    const r = await this.written(file, () => writeMark(this.host.files, { articlePath: file, articleText: analysis.text, span, by: this.reviewer(file, by), at: verdictTimestamp(this.host.now()) }));
    const claimId = this.index.analysis(file)?.claims.find((c) => c.origin === 'reviewer' && c.span.start === r.span.start && c.span.end === r.span.end)?.id;
    return { ...r, ...(claimId !== undefined && { claimId }) };
  }

  /** "Not a claim": a `dismissed:` block; the claim stops being shown */
  async dismissClaim(file: string, claimId: string, by?: string): Promise<ClaimEditResult> {
    const analysis = this.analysed(file);
    return this.written(file, () =>
      writeDismissal(this.host.files, { articlePath: file, articleText: analysis.text, claims: analysis.claims, claimId, by: this.reviewer(file, by), at: verdictTimestamp(this.host.now()) }),
    );
  }

  /** undoes "Not a claim" */
  async restoreClaim(file: string, claimId: string): Promise<ClaimEditResult> {
    const analysis = this.analysed(file);
    return this.written(file, () => removeDismissal(this.host.files, { articlePath: file, articleText: analysis.text, claims: analysis.claims, claimId }));
  }

  private analysed(file: string): ArticleAnalysis {
    const analysis = this.index.analysis(file);
    if (!analysis) throw new Error(`${file} is not analysed`);
    return analysis;
  }

  private reviewer(file: string, by: string | undefined): string {
    return by ?? this.host.reviewer?.(file) ?? '';
  }

  /**
   * Runs a write and keeps the sidecar as the write read it back (no read more); after a refused write the
   * file is in a state the write does not know (a pending file now, a conflict), so it is read again.
   */
  private async written<R extends { read: SidecarRead }>(file: string, write: () => Promise<R>): Promise<R> {
    let result: R;
    try {
      result = await write();
    } catch (e) {
      await this.loadSidecar(file);
      throw e;
    }
    this.pendings.delete(file);
    this.keepSidecar(file, result.read);
    return result;
  }
}
