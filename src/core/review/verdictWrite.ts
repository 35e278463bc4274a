// Reads an article's sidecar, records a verdict in it, and writes it back without ever losing anything:
//   - the whole read → modify → write → read back runs under the article's cross-process lock
//     (sidecarLock.ts), so concurrent writers — CLI runs, VS Code windows, scripts — take turns;
//   - read → modify the yaml Document → write atomically (temporary file + rename, through the host), and
//     success only once the file reads back with the verdict;
//   - a file that cannot be read or written (a directory, a FIFO, read-only, too large, no permission) is
//     refused like a broken one, with the OS error in plain words; when even the pending file cannot be
//     written, the error holds the whole verdict to paste by hand;
//   - a sidecar that does not parse or holds conflict markers is never written; the verdict being recorded
//     goes to `<article>.crosscheck.pending.yaml` instead, and is added on the next successful write;
//   - if the sidecar changed on disk since it was read (a hand edit, `git pull`), the verdict is applied to
//     the new content — a merge by claim, since a verdict is one claim's block — unless the same claim's
//     block changed there too: then the write is refused (and the verdict kept pending), never clobbered;
//   - line endings, a BOM and the file mode are kept; a new sidecar is LF.

import type { Claim } from '../model';
import { LineIndex } from '../text/lineIndex';
import { normalizeText, type NormalizedText } from '../anchor/normalizedText';
import { attachVerdicts, storedAnchorFor, type Attachment } from '../sidecar/anchoring/attachVerdicts';
import {
  ensureSidecarRoot,
  insertVerdictBlock,
  newSidecar,
  parseSidecar,
  sidecarText,
  updateVerdictBlock,
  type ParsedSidecar,
  type VerdictBlock,
} from '../sidecar/storage/sidecarDocument';
import { SidecarError, formatProblems } from '../sidecar/storage/sidecarError';
import { isFileAccessError } from '../sidecar/storage/fileAccessError';
import type { SidecarFileSystem } from '../sidecar/storage/sidecarFileSystem';
import { withSidecarLock } from '../sidecar/storage/sidecarLock';
import { baseName } from '../text/fileName';
import { pendingPathFor, sidecarPathFor } from '../sidecar/storage/sidecarPath';
import type { SidecarProblem, StoredVerdict } from '../sidecar/storage/sidecarSchema';
import { interpret, readSidecarFile, readSnapshot, type SidecarRead, type SidecarSnapshot } from '../sidecar/storage/sidecarSnapshot';
import { keepPending, readPendingVerdicts, unsavedVerdictError } from '../sidecar/storage/pendingFile';
import { checkLabel, effectiveLabels } from '../sidecar/storage/verdictLabels';

/** Re-reads before giving up when the file keeps changing between our read and our write. */
const MAX_WRITE_ATTEMPTS = 3;

const encoder = new TextEncoder();

/** Reads the sidecar of `articlePath` (which need not exist). */
export async function readSidecar(fs: SidecarFileSystem, articlePath: string): Promise<SidecarRead> {
  return readSidecarFile(fs, sidecarPathFor(articlePath));
}

/** A claim by id, or by an unambiguous start of its id (at least 4 characters), as typed on a command line. */
export function findClaim(claims: readonly Claim[], id: string): Claim | undefined {
  const exact = claims.find((c) => c.id === id);
  if (exact || id.length < 4) return exact;
  const starts = claims.filter((c) => c.id.startsWith(id));
  return starts.length === 1 ? starts[0] : undefined;
}

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
}

/** Today's time as the sidecar writes it: ISO-8601, UTC, to the second. */
export function verdictTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
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
  const after = attachment.placements.find((p) => p.status !== 'orphaned' && p.span.start > claim.span.start);
  insertVerdictBlock(sidecar.doc, after ? after.verdict.index : Number.MAX_SAFE_INTEGER, block);
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
  const { label, note, by, at } = held.verdict;
  return JSON.stringify({ label, note, by, at });
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
 * Records one verdict in the article's sidecar, holding the article's lock (sidecarLock.ts) from the read to
 * the read-back. Throws SidecarError (message ready to show) when the label or claim is unknown; when the
 * sidecar is broken, unreadable, read-only or changed on disk in the same claim, or cannot be written — then
 * the verdict is kept in the pending file (`pendingPath` says where), or, when even that fails, the message
 * holds the whole verdict to paste by hand. Success is reported only once the file reads back with it.
 */
export async function recordVerdict(fs: SidecarFileSystem, req: RecordVerdictRequest): Promise<RecordVerdictResult> {
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
  try {
    return await withSidecarLock(fs, req.articlePath, () => recordLocked(fs, req, view, claim));
  } catch (e) {
    // The lock itself could not be taken: the pending file is behind the same lock, so nothing was kept.
    if (!isFileAccessError(e)) throw e;
    throw unsavedVerdictError(req.articlePath, e.message, blockFor(view, claim, req), e.path);
  }
}

