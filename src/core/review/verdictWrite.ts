// Records one verdict in an article's sidecar without ever losing it. The write itself is the one write path
// (core/sidecar/storage/sidecarWrite.ts: lock, re-read, atomic write, read-back); this file adds what is
// particular to a verdict:
//   - the label is checked against the label set (the sidecar's own `labels:` wins);
//   - a sidecar that cannot be written (broken, unreadable, read-only, conflict markers) is never written:
//     the verdict goes to `<article>.crosscheck.pending.yaml` instead and is added on the next successful
//     write; when even that fails, the error holds the whole verdict to paste by hand;
//   - if the sidecar changed on disk since the reviewer saw it (a hand edit, `git pull`), the verdict is
//     applied to the new content — a merge by claim, since a verdict is one claim's block — unless the same
//     claim's block changed there too: then the write is refused (and the verdict kept pending).

import type { Claim } from '../model';
import { LineIndex } from '../text/lineIndex';
import { normalizeText, type NormalizedText } from '../anchor/normalizedText';
import { articleOrderPosition, placedBlocks } from '../sidecar/anchoring/articleOrder';
import { attachVerdicts, storedAnchorFor, type Attachment } from '../sidecar/anchoring/attachVerdicts';
import { insertVerdictBlock, parseSidecar, sidecarText, updateVerdictBlock, type ParsedSidecar, type VerdictBlock } from '../sidecar/storage/sidecarDocument';
import { SidecarError } from '../sidecar/storage/sidecarError';
import type { SidecarFileSystem } from '../sidecar/storage/sidecarFileSystem';
import { pendingPathFor, sidecarPathFor } from '../sidecar/storage/sidecarPath';
import type { SidecarProblem } from '../sidecar/storage/sidecarSchema';
import type { SidecarRead, SidecarSnapshot } from '../sidecar/storage/sidecarSnapshot';
import { writeSidecar } from '../sidecar/storage/sidecarWrite';
import { keepPending, readPendingVerdicts, unsavedVerdictError } from '../sidecar/storage/pendingFile';
import { checkLabel, effectiveLabels } from '../sidecar/storage/verdictLabels';
import { findClaim } from './findClaim';
import { verdictView } from './verdictView';

export interface VerdictInput {
  claimId: string;
  label: string;
  /** undefined keeps an existing note; '' removes it */
  note?: string;
  /** who records it */
  by: string;
  /** ISO-8601 UTC to the second, e.g. 2025-05-01T09:30:00Z */
  at: string;
}

export interface RecordVerdictRequest extends VerdictInput {
  articlePath: string;
  /** the article's current text and claims (from analyzeArticle) */
  articleText: string;
  claims: readonly Claim[];
  /** the configured label set (the sidecar's own `labels:` wins) */
  labels?: readonly string[];
  /** the sidecar as the user saw it; changes made on disk since are merged by claim or refused */
  base?: SidecarSnapshot;
}

export interface RecordVerdictResult {
  path: string;
  action: 'added' | 'updated' | 'unchanged';
  claim: Claim;
  /** the file had changed on disk since `base` (or since our read) and the verdict was merged into it */
  merged: boolean;
  /** verdicts from the pending file that were written too */
  pendingApplied: number;
  /** problems in the sidecar that did not stop the write */
  warnings: SidecarProblem[];
  /** the sidecar as it now is on disk (read back after the write) */
  read: SidecarRead;
}

/** The working state of one article while verdicts are applied. */
interface ArticleView {
  text: string;
  claims: readonly Claim[];
  lines: LineIndex;
  norm: NormalizedText;
}

function blockFor(view: ArticleView, claim: Claim, v: Pick<VerdictInput, 'label' | 'note' | 'by' | 'at'>): VerdictBlock {
  const { claim: words, anchor } = storedAnchorFor(view.text, claim.span, view.lines, view.norm);
  const note = v.note === undefined ? undefined : v.note.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  // A verdict on a reviewer's claim says so, so that the claim itself comes back with the file.
  const origin = claim.origin === 'reviewer' ? ('reviewer' as const) : undefined;
  return { claim: words, ...(origin && { origin }), anchor, label: v.label, note, by: v.by, at: v.at };
}

