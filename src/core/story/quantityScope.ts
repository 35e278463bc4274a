import type { Fact, Token } from '../model';
import { singular } from '../facts/singular';

// The period or unit of play a figure is counted over is part of what it measures: "33 home runs last
// season" and "13 home runs in 54 games", "1,200 yards this season" and "150 yards" (in one game), "eight
// missiles this year" and "six missiles" (in one strike) are figures of different attributes, not two
// values of one. A scope is read from the words around the figure, not from dates (a date says when the
// event was; the same-event decision weighs it).

/** Nouns of a span over which things are counted. */
export const PERIODS = new Set(['season', 'career', 'game', 'match', 'half', 'quarter', 'inning', 'period', 'year', 'month', 'week', 'day', 'night', 'tournament', 'series', 'term', 'campaign', 'decade']);
/**
 * Each word whose singular (facts/singular.ts) is a period noun, to that noun: one lookup per word, where asking
 * `singular` of every word of a sentence was two. Its forms are the noun and its plurals ("-s", "-es", "-ies"),
 * kept where `singular` takes them back to it (it does not take "series" back: "sery").
 */
export const PERIOD_OF: ReadonlyMap<string, string> = new Map(
  [...PERIODS].flatMap((p) => [p, `${p}s`, `${p}es`, `${p.slice(0, -1)}ies`].filter((w) => singular(w) === p).map((w): [string, string] => [w, p])),
);
/** Words before a period noun that make it a scope ("last season", "per game", "the second half"). */
const MODIFIERS: Record<string, string> = {
  last: 'last', previous: 'last', past: 'last', this: 'this', current: 'this', next: 'next',
  per: 'per', a: 'per', an: 'per', each: 'per', every: 'per', first: 'first', second: 'second', third: 'third',
  fourth: 'fourth', final: 'final', whole: 'whole', entire: 'whole', regular: 'regular',
};
const SPAN_PREPOSITIONS = new Set(['in', 'over', 'during', 'across', 'through', 'within']);
// Words just before a figure that make it a part counted from some point, not the whole: "missed the next four
// games" (after one injury) is no other value of "missed eight games" (the season's).
const PART = new Set(['next', 'first', 'last', 'previous', 'remaining', 'following', 'final']);
const CLAUSE_ENDS = new Set([',', ';', '(', ')', '—', '–']);

/** A scope phrase found in a sentence: the tokens it spans and its normalised key ("last season", "54 game"). */
interface ScopePhrase {
  first: number;
  last: number;
  key: string;
}

/**
 * The scope of a figure: a scope phrase in its clause after it ("43 RBIs in 54 games"), else before it in
 * its clause ("In 54 games … he hit 13 home runs"), else the one the whole sentence is about ("Last season,
 * split between two teams, he hit .308 with 33 home runs"). Undefined when the sentence gives none.
 */
export function scopeOf(tokens: Token[], fact: Fact, phrases: ScopePhrase[] = scopePhrases(tokens), at = tokenFrom(tokens, fact.span.start)): string | undefined {
  // Positions are the figure's number (`at`): the words after it may be read into its unit ("1,200 yards last
  // season"), and a phrase holding the number itself ("over eight years") is the figure, not its scope.
  if (at < 0) return undefined;
  if (PART.has(tokens[at - 1]?.lower ?? '')) return `${tokens[at - 1].lower} part`;
  if (!phrases.length) return undefined;
  const own = (p: ScopePhrase) => p.first <= at && p.last >= at;
  const clauseEnd = boundary(tokens, at, 1);
  const clauseStart = boundary(tokens, at, -1);
  const after = phrases.find((p) => !own(p) && p.first > at && p.first < clauseEnd);
  if (after) return after.key;
  const before = phrases.filter((p) => !own(p) && p.last < at && p.first > clauseStart).pop();
  if (before) return before.key;
  // The figure's own words ("eight years") are no scope of it; a phrase elsewhere holds for the sentence
  // only when it is the sentence's one scope.
  const others = new Set(phrases.filter((p) => !own(p)).map((p) => p.key));
  return others.size === 1 ? [...others][0] : undefined;
}

/**
 * The index of the first token starting at or after `start`, else -1; with `tokenUpTo`, where a fact's span
 * lies in its sentence's tokens. Loops, not findIndex with a closure: asked a few times per figure and name.
 */
export function tokenFrom(tokens: readonly Token[], start: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].start >= start) return i;
  return -1;
}

/** The index of the first token ending at or after `end`, else -1. */
export function tokenUpTo(tokens: readonly Token[], end: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end >= end) return i;
  return -1;
}

/** The index of the first clause boundary from `from` in direction `step` (or past the sentence's end). */
function boundary(tokens: Token[], from: number, step: 1 | -1): number {
  let i = from + step;
  while (i >= 0 && i < tokens.length && !CLAUSE_ENDS.has(tokens[i].text)) i += step;
  return i;
}

/** Every scope phrase of a sentence, in order. */
export function scopePhrases(tokens: Token[]): ScopePhrase[] {
  const out: ScopePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const period = PERIOD_OF.get(t.lower);
    if (t.kind !== 'word' || period === undefined) continue;
    // "season-high", "game-winning": a compound adjective, not a span.
    if (tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end) continue;
    if (period === 'career' && tokens[i - 1]?.text !== '-') {
      out.push({ first: i, last: i, key: 'career' });
      continue;
    }
    const before = tokens[i - 1];
    // "a year ago", "a week after": when, not over what.
    if (!before || /^(ago|earlier|later|after|before|since)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    const modifier = MODIFIERS[before.lower];
    if (modifier) {
      out.push({ first: i - 1, last: i, key: `${modifier} ${period}` });
      continue;
    }
    // "in 54 games", "over three seasons": a count of periods after a preposition.
    if ((before.kind === 'number' || before.pos === 'NUM') && SPAN_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '')) {
      out.push({ first: i - 2, last: i, key: `${before.lower} ${period}` });
    }
  }
  return out;
}
