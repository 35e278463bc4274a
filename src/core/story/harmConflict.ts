// Harm denied against harm reported, of the same kind: the one conflict two sentences can have without a figure
// ("nobody was injured" / "two people were wounded"). compareClaims asks it of every pair, mayShareOrDisputeFact
// of the weakly similar ones, so each claim's harm is read once, as bits.
import type { Token } from '../model';
import type { IndexedClaim } from './indexedClaim';
import type { Conflict } from './compareClaims';
import { HARM_KINDS, HARM_NOUNS, HARM_WORDS } from './lexicon';

/** "there were no injuries or damages" against "six missiles successfully hit an ammunition depot". */
export function harmConflict(here: IndexedClaim, there: IndexedClaim): Conflict | undefined {
  // "nobody was injured" says nothing against "$1 million in damage": harm of the same kind only.
  const harmHere = harmOf(here);
  const harmThere = harmOf(there);
  // Most claims deny no harm: then no pair of theirs has a harm conflict.
  if (((harmHere | harmThere) & DENIED) === 0) return undefined;
  for (let k = 0; k < HARM_KINDS.length; k++) {
    const denied = 1 << k;
    const reported = denied << REPORTED_SHIFT;
    if (harmHere & denied && !(harmThere & denied) && harmThere & reported) return { type: 'negation', here: harmPhrase(here, true), there: harmPhrase(there, false) };
    if (harmThere & denied && !(harmHere & denied) && harmHere & reported) return { type: 'negation', here: harmPhrase(here, false), there: harmPhrase(there, true) };
  }
  return undefined;
}

// Whether a claim denies / reports harm, per kind, as bits: bit k when it denies harm of HARM_KINDS[k], bit
// k + REPORTED_SHIFT when it reports it. Read once per claim, when it is indexed (IndexedClaim.factMask's low
// bits): a claim is compared with up to 24 candidates from each side, and its word sets do not change once it
// is indexed. A number per claim, not objects: a lookup per kind and a Map per claim showed as 5% of a
// 904-article cross-reference in the profile, and an array of objects per claim as much of harmConflict's time.
const REPORTED_SHIFT = 8;
const DENIED = (1 << REPORTED_SHIFT) - 1;
/** the bits of a fact mask (IndexedClaim.factMask) harmBits fills */
export const HARM_BITS = (1 << (2 * REPORTED_SHIFT)) - 1;

function harmOf(claim: IndexedClaim): number {
  return claim.factMask & HARM_BITS;
}

/** The kinds of harm a claim denies and reports, as bits (within HARM_BITS), from its words. */
export function harmBits(negatedWords: ReadonlySet<string>, plainWords: ReadonlySet<string>, tokens: readonly Token[]): number {
  return deniedHarm(negatedWords, tokens) | (reportedHarm(plainWords) << REPORTED_SHIFT);
}

/**
 * Whether claims with these fact masks have a harm conflict (harmConflict finds one): harm one denies and the
 * other reports without denying it, of one kind.
 */
export function harmMayConflict(a: number, b: number): boolean {
  const deniedA = a & DENIED;
  const deniedB = b & DENIED;
  return ((deniedA & ~deniedB & (b >>> REPORTED_SHIFT)) | (deniedB & ~deniedA & (a >>> REPORTED_SHIFT))) !== 0;
}

/** The kinds of harm (HARM_KINDS, at most REPORTED_SHIFT of them) a word belongs to, as bits. */
function kindsOf(word: string): number {
  let bits = 0;
  for (let k = 0; k < HARM_KINDS.length; k++) if (HARM_KINDS[k].has(word)) bits |= 1 << k;
  return bits;
}

/**
 * The kinds of harm a claim denies, as bits: "no damage", "no casualties", "nobody was hurt": a negated harm
 * noun, or a harm verb after "no one" / "nobody". "never hit fewer than 26 homers" denies no harm.
 */
function deniedHarm(negatedWords: ReadonlySet<string>, t: readonly Token[]): number {
  let bits = 0;
  for (const w of negatedWords) if (HARM_NOUNS.has(w)) bits |= kindsOf(w);
  for (let i = 0; i < t.length; i++) {
    const lower = t[i].lower;
    if (!HARM_WORDS.has(lower) || HARM_NOUNS.has(lower)) continue;
    const kinds = kindsOf(lower) & ~bits;
    if (!kinds) continue;
    const before = t.slice(Math.max(0, i - 4), i).map((x) => x.lower).join(' ');
    if (/\b(no one|nobody|none|no-one)\b/.test(before)) bits |= kinds;
  }
  return bits;
}

/** The kinds of harm these words report, as bits. */
function reportedHarm(words: ReadonlySet<string>): number {
  let bits = 0;
  for (const w of words) if (HARM_WORDS.has(w)) bits |= kindsOf(w);
  return bits;
}

/** The few words around the harm word, as the article has them. */
function harmPhrase(claim: IndexedClaim, negated: boolean): string {
  const words = negated ? claim.negatedWords : claim.plainWords;
  const i = claim.tokens.findIndex((t) => HARM_WORDS.has(t.lower) && words.has(t.lower));
  if (i < 0) return claim.claim.text;
  let from = i;
  while (from > 0 && i - from < 3 && claim.tokens[from - 1].pos !== 'PUNCT' && claim.tokens[from - 1].text !== ',') from--;
  let to = i;
  while (to + 1 < claim.tokens.length && to - i < 3 && /^(NOUN|ADJ|DET|ADP|PROPN|CCONJ)$/.test(claim.tokens[to + 1].pos) && claim.tokens[to + 1].text !== ',') to++;
  const text = claim.claim.text;
  const base = claim.claim.span.start;
  return text.slice(claim.tokens[from].start - base, claim.tokens[to].end - base);
}
