// The messages between the extension host and the analysis worker (a Node worker thread running one WorkerStory
// per story). Plain data only: whatever crosses is structured-cloned, so no class instances (a LineIndex is
// rebuilt on the host from the text it sent). An article's state crosses as a JSON string, and only when it
// changed: the host parses it when a view first reads it, so a re-analysed story costs the host's thread little.
import type { PriorVerdict } from '../../core/memory/verdictMemory';
import type { ClaimReport } from '../../core/story/storyIndex';
import type { ReportArticleInput } from '../../core/report/signOffReport';
import type { Span } from '../../core/model';
import type { ArticleState, RecordResult, ReviewResult, SourceRef } from '../../core/review/articleState';

/** A story in the worker: a folder's WorkerStory, named by the id the host gave it (a reloaded story gets a new one). */
export type StoryId = number;

/** What the host asks; each request is answered once by a `Reply` with the same `id`. */
export type Request = { id: number } & (
  | { kind: 'openStory'; story: StoryId; folder: string; verdictLabels: readonly string[] | undefined; titles: ReadonlyMap<string, string> }
  | { kind: 'dropStory'; story: StoryId }
  /** a text snapshot; `version` grows with every snapshot the host sends (of any file) */
  | { kind: 'setArticle'; story: StoryId; file: string; version: number; text: string }
  | { kind: 'removeArticle'; story: StoryId; file: string; version: number }
  | { kind: 'loadSidecar'; story: StoryId; file: string }
  | { kind: 'recordVerdict'; story: StoryId; file: string; claimId: string; label: string; note: string; by: string | undefined }
  | { kind: 'markClaim'; story: StoryId; file: string; span: Span; by: string }
  | { kind: 'dismissClaim'; story: StoryId; file: string; claimId: string; by: string }
  | { kind: 'restoreClaim'; story: StoryId; file: string; claimId: string }
  /** the verdicts given on claims matching this one in other articles (undefined: no memory built yet) */
  | { kind: 'priorVerdicts'; story: StoryId; file: string; claimId: string }
  /** the other sources' sentences that mention a claim no claim relates to (left out of the states: asked when shown) */
  | { kind: 'mentions'; story: StoryId; file: string; claimId: string }
  /** the story's sign-off report data, with prior verdicts when the memory is built */
  | { kind: 'report'; story: StoryId }
  /** the verdict memory: (re)built from these sidecars (the host finds them and checks they are in the workspace) */
  | { kind: 'memoryBuild'; sidecars: string[] }
  | { kind: 'memoryRefresh'; sidecar: string }
  | { kind: 'memoryReset' }
);

export type RequestKind = Request['kind'];

/** What each request answers with. */
export interface Answers {
  openStory: void;
  dropStory: void;
  setArticle: void;
  removeArticle: void;
  loadSidecar: void;
  recordVerdict: RecordResult;
  markClaim: ReviewResult;
  dismissClaim: ReviewResult;
  restoreClaim: ReviewResult;
  priorVerdicts: PriorVerdict[] | undefined;
  mentions: SourceRef[];
  report: ReportArticle[];
  memoryBuild: { verdicts: number; sidecars: number };
  memoryRefresh: 'set' | 'removed' | 'broken';
  memoryReset: void;
}

/** One article's part of the sign-off report, as plain data (the host adds its LineIndex). */
export interface ReportArticle {
  file: string;
  text: string;
  reports: ClaimReport[];
  verdicts?: ReportArticleInput['verdicts'];
  dismissed: string[];
  sidecarBroken: boolean;
  /** verdicts given on matching claims in other articles, by claim id (those with any) */
  prior: Record<string, PriorVerdict[]>;
}

/**
 * An article's state without what the host already has (its text, the LineIndex made from it). The mentions of
 * a claim no claim relates to are left out (undefined): the host asks for them (`mentions`) when a card shows it.
 */
export type SentState = Omit<ArticleState, 'text' | 'lines'> & {
  /** the kinds of fact behind each claim's score (claimSignals), by claim id: the hover and the Claims view say them */
  signals: Record<string, string[]>;
};

export interface StateUpdate {
  file: string;
  /** the version of the article's text it was computed from */
  version: number;
  /** JSON of a SentState; null: the article left the story */
  json: string | null;
}

/** What the worker sends. */
export type WorkerMessage =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  /** the states that changed since the last update of the story; always sent before the replies of the requests that caused them */
  | { kind: 'states'; story: StoryId; updates: StateUpdate[] }
  /** something the user should find in the log (a sidecar that cannot be read, an article whose analysis failed) */
  | { kind: 'log'; level: 'warn' | 'error'; message: string };
