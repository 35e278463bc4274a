// Puts each stored verdict back on a claim of the current analysis, or orphans it.
//
// A verdict is re-anchored by its words (textQuoteAnchor.ts), then given to the current claim whose span
// overlaps the re-anchored span the most — if that overlap is at least MIN_CLAIM_OVERLAP of the longer of
// the two spans. Anything less confident is an orphan: kept, shown, never attached to a claim it may not be
// about. Claim ids are not used for this: they change whenever the words do.

import type { Claim, Span } from '../../model';
import type { LineIndex } from '../../text/lineIndex';
import { anchorQuote, describeSpan, MIN_FUZZY_CONTEXT, type AnchorMethod, type AnchorResult, type TextQuoteSelector } from '../../anchor/textQuoteAnchor';
import { collapseWhitespace, normalizeText, type NormalizedText } from '../../anchor/normalizedText';
import type { StoredVerdict } from '../storage/sidecarSchema';

/**
 * Share of the longer span (re-anchored quote or current claim) the two must have in common. 0.6 accepts a
 * claim that grew or shrank by a clause; a claim that was split in two or merged with its neighbour falls
 * below it and the verdict is orphaned for a person to look at.
 */
export const MIN_CLAIM_OVERLAP = 0.6;

/** What attaching needs of a block: its words, its anchor and its line in the sidecar (verdicts, dismissals). */
export type AnchoredBlock = Pick<StoredVerdict, 'claim' | 'anchor' | 'line'>;

export type AttachedVerdict<V extends AnchoredBlock = StoredVerdict> = {
  /** attached: the claim's words are those the verdict was recorded on; edited: they changed since */
  status: 'attached' | 'edited';
  verdict: V;
  claim: Claim;
  /** where the stored words are now */
  span: Span;
  method: AnchorMethod;
  score: number;
};

export type OrphanedVerdict<V extends AnchoredBlock = StoredVerdict> = {
  status: 'orphaned';
  verdict: V;
  /** why, in words for the user */
  reason: string;
  /** where the words were found, when they were (e.g. no claim is detected there any more) */
  span?: Span;
};

export type VerdictPlacement<V extends AnchoredBlock = StoredVerdict> = AttachedVerdict<V> | OrphanedVerdict<V>;

export interface Attachment<V extends AnchoredBlock = StoredVerdict> {
  /** one per stored verdict, in sidecar order */
  placements: VerdictPlacement<V>[];
  /** the attached verdict of each claim id */
  byClaim: Map<string, AttachedVerdict<V>>;
}

/** No block placed, none orphaned: the attachment of an absent or broken sidecar, or of an empty list. */
export function noPlacements<V extends AnchoredBlock = StoredVerdict>(): Attachment<V> {
  return { placements: [], byClaim: new Map() };
}

/**
 * Where a sidecar block's words are in the article now (its old line only as a tie-breaker), or why they
 * cannot be placed confidently, in words for the reviewer. Verdicts, reviewer marks and dismissals all use it.
 */
export function findBlock(
  text: string,
  block: Pick<StoredVerdict, 'claim' | 'anchor'>,
  lines: LineIndex,
  norm: NormalizedText,
): Extract<AnchorResult, { ok: true }> | { ok: false; reason: string } {
  const line = block.anchor.line;
  const hint =
    line !== undefined && line - 1 < lines.lineCount
      ? { start: lines.offsetAt({ line: line - 1, character: 0 }), end: lines.lineEnd(line - 1) }
      : undefined;
  const found = anchorQuote(text, selectorOf(block), hint, norm);
  if (found.ok) return found;
  const near = found.best ? ` (the closest text, line ${lines.positionAt(found.best.span.start).line + 1}, differs too much)` : '';
  const reason =
    found.reason === 'not-found'
      ? 'its words are no longer in the article'
      : found.reason === 'ambiguous'
        ? 'its words now match more than one place equally well'
        : `its words were changed too much to be sure${near}`;
  return { ok: false, reason };
}

