// Harm denied against harm reported, of the same kind: the one conflict two sentences can have without a figure
// ("nobody was injured" / "two people were wounded"). compareClaims asks it of every pair, mayShareOrDisputeFact
// of the weakly similar ones, so each claim's harm is read once, as bits.
import type { Token } from '../model';
import type { IndexedClaim } from './indexedClaim';
import type { Conflict } from './compareClaims';
import { HARM_KINDS, HARM_WORDS } from './lexicon';

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

/** The kinds of harm a claim with this fact mask denies, as bits (ArticleFrame.deniedHarm gathers an article's). */
export function deniedHarmOf(factMask: number): number {
  return factMask & DENIED;
}

/**
 * Whether the harm one of the two reports, where the other denies it, is harm its own article denies elsewhere
 * ("Russian air defenses reported intercepting five of the missiles, with one suffering damage" in an article
 * that says "there were no injuries or damages"): its author sees no conflict between them, so the harm it
 * reports is to something else (the missile) than the harm denied, and the pair is no contradiction.
 */
export function reportedHarmItsArticleDenies(here: IndexedClaim, there: IndexedClaim): IndexedClaim | undefined {
  const harmHere = harmOf(here);
  const harmThere = harmOf(there);
  // the kinds the one side reports without denying and the other denies
  const reportedHere = (harmHere >>> REPORTED_SHIFT) & ~harmHere & harmThere & DENIED;
  const reportedThere = (harmThere >>> REPORTED_SHIFT) & ~harmThere & harmHere & DENIED;
  if (reportedHere & here.frame.article.deniedHarm) return here;
  if (reportedThere & there.frame.article.deniedHarm) return there;
  return undefined;
}

/**
 * A claim's harm bits (within HARM_BITS): the kinds of harm (HARM_KINDS, as bits) it denies and those it reports.
 * Read from its words in indexedClaim.ts's one pass over its tokens (WORD_ROLES): it denies harm with a
 * negated harm noun ("no damage", "no casualties") or a harm verb after "no one" / "nobody" (nobodyBefore); it
 * reports harm with a harm word said plainly. "never hit fewer than 26 homers" denies no harm.
 */
export function harmBits(denied: number, reported: number): number {
  return denied | (reported << REPORTED_SHIFT);
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

/**
 * "nobody was hurt": "no one", "nobody", "none" among the four tokens before token i; not "no one else was
 * injured", which says someone was.
 */
export function nobodyBefore(t: readonly Token[], i: number): boolean {
  const before = t.slice(Math.max(0, i - 4), i).map((x) => x.lower).join(' ');
  return /\b(no one|nobody|none|no-one)\b(?! else\b)/.test(before);
}

/**
 * "no other injuries", "no further damage": a negation that leaves out harm besides some (tokens between the
 * negation and the harm noun), so it denies none, as "no one else was injured" does not (nobodyBefore).
 */
export function harmBesides(tokens: readonly Token[], negation: number, noun: number): boolean {
  for (let k = negation + 1; k < noun; k++) if (BESIDES.has(tokens[k].lower)) return true;
  return false;
}
const BESIDES = new Set(['other', 'else', 'further', 'additional', 'more', 'new']);

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
