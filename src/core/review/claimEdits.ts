// The reviewer's own hand on what the claims are, written to the sidecar: "Mark as claim" (a block of
// `verdicts:` with `origin: reviewer`, no verdict yet), "Not a claim" (a block of `dismissed:`), and their
// undo. Everything is anchored like a verdict (words + context + line hint), so it survives edits.

import type { Claim, Span } from '../model';
import { trimSpan } from '../claims/spanSentence';
import { LineIndex } from '../text/lineIndex';
import { normalizeText, type NormalizedText } from '../anchor/normalizedText';
import { findBlock, storedAnchorFor } from '../sidecar/anchoring/attachVerdicts';
import { attachDismissals } from '../sidecar/anchoring/dismissals';
import { anchorReviewerMarks } from '../sidecar/anchoring/reviewerMarks';
import { insertDismissedBlock, insertVerdictBlock, removeDismissedBlock, type ParsedSidecar } from '../sidecar/storage/sidecarDocument';
import { editSidecar } from '../sidecar/storage/sidecarWrite';
import { SidecarError } from '../sidecar/storage/sidecarError';
import type { SidecarFileSystem } from '../sidecar/storage/sidecarFileSystem';
import { findClaim } from './verdictWrite';
import { isSeq } from 'yaml';

export interface ReviewEditResult {
  /** the sidecar's path */
  path: string;
  action: 'added' | 'removed' | 'unchanged';
  claim?: Claim;
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
export async function dismissClaim(fs: SidecarFileSystem, req: ClaimEditRequest & { by: string; at: string }): Promise<ReviewEditResult> {
  const claim = claimOrThrow(req);
  const lines = new LineIndex(req.articleText);
  const norm = normalizeText(req.articleText);
  const { path, result } = await editSidecar(fs, req.articlePath, (sidecar) => {
    const attachment = attachDismissals(req.articleText, req.claims, sidecar.data, lines, norm);
    if (attachment.byClaim.has(claim.id)) return 'unchanged' as const;
    const after = attachment.placements.find((p) => p.status !== 'orphaned' && p.span.start > claim.span.start);
    const { claim: words, anchor } = storedAnchorFor(req.articleText, claim.span, lines, norm);
    insertDismissedBlock(sidecar.doc, after ? after.verdict.index : Number.MAX_SAFE_INTEGER, { claim: words, by: req.by, at: req.at, anchor });
    return 'added' as const;
  });
  return { path, action: result, claim };
}

/** "Restore": removes the claim's `dismissed:` block. A claim that is not dismissed writes nothing. */
export async function restoreClaim(fs: SidecarFileSystem, req: ClaimEditRequest): Promise<ReviewEditResult> {
  const claim = claimOrThrow(req);
  const { path, result } = await editSidecar(fs, req.articlePath, (sidecar) => {
    const held = attachDismissals(req.articleText, req.claims, sidecar.data).byClaim.get(claim.id);
    if (!held) return 'unchanged' as const;
    removeDismissedBlock(sidecar.doc, held.verdict.index);
    return 'removed' as const;
  });
  return { path, action: result, claim };
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
export async function markClaim(fs: SidecarFileSystem, req: MarkRequest): Promise<ReviewEditResult & { span: Span }> {
  const span = trimSpan(req.articleText, req.span);
  if (span.end <= span.start) throw new SidecarError('unknown-claim', `${req.articlePath}: the selection is empty; select the words of the claim`);
  const lines = new LineIndex(req.articleText);
  const norm = normalizeText(req.articleText);
  const { path, result } = await editSidecar(fs, req.articlePath, (sidecar) => {
    const marks = anchorReviewerMarks(req.articleText, sidecar.data, lines, norm);
    if (marks.spans.some((s) => s.start === span.start && s.end === span.end)) return 'unchanged' as const;
    const { claim: words, anchor } = storedAnchorFor(req.articleText, span, lines, norm);
    insertVerdictBlock(sidecar.doc, blockPositionFor(sidecar, req.articleText, span, lines, norm), { claim: words, origin: 'reviewer', by: req.by, at: req.at, anchor });
    return 'added' as const;
  });
  return { path, action: result, span };
}

/** Where a new block for `span` goes in `verdicts:`: before the first block found after it (article order). */
function blockPositionFor(sidecar: ParsedSidecar, text: string, span: Span, lines: LineIndex, norm: NormalizedText): number {
  const seq = sidecar.doc.get('verdicts', true);
  if (!isSeq(seq)) return 0;
  const blocks = [...sidecar.data.verdicts, ...sidecar.data.marks.filter((m) => m.label === undefined)].sort((a, b) => a.index - b.index);
  for (const b of blocks) {
    const found = findBlock(text, b, lines, norm);
    if (found.ok && found.span.start > span.start) return b.index;
  }
  return seq.items.length;
}