export function selectorOf(verdict: Pick<StoredVerdict, 'claim' | 'anchor'>): TextQuoteSelector {
  return { exact: verdict.claim, prefix: verdict.anchor.before, suffix: verdict.anchor.after };
}

function overlap(a: Span, b: Span): number {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (common <= 0) return 0;
  return common / Math.max(a.end - a.start, b.end - b.start);
}

/** Also used for `dismissed:` blocks (any block with words and an anchor): they find their claim the same way. */
export function attachVerdicts<V extends AnchoredBlock = StoredVerdict>(
  text: string,
  claims: readonly Claim[],
  verdicts: readonly V[],
  lines: LineIndex,
  norm: NormalizedText = normalizeText(text),
): Attachment<V> {
  const placements: VerdictPlacement<V>[] = verdicts.map((verdict): VerdictPlacement<V> => {
    const found = findBlock(text, verdict, lines, norm);
    if (!found.ok) return { status: 'orphaned', verdict, reason: found.reason };
    let best: Claim | undefined;
    let bestOverlap = 0;
    for (const claim of claims) {
      const o = overlap(found.span, claim.span);
      if (o > bestOverlap) {
        best = claim;
        bestOverlap = o;
      }
    }
    if (!best || bestOverlap < MIN_CLAIM_OVERLAP) {
      const line = lines.positionAt(found.span.start).line + 1;
      const reason = best
        ? `its words (line ${line}) now belong to a claim that is split, merged or much longer`
        : `its words are still at line ${line}, but no claim is detected there now`;
      return { status: 'orphaned', verdict, reason, span: found.span };
    }
    const same = collapseWhitespace(text.slice(best.span.start, best.span.end)).trim() === collapseWhitespace(verdict.claim).trim();
    // The recorded words found unchanged inside a claim that now says more: fine when at least one side of
    // the old context is still there (a clause was added); with neither, those words were copied into some
    // other sentence, and the verdict stays an orphan.
    if (!same && found.method !== 'fuzzy' && Math.max(found.prefixScore, found.suffixScore) < MIN_FUZZY_CONTEXT) {
      const line = lines.positionAt(found.span.start).line + 1;
      return { status: 'orphaned', verdict, reason: `its words are now part of a different sentence (line ${line})`, span: found.span };
    }
    return {
      status: same ? 'attached' : 'edited',
      verdict,
      claim: best,
      span: found.span,
      method: found.method,
      score: found.score,
    };
  });

  // One claim, one verdict: when two blocks land on the same claim (a duplicated block, two claims merged
  // into one, a look-alike of a deleted claim), the one whose words are found unchanged keeps it, then the
  // better-anchored one, then the earlier block; the other is orphaned.
  const rank = (p: AttachedVerdict<V>) => (p.method === 'fuzzy' ? 0 : 1) + p.score;
  const byClaim = new Map<string, AttachedVerdict<V>>();
  for (const p of placements) {
    if (p.status === 'orphaned') continue;
    const held = byClaim.get(p.claim.id);
    if (!held || rank(p) > rank(held)) byClaim.set(p.claim.id, p);
  }
  const result = placements.map((p): VerdictPlacement<V> => {
    if (p.status === 'orphaned' || byClaim.get(p.claim.id) === p) return p;
    const holder = byClaim.get(p.claim.id)!;
    return {
      status: 'orphaned',
      verdict: p.verdict,
      reason: `another verdict (sidecar line ${holder.verdict.line}) is on the same claim`,
      span: p.span,
    };
  });
  return { placements: result, byClaim };
}

/** What a verdict block stores to find `span` again: its words, its context and its line (a hint). */
export function storedAnchorFor(
  text: string,
  span: Span,
  lines: LineIndex,
  norm: NormalizedText = normalizeText(text),
): { claim: string; anchor: { before: string; after: string; line: number } } {
  const selector = describeSpan(text, span, norm);
  return {
    claim: selector.exact,
    anchor: { before: selector.prefix, after: selector.suffix, line: lines.positionAt(span.start).line + 1 },
  };
}
