// Describes a span of an article by its words (quote + a little context) and finds it again after the
// article was edited. Fallback order, as in hypothesis' anchoring: the exact quote; if it occurs more than
// once, the occurrence whose context (and old position) fits best; then an approximate match, accepted only
// when it is confident. The old position is never used on its own: a quote that cannot be found is
// "not anchored", never guessed from where it used to be.
//
// Everything is matched on the whitespace-collapsed text (normalizedText.ts), so re-wrapping lines or
// changing line endings never costs an anchor.

import type { Span } from '../model';
import { matchQuote, type QuoteMatch } from './matchQuote';
import {
  collapseWhitespace,
  normalizeText,
  toNormalizedOffset,
  toOriginalSpan,
  type NormalizedText,
} from './normalizedText';

/** Characters of context kept on each side of a quote: enough to tell repeated sentences apart. */
export const CONTEXT_LENGTH = 32;

/** A fuzzy match is accepted only if the quote itself is this similar (1 - errors / length)… */
export const MIN_FUZZY_QUOTE_SCORE = 0.8;
/** …and quote, context and position together score at least this (see matchQuote's weights): a lightly
 *  edited claim in its old place passes, a look-alike sentence elsewhere with foreign context does not. */
export const MIN_FUZZY_SCORE = 0.75;
/** …and the context on *both* sides is at least this similar (two unrelated 32-character stretches of news
 *  prose measure 0.28 typically, 0.41 at the 99th percentile; look-alike sentences up to ~0.75). One
 *  matching side is not enough: when a
 *  claim is deleted, its look-alike neighbour inherits the deleted claim's context on one side. A claim
 *  that was both moved and edited is therefore orphaned — a person can re-record it in one command. */
export const MIN_FUZZY_CONTEXT = 0.8;
/** …and no other place scores within this margin of it; two equally good places mean we do not know. */
export const MIN_FUZZY_MARGIN = 0.05;
/** When the exact quote occurs more than once, the best place must beat the next by this much (a quarter
 *  of one side's context), or be the only one on the old line; otherwise the verdict is orphaned. Smaller
 *  margins were measured to misattach when near-identical sentences stand next to each other. */
export const MIN_CONTEXT_MARGIN = 0.05;
/** A side of the context this similar to the stored one is intact (an edit of a character or two aside). */
export const INTACT_SIDE = 0.9;

export interface TextQuoteSelector {
  /** the quoted words, whitespace collapsed */
  exact: string;
  /** up to CONTEXT_LENGTH characters before the quote (collapsed); '' at the start of the text */
  prefix: string;
  /** up to CONTEXT_LENGTH characters after the quote (collapsed); '' at the end of the text */
  suffix: string;
}

export type AnchorMethod = 'exact' | 'context' | 'fuzzy';

export type AnchorResult =
  | {
      ok: true;
      /** exact: the only occurrence of the quote; context: one of several, chosen by context; fuzzy: approximate */
      method: AnchorMethod;
      /** offsets into the original (not collapsed) text */
      span: Span;
      /** in [0, 1]; see matchQuote */
      score: number;
      /** 1 when the words are unchanged */
      quoteScore: number;
      /** how well the context around the place matches the stored one, each side in [0, 1] */
      prefixScore: number;
      suffixScore: number;
    }
  | {
      ok: false;
      reason: 'not-found' | 'low-confidence' | 'ambiguous';
      /** the best rejected place, for display ("did you mean…") — never to attach to */
      best?: { span: Span; score: number };
    };

/** Builds the selector for `span` of `text`. Pass `norm` when describing many spans of one text. */
export function describeSpan(text: string, span: Span, norm: NormalizedText = normalizeText(text)): TextQuoteSelector {
  const exact = collapseWhitespace(text.slice(span.start, span.end)).trim();
  // Locate the trimmed quote in the collapsed text, so prefix/suffix are exactly its neighbours there.
  let start = toNormalizedOffset(norm, span.start);
  while (start < norm.text.length && norm.text[start] === ' ' && exact[0] !== ' ') start++;
  const end = Math.min(norm.text.length, start + exact.length);
  return {
    exact,
    prefix: norm.text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: norm.text.slice(end, end + CONTEXT_LENGTH),
  };
}