async function recordLocked(fs: SidecarFileSystem, req: RecordVerdictRequest, view: ArticleView, claim: Claim): Promise<RecordVerdictResult> {
  const path = sidecarPathFor(req.articlePath);
  const refuse = async (code: 'broken' | 'conflict' | 'io', why: string, problems: SidecarProblem[], label: string): Promise<never> => {
    const pendingPath = await keepPending(fs, req.articlePath, blockFor(view, claim, { ...req, label }));
    throw new SidecarError(
      code,
      `${why}\nYour verdict (${describeVerdict(claim, label)}) is kept in ${pendingPath} and will be added on the next successful write.`,
      path,
      problems,
      pendingPath,
    );
  };

  let base = req.base;
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const disk = await readSnapshot(fs, path);
    const read = interpret(disk);
    if (read.status === 'broken') {
      await refuse(
        read.unreadable ? 'io' : 'broken',
        `${formatProblems(path, read.problems)}\n${path} is not changed until it is fixed.`,
        read.problems,
        req.label,
      );
    }
    let sidecar = read.status === 'ok' ? read.sidecar : newSidecar(baseName(req.articlePath));
    ensureSidecarRoot(sidecar, baseName(req.articlePath));

    const labels = effectiveLabels(sidecar.data.labels, req.labels);
    const checked = checkLabel(req.label, labels);
    if (!checked.ok) throw new SidecarError('invalid-label', checked.message);

    let merged = false;
    if (base && base.text !== disk.text) {
      const before = claimBlockContent(view, base.text, claim);
      const now = claimBlockContent(view, disk.text, claim);
      if (before !== undefined && before !== now) {
        await refuse(
          'conflict',
          `${path} changed on disk since it was read, and the verdict on this claim changed there too; not overwriting it. Look at the file, then record again.`,
          [],
          checked.label,
        );
      }
      merged = true;
    }

    const pending = await applyPending(fs, req.articlePath, view, sidecar, claim.id);
    sidecar = pending.sidecar;
    const action = applyBlock(view, sidecar, claim, blockFor(view, claim, { ...req, label: checked.label }));
    const out = sidecarText(sidecar);
    const result = { path, action, claim, merged, pendingApplied: pending.applied, warnings: sidecar.warnings };
    if (out === disk.text) {
      if (pending.applied > 0) await fs.deleteFile(pendingPathFor(req.articlePath)).catch(() => undefined);
      return result;
    }

    // Last look before writing: a writer that does not take the lock (a person's editor) may have saved.
    const again = await readSnapshot(fs, path);
    if (again.text !== disk.text) {
      base ??= { path, text: disk.text };
      continue;
    }
    try {
      await fs.writeFileAtomic(path, encoder.encode(out), { mode: (await fs.stat(path))?.mode });
    } catch (e) {
      if (!isFileAccessError(e)) throw e;
      await refuse('io', `${e.message}\n${path} was not changed.`, [], checked.label);
    }
    // Written is not saved until it reads back with the verdict in it.
    const back = await readSnapshot(fs, path);
    if (back.text !== out && claimBlockContent(view, back.text, claim) !== claimBlockContent(view, out, claim)) {
      await refuse('conflict', `${path} was changed by another program right after it was written, and this verdict is not in it.`, [], checked.label);
    }
    if (pending.applied > 0) await fs.deleteFile(pendingPathFor(req.articlePath)).catch(() => undefined);
    return result;
  }
  return refuse('conflict', `${path} kept changing while the verdict was being written; try again.`, [], req.label);
}

export interface VerdictListing {
  read: SidecarRead;
  /** placements of the sidecar's verdicts on the current claims; empty when the sidecar is absent or broken */
  attachment: Attachment;
  /** verdicts waiting in the pending file */
  pending: StoredVerdict[];
  /** the pending file as read: `broken` when it exists and cannot be used (`check --strict` fails on it) */
  pendingRead: SidecarRead;
}

/** Everything `crosscheck verdicts` and the editor show: each verdict placed or orphaned, and pending ones. */
export async function listVerdicts(
  fs: SidecarFileSystem,
  articlePath: string,
  articleText: string,
  claims: readonly Claim[],
): Promise<VerdictListing> {
  const read = await readSidecar(fs, articlePath);
  const lines = new LineIndex(articleText);
  const attachment =
    read.status === 'ok'
      ? attachVerdicts(articleText, claims, read.sidecar.data.verdicts, lines)
      : { placements: [], byClaim: new Map() };
  const pendingRead = await readSidecarFile(fs, pendingPathFor(articlePath));
  return { read, attachment, pending: pendingRead.status === 'ok' ? pendingRead.sidecar.data.verdicts : [], pendingRead };
}

/** The `verdict` object of a claim in `analyze --json` (contract analyze-v1). */
export function verdictJson(attachment: Attachment, claimId: string): { label: string; note?: string; by?: string; at?: string } | undefined {
  const held = attachment.byClaim.get(claimId);
  if (!held) return undefined;
  const { label, note, by, at } = held.verdict;
  return { label, ...(note !== undefined && { note }), ...(by !== undefined && { by }), ...(at !== undefined && { at }) };
}
