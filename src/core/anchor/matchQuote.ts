// Finds where a quote is in a text, exactly or approximately, and scores each place by how well the
// quote, its surrounding context and its old position agree. Pure string code (no DOM, no editor), in the
// manner of hypothesis/client's match-quote: the caller decides what score is "confident enough"
// (textQuoteAnchor.ts), this module only ranks.

import approxSearch from 'approx-string-match';

/** Weights of the parts of a match's score. The quote dominates; context breaks ties between equal
 *  quotes and vetoes a look-alike in the wrong place; the old position only nudges. */
export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
/** Context score of a place when no context was stored and the place is not at the text's edge. */
export const EMPTY_CONTEXT_SCORE = 0.3;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Error budget of the fuzzy search, as a fraction of the quote's length: a claim whose words changed by
 * more than this is not "the same claim" any more and is better orphaned than guessed.
 */
export const MAX_ERROR_RATE = 0.3;
/** Cap on the error budget, so a very long quote cannot make the search slow. */
export const MAX_ERRORS_CAP = 256;
/** Half-width of the window around the old position searched separately, as a multiple of the quote's
 *  length (at least LOCAL_WINDOW_MIN characters). The global search only reports the lowest-error places;
 *  the local one makes sure the claim's own edited place is scored too, not only a look-alike elsewhere. */
export const LOCAL_WINDOW_FACTOR = 2;
export const LOCAL_WINDOW_MIN = 400;

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** where the quote started last time (an offset into `text`); only a hint */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** edit distance between the quote and text[start, end) */
  errors: number;
  exact: boolean;
  /** each in [0, 1] */
  quoteScore: number;
  prefixScore: number;
  suffixScore: number;
  positionScore: number;
  /** weighted sum, normalised to [0, 1] */
  score: number;
}

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

function exactMatches(text: string, quote: string): RawMatch[] {
  const found: RawMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** Similarity of `str` to the best place in `window`, in [0, 1] (1 = found exactly). */
export function similarityWithin(window: string, str: string): number {
  if (str.length === 0) return 1;
  if (window.length === 0) return 0;
  if (window.includes(str)) return 1;
  const best = approxSearch(window, str, str.length);
  if (best.length === 0) return 0;
  return Math.max(0, 1 - best[0].errors / str.length);
}

export function maxErrorsFor(quote: string): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(quote.length * MAX_ERROR_RATE));
}

function fuzzyMatches(text: string, quote: string, hint: number | undefined): RawMatch[] {
  const maxErrors = maxErrorsFor(quote);
  if (maxErrors === 0) return [];
  const found = approxSearch(text, quote, maxErrors);
  if (hint !== undefined) {
    const half = Math.max(LOCAL_WINDOW_MIN, quote.length * LOCAL_WINDOW_FACTOR);
    const from = Math.max(0, hint - half);
    const to = Math.min(text.length, hint + quote.length + half);
    if (from > 0 || to < text.length) {
      for (const m of approxSearch(text.slice(from, to), quote, maxErrors)) {
        found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
      }
    }
  }
  // The search reports several ends for one place; keep one match per start, the one with fewest errors.
  const byStart = new Map<number, RawMatch>();
  for (const m of found) {
    const seen = byStart.get(m.start);
    if (!seen || m.errors < seen.errors || (m.errors === seen.errors && m.end > seen.end)) byStart.set(m.start, m);
  }
  return [...byStart.values()];
}

function score(text: string, quote: string, context: QuoteContext, m: RawMatch): QuoteMatch {
  const quoteScore = 1 - m.errors / quote.length;
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  // No context stored (the quote was at the very start or end of the text): then "nothing before it" is the
  // context. It matches fully at that edge (or one space from it); elsewhere it scores EMPTY_CONTEXT_SCORE,
  // what unrelated text typically scores, so that a look-alike at the edge does not win on that alone.
  const prefixScore = prefix
    ? similarityWithin(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
    : m.start <= 1 ? 1 : EMPTY_CONTEXT_SCORE;
  const suffixScore = suffix
    ? similarityWithin(text.slice(m.end, m.end + suffix.length), suffix)
    : m.end >= text.length - 1 ? 1 : EMPTY_CONTEXT_SCORE;
  const positionScore =
    context.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(m.start - context.hint) / Math.max(1, text.length));
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return {
    start: m.start,
    end: m.end,
    errors: m.errors,
    exact: m.errors === 0,
    quoteScore,
    prefixScore,
    suffixScore,
    positionScore,
    score: raw / MAX_SCORE,
  };
}

/**
 * All candidate places of `quote` in `text`, best first. Exact occurrences when there are any (then no
 * fuzzy search is done: an exact quote is always better evidence than an approximate one); otherwise the
 * approximate ones within the error budget. Empty when the quote is empty or nowhere near.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch[] {
  if (quote.length === 0) return [];
  let raw = exactMatches(text, quote);
  if (raw.length === 0) raw = fuzzyMatches(text, quote, context.hint);
  return raw.map((m) => score(text, quote, context, m)).sort((a, b) => b.score - a.score || a.start - b.start);
}