function spanOf(norm: NormalizedText, m: QuoteMatch): Span {
  return toOriginalSpan(norm, m.start, m.end);
}

/** Where the quote started before: a range of offsets into the original text (e.g. its old line). */
export interface PositionHint {
  start: number;
  end: number;
}

function differentPlace(a: QuoteMatch, b: QuoteMatch): boolean {
  return a.end <= b.start || a.start >= b.end;
}

/**
 * Finds `selector` in `text`. `hint` is where the quote started before, used only to rank candidates and
 * to break a tie between identical quotes with equally good context.
 */
export function anchorQuote(
  text: string,
  selector: TextQuoteSelector,
  hint?: PositionHint,
  norm: NormalizedText = normalizeText(text),
): AnchorResult {
  const exact = collapseWhitespace(selector.exact).trim();
  if (!exact) return { ok: false, reason: 'not-found' };
  const candidates = matchQuote(norm.text, exact, {
    prefix: selector.prefix,
    suffix: selector.suffix,
    hint: hint === undefined ? undefined : toNormalizedOffset(norm, hint.start),
  });
  if (candidates.length === 0) return { ok: false, reason: 'not-found' };
  let best = candidates[0];
  const result = (method: AnchorMethod) =>
    ({
      ok: true,
      method,
      span: spanOf(norm, best),
      score: best.score,
      quoteScore: best.quoteScore,
      prefixScore: best.prefixScore,
      suffixScore: best.suffixScore,
    }) as const;
  const rejected = () => ({ span: spanOf(norm, best), score: best.score });

  if (best.exact) {
    if (candidates.length === 1) return result('exact');
    // Identical copies of the words (a pasted sentence, a paragraph duplicated while editing): the one
    // the verdict was recorded on keeps at least one side of its old context intact — a paste next to it
    // disturbs one side only. When another copy also has an intact side, the copy may be the better
    // match (it carried the context along) while the original is still there: never move onto it on
    // context alone.
    const exacts = candidates.filter((c) => c.exact);
    const intact = exacts.filter((c) => Math.max(c.prefixScore, c.suffixScore) >= INTACT_SIDE);
    // Two copies with an intact side: either may be the original (a paste above it even takes its old line),
    // so neither context nor the old line can tell; the verdict is orphaned for a person, never moved.
    if (intact.length > 1) return { ok: false, reason: 'ambiguous', best: rejected() };
    const tied = candidates.filter((c) => best.score - c.score < MIN_CONTEXT_MARGIN);
    if (tied.length === 1) return result('context');
    // Identical words with equally good context: only the old position can tell, and only if exactly one
    // of them is where the quote used to be.
    const atHint = hint ? tied.filter((c) => hint.start <= spanOf(norm, c).start && spanOf(norm, c).start <= hint.end) : [];
    if (atHint.length === 1) {
      best = atHint[0];
      return result('context');
    }
    return { ok: false, reason: 'ambiguous', best: rejected() };
  }

  if (
    best.quoteScore < MIN_FUZZY_QUOTE_SCORE ||
    best.score < MIN_FUZZY_SCORE ||
    Math.min(best.prefixScore, best.suffixScore) < MIN_FUZZY_CONTEXT
  ) {
    return { ok: false, reason: 'low-confidence', best: rejected() };
  }
  // A rival only counts if it is a different place, not the same place with a slightly different edge.
  const rival = candidates.find((c) => c !== best && differentPlace(c, best));
  if (rival && best.score - rival.score < MIN_FUZZY_MARGIN) {
    return { ok: false, reason: 'ambiguous', best: rejected() };
  }
  return result('fuzzy');
}