function attach(view: ArticleView, sidecar: ParsedSidecar): Attachment {
  return attachVerdicts(view.text, view.claims, sidecar.data.verdicts, view.lines, view.norm);
}

/** Puts `block` on `claim` in the document: updates the claim's block, or inserts one in article order. */
function applyBlock(
  view: ArticleView,
  sidecar: ParsedSidecar,
  claim: Claim,
  block: VerdictBlock,
): 'added' | 'updated' | 'unchanged' {
  const attachment = attach(view, sidecar);
  const held = attachment.byClaim.get(claim.id);
  if (held) {
    const v = held.verdict;
    const sameVerdict = v.label === block.label && (block.note === undefined || (v.note ?? '').replace(/\s+$/, '') === block.note);
    // Re-recording what is already there changes nothing (not even the time): no churn in git.
    if (sameVerdict && held.status === 'attached') return 'unchanged';
    updateVerdictBlock(sidecar.doc, v.index, block);
    return 'updated';
  }
  // A reviewer's mark without a verdict yet is this claim's block: the verdict goes into it.
  if (claim.origin === 'reviewer') {
    const unjudged = sidecar.data.marks.filter((m) => m.label === undefined);
    const mark = attachVerdicts(view.text, view.claims, unjudged, view.lines, view.norm).byClaim.get(claim.id);
    if (mark) {
      updateVerdictBlock(sidecar.doc, mark.verdict.index, block);
      return 'added';
    }
  }
  // Article order: before the first block that is placed after this claim; orphans do not count.
  insertVerdictBlock(sidecar.doc, articleOrderPosition(placedBlocks(attachment.placements), claim.span.start, Number.MAX_SAFE_INTEGER), block);
  return 'added';
}

/** Re-parses after an edit, so the next edit sees fresh indexes and positions. */
function reparse(sidecar: ParsedSidecar): ParsedSidecar {
  const parsed = parseSidecar(sidecarText(sidecar));
  if (!parsed.ok) throw new Error(`internal: the sidecar written does not parse: ${parsed.problems[0]?.message}`);
  return parsed.sidecar;
}

/** The user-visible content of the block held by `claim` in `text`, to compare two versions of the file. */
function claimBlockContent(view: ArticleView, text: string | undefined, claim: Claim): string | undefined {
  if (text === undefined) return 'none';
  const parsed = parseSidecar(text);
  if (!parsed.ok) return undefined; // unknown
  const held = attach(view, parsed.sidecar).byClaim.get(claim.id);
  if (!held) return 'none';
  return JSON.stringify(verdictView(held.verdict));
}

function describeVerdict(claim: Claim, label: string): string {
  const words = claim.text.length > 60 ? claim.text.slice(0, 57) + '…' : claim.text;
  return `${claim.id} "${words}": ${label}`;
}

/** Applies the pending file's verdicts (oldest first) to `sidecar`; the request's own claim is skipped. */
async function applyPending(
  fs: SidecarFileSystem,
  articlePath: string,
  view: ArticleView,
  start: ParsedSidecar,
  skipClaimId: string,
): Promise<{ sidecar: ParsedSidecar; applied: number }> {
  const pending = await readPendingVerdicts(fs, articlePath);
  if (pending.length === 0) return { sidecar: start, applied: 0 };
  let sidecar = start;
  const { placements } = attachVerdicts(view.text, view.claims, pending, view.lines, view.norm);
  for (const p of placements) {
    const v = p.verdict;
    const input = { label: v.label, note: v.note ?? '', by: v.by ?? '', at: v.at ?? '' };
    if (p.status === 'orphaned') {
      // Its claim cannot be found now: it joins the sidecar as it is, and shows there as an orphan.
      const block: VerdictBlock = { claim: v.claim, anchor: { ...v.anchor, line: v.anchor.line ?? 1 }, ...input };
      insertVerdictBlock(sidecar.doc, Number.MAX_SAFE_INTEGER, block);
    } else if (p.claim.id !== skipClaimId) {
      applyBlock(view, sidecar, p.claim, blockFor(view, p.claim, input));
    }
    sidecar = reparse(sidecar);
  }
  return { sidecar, applied: pending.length };
}

