// One article as a reviewer sees it: its claims (those a reviewer dismissed left out, those a reviewer marked
// in) with their status, the other sources that bear on each, each one's verdict; the dismissed claims; the
// sidecar's problems and orphans. Built by the reviewed-story model (reviewedStory.ts); the editor's hover,
// decorations, views and diagnostics render it as it is.

import type { Claim, Range } from '../model';
import type { ClaimStatus } from '../story/claimStatus';
import type { CrossRef } from '../story/crossRef';
import type { LineIndex } from '../text/lineIndex';
import type { VerdictView } from './verdictView';

/** Another source's sentence that bears on a claim, placed in its file and named as a reader names it. */
export interface SourceRef extends Pick<CrossRef, 'relation' | 'file' | 'text' | 'span' | 'conflicts' | 'independent' | 'attribution' | 'reason'> {
  /** the same place as line/character in the other source */
  range: Range;
  /** the other source as a reader names it: the story file's title, its headline, else its file name */
  source: string;
}

export interface VerdictInfo extends VerdictView {
  /** the claim's words changed since the verdict was recorded */
  edited: boolean;
  /** 1-based line of the verdict in the sidecar */
  line: number;
}

export interface ClaimInfo {
  claim: Claim;
  status: ClaimStatus;
  /** sources that agree or contradict */
  refs: SourceRef[];
  /**
   * other sources that speak of it without a fact to compare ("related"), for a claim with no refs: the card
   * lists them, nothing else (they never change the status). Undefined when not looked up: the editor's
   * states leave them to ReviewedStory.mentions(), asked when a card or tooltip shows the claim.
   */
  mentions?: SourceRef[];
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

/** What recording a verdict did, as the editor shows it: done, or why not (with the sidecar's place). */
export type RecordResult = { ok: true } | { ok: false; message: string; path?: string; line?: number; column?: number };
/** what a mark, dismissal or restore did; `unchanged`: it was already so */
export type ReviewResult = { ok: true; action: 'added' | 'removed' | 'unchanged'; claimId?: string } | Extract<RecordResult, { ok: false }>;
