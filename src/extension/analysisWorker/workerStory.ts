// One story as the analysis worker holds it: the core's reviewed-story model (core/review/reviewedStory.ts) on the
// Node host, with the method names and result shapes the worker's protocol uses. Nothing is computed
// here: the view data (ArticleState) is the core's, and a refused write becomes a result to show.
import type { Claim, Span } from '../../core/model';
import type { ReportArticleInput } from '../../core/report/signOffReport';
import type { ArticleState, RecordResult, ReviewResult, SourceRef } from '../../core/review/articleState';
import { ReviewedStory } from '../../core/review/reviewedStory';
import { SidecarError } from '../../core/sidecar/storage/sidecarError';
import type { IndexedClaim } from '../../core/story/indexedClaim';
import { nodeReviewHost } from '../../node/nodeReviewHost';


export interface WorkerStoryOptions {
  verdictLabels?: readonly string[];
}

/** A refused write, as the editor shows it: the message, and the sidecar's place of the first problem. */
function refused(err: unknown): Extract<RecordResult, { ok: false }> {
  if (!(err instanceof SidecarError)) throw err;
  const first = err.problems[0];
  return { ok: false, message: err.message, path: err.path, line: first?.line, column: first?.column };
}

/**
 * One story: the articles of one folder. Feed it texts; read back per-article state.
 * Cross-references and verdicts come from the core's reviewed-story model.
 */
export class WorkerStory {
  private readonly story: ReviewedStory;

  constructor(
    readonly folder: string,
    options: () => WorkerStoryOptions = () => ({}),
  ) {
    this.story = new ReviewedStory(nodeReviewHost, { labels: () => options().verdictLabels });
  }

  setStoryTitles(titles: ReadonlyMap<string, string>): void {
    this.story.setStoryTitles(titles);
  }

  files(): string[] {
    return this.story.files();
  }

  has(file: string): boolean {
    return this.story.has(file);
  }

  /** the kinds of fact behind a claim's score ("a count", "an attribution"), computed when shown */
  scoreSignals(file: string, claim: Claim): string[] {
    return this.story.scoreSignals(file, claim);
  }

  /** reads and scores new articles ahead of their setArticle (a story being loaded): ReviewedStory.readAhead */
  readAhead(articles: Iterable<{ file: string; text: string }>): void {
    this.story.readAhead(articles);
  }

  /** (re-)analyses an article with the reviewer's marks of its sidecar anchored in this text */
  setArticle(file: string, text: string): void {
    this.story.setArticle(file, text);
  }

  removeArticle(file: string): void {
    this.story.removeArticle(file);
  }

  /** (re-)reads an article's sidecar from disk; call when the article joins and when the sidecar changes */
  loadSidecar(file: string): Promise<void> {
    return this.story.loadSidecar(file);
  }

  hasSidecar(file: string): boolean {
    return this.story.hasSidecar(file);
  }

  /**
   * Stores a verdict in the article's sidecar through the core (atomic, merge-safe). A broken or
   * conflicting sidecar is never written: the core keeps the verdict in the pending file and says so.
   */
  async recordVerdict(file: string, claimId: string, label: string, note: string, by: string | undefined): Promise<RecordResult> {
    if (!this.story.has(file)) return { ok: false, message: `${file} is not analysed` };
    try {
      await this.story.recordVerdict({ file, claimId, label, note, by, sawSidecar: true });
      return { ok: true };
    } catch (err) {
      return refused(err);
    }
  }

  /** "Mark as claim": the span (offsets of the analysed text) becomes a reviewer claim, stored in the sidecar */
  markClaim(file: string, span: Span, by: string): Promise<ReviewResult> {
    return this.review(file, async () => {
      const r = await this.story.markClaim(file, span, by);
      return { action: r.action, claimId: r.claimId };
    });
  }

  /** "Not a claim": a `dismissed:` block in the sidecar; the claim stops being shown */
  dismissClaim(file: string, claimId: string, by: string): Promise<ReviewResult> {
    return this.review(file, async () => {
      const r = await this.story.dismissClaim(file, claimId, by);
      return { action: r.action, claimId: r.claim?.id };
    });
  }

  /** undoes "Not a claim" */
  restoreClaim(file: string, claimId: string): Promise<ReviewResult> {
    return this.review(file, async () => {
      const r = await this.story.restoreClaim(file, claimId);
      return { action: r.action, claimId: r.claim?.id };
    });
  }

  private async review(file: string, edit: () => Promise<{ action: 'added' | 'removed' | 'unchanged'; claimId?: string }>): Promise<ReviewResult> {
    if (!this.story.has(file)) return { ok: false, message: `${file} is not analysed` };
    try {
      const { action, claimId } = await edit();
      return { ok: true, action, ...(claimId !== undefined && { claimId }) };
    } catch (err) {
      return refused(err);
    }
  }

  /** the claim as the story index holds it, for the verdict memory's lookup */
  indexedClaim(file: string, claimId: string): IndexedClaim | undefined {
    return this.story.indexedClaim(file, claimId);
  }

  /** one article's part of the sign-off report (core/report/signOffReport.ts), as the CLI's `report` builds it */
  reportInput(file: string, display: (file: string) => string): ReportArticleInput | undefined {
    return this.story.reportInput(file, display);
  }

  /** 1-based line of an offset in an article of the story */
  lineOf(file: string, offset: number): number | undefined {
    return this.story.lineOf(file, offset);
  }

  /** the article's state after an edit: mentions left to mentions(), asked for the claim a card shows */
  article(file: string): ArticleState | undefined {
    return this.story.article(file, { mentions: false });
  }

  /** the other sources' sentences that mention a claim no claim relates to */
  mentions(file: string, claimId: string): SourceRef[] {
    return this.story.mentions(file, claimId);
  }
}