/**
 * Records one verdict in the article's sidecar through the one write path (sidecarWrite.ts: lock, re-read,
 * atomic write, read-back). Throws SidecarError (message ready to show) when the label or claim is unknown;
 * when the sidecar is broken, unreadable, read-only or changed on disk in the same claim, or cannot be
 * written — then the verdict is kept in the pending file (`pendingPath` says where), or, when even that
 * fails, the message holds the whole verdict to paste by hand.
 */
export async function writeVerdict(fs: SidecarFileSystem, req: RecordVerdictRequest): Promise<RecordVerdictResult> {
  const claim = findClaim(req.claims, req.claimId);
  if (!claim) {
    throw new SidecarError(
      'unknown-claim',
      `${req.articlePath}: no claim "${req.claimId}" (ids change when a claim's words change; \`crosscheck verdicts ${req.articlePath}\` lists the current ones)`,
    );
  }
  const view: ArticleView = {
    text: req.articleText,
    claims: req.claims,
    lines: new LineIndex(req.articleText),
    norm: normalizeText(req.articleText),
  };
  const path = sidecarPathFor(req.articlePath);
  // the label as checked against the file's label set, once it has been read
  let label = req.label;
  let pendingApplied = 0;
  const written = await writeSidecar(fs, req.articlePath, {
    async edit(start, { diskText, firstRead }) {
      const checked = checkLabel(req.label, effectiveLabels(start.data.labels, req.labels));
      if (!checked.ok) throw new SidecarError('invalid-label', checked.message);
      label = checked.label;
      let merged = false;
      const base = req.base ?? firstRead;
      if (base && base.text !== diskText) {
        const before = claimBlockContent(view, base.text, claim);
        const now = claimBlockContent(view, diskText, claim);
        if (before !== undefined && before !== now) {
          throw await this.refuse(
            'conflict',
            `${path} changed on disk since it was read, and the verdict on this claim changed there too; not overwriting it. Look at the file, then record again.`,
            [],
          );
        }
        merged = true;
      }
      const pending = await applyPending(fs, req.articlePath, view, start, claim.id);
      pendingApplied = pending.applied;
      const action = applyBlock(view, pending.sidecar, claim, blockFor(view, claim, { ...req, label }));
      return { sidecar: pending.sidecar, result: { action, merged, warnings: pending.sidecar.warnings } };
    },
    async refuse(code, why, problems) {
      const pendingPath = await keepPending(fs, req.articlePath, blockFor(view, claim, { ...req, label }));
      return new SidecarError(
        code,
        `${why}\nYour verdict (${describeVerdict(claim, label)}) is kept in ${pendingPath} and will be added on the next successful write.`,
        path,
        problems,
        pendingPath,
      );
    },
    // The lock itself could not be taken: the pending file is behind the same lock, so nothing was kept.
    unlocked: (e) => unsavedVerdictError(req.articlePath, e.message, blockFor(view, claim, req), e.path),
    holdsEdit: (back, out) => claimBlockContent(view, back, claim) === claimBlockContent(view, out, claim),
    async saved() {
      if (pendingApplied > 0) await fs.deleteFile(pendingPathFor(req.articlePath)).catch(() => undefined);
    },
    words: {
      changedAfterWrite: `${path} was changed by another program right after it was written, and this verdict is not in it.`,
      keptChanging: `${path} kept changing while the verdict was being written; try again.`,
    },
  });
  const { action, merged, warnings } = written.result;
  return { path, action, claim, merged, pendingApplied, warnings, read: written.read };
}
