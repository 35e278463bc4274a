// The reviewer's own hand on what the claims are, written to the sidecar: "Mark as claim" (a block of
// `verdicts:` with `origin: reviewer`, no verdict yet), "Not a claim" (a block of `dismissed:`), and their
// undo. Everything is anchored like a verdict (words + context + line hint), so it survives edits. Written
// through the one write path (sidecarWrite.ts); a refused edit is one click to redo, so it is only reported
// (exit 4 in the CLI), never kept pending.

import type { Claim, Span } from '../model';
import { trimSpan } from '../claims/spanSentence';
import { LineIndex } from '../text/lineIndex';
import { normalizeText, type NormalizedText } from '../anchor/normalizedText';
import { findBlock, storedAnchorFor } from '../sidecar/anchoring/attachVerdicts';
import { attachDismissals } from '../sidecar/anchoring/dismissals';
import { anchorReviewerMarks } from '../sidecar/anchoring/reviewerMarks';
import { insertDismissedBlock, insertVerdictBlock, removeDismissedBlock, type ParsedSidecar } from '../sidecar/storage/sidecarDocument';
import { writeSidecar, type SidecarWriteResult } from '../sidecar/storage/sidecarWrite';
import type { SidecarRead } from '../sidecar/storage/sidecarSnapshot';
import { articleOrderPosition, placedBlocks } from '../sidecar/anchoring/articleOrder';
import { sidecarPathFor } from '../sidecar/storage/sidecarPath';
import { SidecarError } from '../sidecar/storage/sidecarError';
import type { SidecarFileSystem } from '../sidecar/storage/sidecarFileSystem';
import { findClaim } from './findClaim';
import { isSeq } from 'yaml';

export interface ClaimEditResult {
  /** the sidecar's path */
  path: string;
  action: 'added' | 'removed' | 'unchanged';
  claim?: Claim;
  /** the sidecar as it now is on disk */
  read: SidecarRead;
}

/** One claim edit through the one write path: under the lock, never over a broken file, read back. */
async function editSidecar<R>(fs: SidecarFileSystem, articlePath: string, edit: (sidecar: ParsedSidecar) => R): Promise<SidecarWriteResult<R>> {
  const path = sidecarPathFor(articlePath);
  return writeSidecar(fs, articlePath, {
    edit: async (sidecar) => ({ sidecar, result: edit(sidecar) }),
    refuse: async (code, why, problems) => new SidecarError(code, why, path, problems),
    unlocked: (e) => new SidecarError('io', `${e.message}\n${path} was not changed.`, path),
    rootOnlyIsNoChange: true,
    words: {
      changedAfterWrite: `${path} was changed by another program right after it was written; look at the file, then try again.`,
      keptChanging: `${path} kept changing while it was being written; try again.`,
    },
  });
}

export interface ClaimEditRequest {
  articlePath: string;
  articleText: string;
  /** the article's current claims (analysis with the reviewer spans); dismissed ones included */
  claims: readonly Claim[];
  /** an id, or an unambiguous start of one */
  claimId: string;
}

function claimOrThrow(req: ClaimEditRequest): Claim {
  const claim = findClaim(req.claims, req.claimId);
  if (!claim) {
    throw new SidecarError('unknown-claim', `${req.articlePath}: no claim "${req.claimId}" (\`crosscheck analyze ${req.articlePath} --include-dismissed\` lists the current ids)`);
  }
  return claim;
}

/** "Not a claim": adds a `dismissed:` block for the claim (in article order). Dismissing twice writes nothing. */
export async function writeDismissal(fs: SidecarFileSystem, req: ClaimEditRequest & { by: string; at: string }): Promise<ClaimEditResult> {
  const claim = claimOrThrow(req);
  const lines = new LineIndex(req.articleText);
  const norm = normalizeText(req.articleText);
  const { path, result, read } = await editSidecar(fs, req.articlePath, (sidecar) => {
    const attachment = attachDismissals(req.articleText, req.claims, sidecar.data, lines, norm);
    if (attachment.byClaim.has(claim.id)) return 'unchanged' as const;
    const position = articleOrderPosition(placedBlocks(attachment.placements), claim.span.start, Number.MAX_SAFE_INTEGER);
    const { claim: words, anchor } = storedAnchorFor(req.articleText, claim.span, lines, norm);
    insertDismissedBlock(sidecar.doc, position, { claim: words, by: req.by, at: req.at, anchor });
    return 'added' as const;
  });
  return { path, action: result, claim, read };
}

/** "Restore": removes the claim's `dismissed:` block. A claim that is not dismissed writes nothing. */
export async function removeDismissal(fs: SidecarFileSystem, req: ClaimEditRequest): Promise<ClaimEditResult> {
  const claim = claimOrThrow(req);
  const { path, result, read } = await editSidecar(fs, req.articlePath, (sidecar) => {
    const held = attachDismissals(req.articleText, req.claims, sidecar.data).byClaim.get(claim.id);
    if (!held) return 'unchanged' as const;
    removeDismissedBlock(sidecar.doc, held.verdict.index);
    return 'removed' as const;
  });
  return { path, action: result, claim, read };
}

export interface MarkRequest {
  articlePath: string;
  articleText: string;
  /** the selection, in UTF-16 offsets of `articleText`; whitespace at its ends is left out */
  span: Span;
  by: string;
  at: string;
}

/**
 * "Mark as claim": adds a reviewer block without a verdict (`origin: reviewer`) for the span, in article
 * order among the blocks. Marking the same words again writes nothing. Re-analyse the article with the
 * sidecar's marks afterwards (anchorReviewerMarks → StoryIndex.setArticle) to get the new claim.
 */
export async function writeMark(fs: SidecarFileSystem, req: MarkRequest): Promise<ClaimEditResult & { span: Span }> {
  const span = trimSpan(req.articleText, req.span);
  if (span.end <= span.start) throw new SidecarError('unknown-claim', `${req.articlePath}: the selection is empty; select the words of the claim`);
  const lines = new LineIndex(req.articleText);
  const norm = normalizeText(req.articleText);
  const { path, result, read } = await editSidecar(fs, req.articlePath, (sidecar) => {
    const marks = anchorReviewerMarks(req.articleText, sidecar.data, lines, norm);
    if (marks.spans.some((s) => s.start === span.start && s.end === span.end)) return 'unchanged' as const;
    const { claim: words, anchor } = storedAnchorFor(req.articleText, span, lines, norm);
    insertVerdictBlock(sidecar.doc, blockPositionFor(sidecar, req.articleText, span, lines, norm), { claim: words, origin: 'reviewer', by: req.by, at: req.at, anchor });
    return 'added' as const;
  });
  return { path, action: result, span, read };
}

/** Where a new block for `span` goes in `verdicts:`: in article order among the verdicts and marks found. */
function blockPositionFor(sidecar: ParsedSidecar, text: string, span: Span, lines: LineIndex, norm: NormalizedText): number {
  const seq = sidecar.doc.get('verdicts', true);
  if (!isSeq(seq)) return 0;
  const blocks = [...sidecar.data.verdicts, ...sidecar.data.marks.filter((m) => m.label === undefined)].sort((a, b) => a.index - b.index);
  const placed = blocks.map((b) => {
    const found = findBlock(text, b, lines, norm);
    return { index: b.index, span: found.ok ? found.span : undefined };
  });
  return articleOrderPosition(placed, span.start, seq.items.length);
}
