import type { Fact } from '../model';
import type { ComparableQuantity, IndexedClaim } from './indexedClaim';
import { HARM_BITS, harmConflict, harmMayConflict } from './harmConflict';
import { rangesAgree, rangesMeet } from './quantityRange';
import { stem } from './claimTerms';
import { singular } from '../facts/singular';
import { surnameOf } from './articleFrame';
import { nameWords } from './claimActor';

export type Relation = 'agrees' | 'contradicts' | 'related';

export interface Conflict {
  /** what differs: quantity, date, organization, negation */
  type: string;
  /** the words of the claim under review */
  here: string;
  /** the words of the other source */
  there: string;
}

export interface Comparison {
  relation: Relation;
  conflicts: Conflict[];
  /** facts both sources state alike ("five … intercepted") */
  shared: string[];
  /** why a pair that looks alike is only related ("not counted as agreement: about different people (…)") */
  withheld?: string;
}

// Two claims this similar say the same thing even with no fact to compare, provided they share at least
// AGREE_MIN_WORDS content words: naming the same spokesperson is not saying what he said.
const AGREE_SIMILARITY = 0.5;
const AGREE_MIN_WORDS = 2;
// Dates and names are compared only between claims this close: two different Tuesdays in two different
// sentences of a story are not a contradiction.
const CLOSE_SIMILARITY = 0.3;
/** The similarities at which a comparison can change (relate.ts caches a pair's result between them). */
export const COMPARISON_BARS = [CLOSE_SIMILARITY, AGREE_SIMILARITY] as const;

/**
 * How the other source's claim bears on this one. A fact that differs on the same thing (a count of the
 * same kind in the same event, a date, a body's name, harm denied against harm reported) contradicts;
 * the same fact stated alike, or a near-paraphrase, agrees; anything else the matcher found is related.
 */
export function compareClaims(here: IndexedClaim, there: IndexedClaim, similarity: number, sharedContentTerms: number, speakerTerms = 0): Comparison {
  const conflicts: Conflict[] = [];
  const shared: string[] = [];
  // Figures of one kind that differ but are not compared (whose or of what event is unclear): the two
  // sentences may state different things, so they are not said to agree either.
  let differing: Conflict | undefined;

  // Counts of the same thing by different people ("Bush rushed for 404 yards", "Thomas rushed for 716") are
  // different attributes: each sentence is about someone, and they have no one in common (their names are
  // looked up only for a pair set back for it, below).
  const otherPeople = peopleApart(here, there);
  // Figures of sentences that name no one ("rushing for 404 yards…") are of whom their articles are about.
  const otherSubjects = otherPeople || differentArticleSubjects(here, there) !== undefined;
  for (const a of here.quantities) {
    for (const b of there.quantities) {
      if (!figuresOfOneKind(a, b)) continue;
      const comparable = !otherSubjects && a.event === b.event && a.holder === b.holder && a.holder !== '?';
      // Counted over another period ("last season" / "in 54 games"): another attribute, never a conflict.
      // An equal figure with one side unscoped may still be the same fact.
      const sameScope = a.scope === b.scope;
      if (!rangesAgree(a.range, b.range)) differing ??= { type: 'quantity', here: a.fact.text, there: b.fact.text };
      // Each figure belongs to the person named nearest before it; "he" could be anyone.
      if (!comparable) continue;
      // Ranges that meet and name close figures agree ("more than 40" / "43"); "as many as 80" allows "2"
      // but does not confirm it. They conflict only when one side is a plain figure.
      if (rangesAgree(a.range, b.range)) {
        if (sameScope || !a.scope || !b.scope) shared.push(`${a.fact.text} / ${b.fact.text}`);
      }
      // A differing figure counts only when both say what happened to it ("launched six" / "fired eight"):
      // "eight days" and "three days" with no event of their own measure different spans.
      else if (sameScope && !rangesMeet(a.range, b.range) && (a.range.exact || b.range.exact) && a.event !== undefined) conflicts.push({ type: 'quantity', here: a.fact.text, there: b.fact.text });
    }
  }
  if (conflicts.length) {
    // A count agreeing elsewhere in the pair means the differing one is about another event.
    const agreedUnits = new Set(here.quantities.filter((a) => there.quantities.some((b) => b.unitClass === a.unitClass && b.event === a.event && rangesMeet(a.range, b.range))).map((a) => `${a.unitClass}/${a.event}`));
    const quantityConflicts = conflicts.filter((c) => {
      const a = here.quantities.find((q) => q.fact.text === c.here);
      return !a || !agreedUnits.has(`${a.unitClass}/${a.event}`);
    });
    conflicts.length = 0;
    conflicts.push(...dedupe(quantityConflicts));
  }

  const harm = harmConflict(here, there);
  if (harm) conflicts.push(harm);

  // One side denies something the other does not: a denial of the other's words contradicts it; a denial of
  // something else (of someone else) neither contradicts nor agrees with it.
  let otherDenial = false;
  if (similarity >= CLOSE_SIMILARITY) {
    conflicts.push(...dateConflicts(here, there));
    conflicts.push(...bodyConflicts(here.claim.facts, there.claim.facts));
    // One source calls untrue what the other reports ("officials denied reports that…").
    if ((here.denial >= 0) !== (there.denial >= 0) && sharedContentTerms >= AGREE_MIN_WORDS) {
      if (sameDenialSubject(here.denial >= 0 ? here : there, here.denial >= 0 ? there : here)) conflicts.push({ type: 'denial', here: denialPhrase(here), there: denialPhrase(there) });
      else otherDenial = true;
    }
  }

  const paraphrase = similarity >= AGREE_SIMILARITY && sharedContentTerms >= AGREE_MIN_WORDS;
  if (!conflicts.length && !shared.length && !paraphrase) {
    // As alike as a paraphrase only by the words that describe who speaks ("Andrew Wetzler, director of…").
    const sameSpeaker = similarity >= AGREE_SIMILARITY && sharedContentTerms + speakerTerms >= AGREE_MIN_WORDS;
    return { relation: 'related', conflicts, shared, withheld: sameSpeaker ? 'not counted as agreement: same speaker, different statement' : undefined };
  }
  // Whatever else they share, statements about two different people neither agree nor contradict.
  const otherActors = otherPeople ? undefined : differentActors(here, there);
  if (otherActors) return { relation: 'related', conflicts: [], shared: [], withheld: `not counted as ${conflicts.length ? 'a contradiction' : 'agreement'}: done by different actors (${otherActors[0]} here, ${otherActors[1]} there)` };
  if (otherPeople) {
    const [a, b] = peopleNamed(here, there);
    return { relation: 'related', conflicts: [], shared: [], withheld: `not counted as ${conflicts.length ? 'a contradiction' : 'agreement'}: about different people (${a} here, ${b} there)` };
  }
  if (conflicts.length) return { relation: 'contradicts', conflicts, shared };
  if (otherDenial) return { relation: 'related', conflicts: [], shared: [], withheld: 'not counted as agreement: one denies something of another person' };
  if (differing) return { relation: 'related', conflicts: [], shared: [], withheld: `not counted as agreement: different figures (“${differing.here}” here, “${differing.there}” there), maybe of different things` };
  return { relation: 'agrees', conflicts, shared };
}

/**
 * Whether compareClaims could find a fact the two claims share or dispute: figures of one kind (neither negated,
 * neither zero) on both sides, or harm denied on one side and reported on the other. A necessary condition only,
 * read from what each claim keeps: most candidates of a story are weakly similar pairs (in 100 FNC-1 bodies
 * 17,706 of 25,566 sit below the related bar) that only such a fact could keep, and this spares them the
 * full comparison.
 */
export function mayShareOrDisputeFact(here: IndexedClaim, there: IndexedClaim, thereMask = there.factMask): boolean {
  // Read from the two fact masks (IndexedClaim.factMask; `thereMask` is the other's, passed by a caller that
  // keeps it at hand) first: the figures are looked at only when both count something of one class (by its
  // hash), so most pairs are told apart by two numbers, without reading the other claim at all.
  const a = here.factMask;
  const b = thereMask;
  if (harmMayConflict(a, b)) return true;
  if (((a & b) & FIGURE_BITS) === 0) return false;
  // Plain loops: this runs for most candidates of every claim (those between the two similarity bars).
  const qa = here.quantities;
  const qb = there.quantities;
  for (let i = 0; i < qa.length; i++) for (let j = 0; j < qb.length; j++) if (figuresOfOneKind(qa[i], qb[j])) return true;
  return false;
}

// The bits of a fact mask above the harm bits (harmConflict.ts HARM_BITS): the classes of a claim's comparable
// figures, hashed one bit each. Two claims whose bits meet in none have no figures of one kind.
const FIGURE_SHIFT = 16;
const FIGURE_BITS = ~HARM_BITS;

/**
 * A claim's fact mask (IndexedClaim.factMask): its harm bits (harmConflict.ts harmBits), and a bit per class
 * of the figures it counts (comparableFigure), hashed into the 16 bits above them.
 */
export function factMaskOf(quantities: readonly ComparableQuantity[], harm: number): number {
  let mask = harm & HARM_BITS;
  for (const q of quantities) if (comparableFigure(q)) mask |= 1 << (FIGURE_SHIFT + (hashOf(q.unitClass) & 15));
  return mask;
}

function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h ^ (h >>> 4);
}

/** A figure that may be set beside another of its class: not negated, not zero (figuresOfOneKind). */
function comparableFigure(q: ComparableQuantity): boolean {
  return !q.negated && q.range.hi !== 0;
}

/**
 * Two figures compareClaims may set side by side: the same kind of thing counted, neither negated, neither zero.
 * A zero counts nothing to confirm or dispute: "zero-day vulnerability" is a term, and "zero deaths" is a
 * denial of harm (harmConflict), not a figure two sources could share.
 */
function figuresOfOneKind(a: ComparableQuantity, b: ComparableQuantity): boolean {
  return a.unitClass === b.unitClass && comparableFigure(a) && comparableFigure(b);
}

/**
 * Whether a denial is about whom the other sentence is about: "LaRue discounted rumors that he was Deep
 * Throat" denies something of LaRue, not "He [Felt] secretly guided Woodward". The denier is the person
 * named before the denial word; the other sentence's subject the person it names before its first verb, or
 * its article's main person for an opening "He"/"She". Unknown on either side: the denial stands.
 */
function sameDenialSubject(denying: IndexedClaim, other: IndexedClaim): boolean {
  const denier = personBefore(denying, denying.denial);
  // "LaRue discounted rumors that he was Deep Throat": a denial of what is said of the denier himself bears
  // only on a sentence that names him, not on one about whoever else was said to be it.
  if (denier && deniesOfSelf(denying) && !other.frame.people.has(denier)) return false;
  const subject = subjectOf(other);
  return !denier || !subject || denier === subject;
}

// How far after the denial word its "he"/"she" may come: "denied he", "denied reports that he", "discounted
// rumors that she".
const SELF_DENIAL_WINDOW = 4;
const SELF = new Set(['he', 'she', 'himself', 'herself']);

/** Whether the denial is of something said of the denier: "he"/"she" just after the denial word. */
function deniesOfSelf(claim: IndexedClaim): boolean {
  const t = claim.tokens;
  for (let i = claim.denial + 1; i < t.length && i <= claim.denial + SELF_DENIAL_WINDOW; i++) {
    if (SELF.has(t[i].lower)) return true;
    if (t[i].pos === 'VERB' || t[i].pos === 'AUX' || t[i].text === ',') return false;
  }
  return false;
}

/** The surname of the last person named before token `index`, if any. */
function personBefore(claim: IndexedClaim, index: number): string | undefined {
  const at = claim.tokens[index]?.start ?? Infinity;
  const named = claim.claim.facts.filter((f) => f.type === 'person' && f.span.end <= at).pop();
  return named ? surnameOf(String(named.value)) : undefined;
}

/** Whom a sentence is about: the person named before its first verb, or its article's person for "He …". */
function subjectOf(claim: IndexedClaim): string | undefined {
  // Not a word of a name wink reads as a verb ("Mark Felt").
  const people = claim.claim.facts.filter((f) => f.type === 'person');
  const verb = claim.tokens.findIndex((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !people.some((f) => f.span.start <= t.start && t.end <= f.span.end));
  if (verb < 0) return undefined;
  const first = claim.tokens[0];
  if (first && SUBJECT_PRONOUNS.has(first.lower)) return claim.frame.article.mainPerson;
  return personBefore(claim, verb);
}

const SUBJECT_PRONOUNS = new Set(['he', 'she']);

/** The denial and a few words around it, or the start of the claim that reports what is denied. */
function denialPhrase(claim: IndexedClaim): string {
  const base = claim.claim.span.start;
  const text = claim.claim.text;
  if (claim.denial < 0) return text.length > 90 ? `${text.slice(0, 90).replace(/\s+\S*$/, '')}…` : text;
  const from = claim.tokens[Math.max(0, claim.denial - 3)];
  const to = claim.tokens[Math.min(claim.tokens.length - 1, claim.denial + 3)];
  return text.slice(from.start - base, to.end - base);
}

const REPORT_VERBS = /^(said|says|say|told|announced|reported|added|stated|confirmed|according)$/;

/** Whether a date is of what happened, not of when it was said ("…, authorities said Saturday"). */
function isEventDate(claim: IndexedClaim, date: Fact): boolean {
  const i = claim.tokens.findIndex((t) => t.start >= date.span.start);
  for (let k = Math.max(0, i - 2); k < i; k++) if (REPORT_VERBS.test(claim.tokens[k].lower)) return false;
  return true;
}

/** The claim's one exact date of what happened, or undefined when it has none or several (no list per pair). */
function oneExactEventDate(claim: IndexedClaim): Fact | undefined {
  let found: Fact | undefined;
  for (const f of claim.claim.facts) {
    if (f.type !== 'date' || !isExact(f.value) || !isEventDate(claim, f)) continue;
    if (found) return undefined;
    found = f;
  }
  return found;
}

/** The stem of the nearest verb before a date within its clause ("was killed on June 24" → kill). */
function dateVerb(claim: IndexedClaim, date: Fact): string | undefined {
  const i = claim.tokens.findIndex((t) => t.start >= date.span.start);
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = claim.tokens[k];
    if (t.text === ',' || t.text === ';') return undefined;
    if (t.pos === 'VERB' && !REPORT_VERBS.test(t.lower)) return stem(singular(t.normal));
  }
  return undefined;
}

/** One date each, of the same kind (two weekdays, two ISO dates), that differ. */
function dateConflicts(here: IndexedClaim, there: IndexedClaim): Conflict[] {
  const a = oneExactEventDate(here);
  const b = a && oneExactEventDate(there);
  if (!a || !b) return [];
  if (kindOfDate(a.value) !== kindOfDate(b.value) || a.value === b.value) return [];
  // Two dates are of one thing only when they date the same verb ("killed on June 24" / "convicted of the
  // June 20 attempted murder" date two things), and are written alike (a year on one side only is unsure).
  const verbHere = dateVerb(here, a);
  if (!verbHere || verbHere !== dateVerb(there, b)) return [];
  if (String(a.value).startsWith('--') !== String(b.value).startsWith('--')) return [];
  // "June 1972" contains "June 17, 1972": a coarser date is not a different one.
  const [x, y] = [String(a.value), String(b.value)];
  if (x.startsWith(y) || y.startsWith(x)) return [];
  // "December 15" (no year) and "December 15, 2013" are the same day.
  if ((x.startsWith('--') && y.endsWith(x.slice(1))) || (y.startsWith('--') && x.endsWith(y.slice(1)))) return [];
  return [{ type: 'date', here: a.text, there: b.text }];
}

function isExact(value: unknown): boolean {
  return typeof value === 'string' && /^(\d{4}-\d{2}|--\d{2}-\d{2}|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)/.test(value);
}

function kindOfDate(value: unknown): string {
  return /^[A-Z]/.test(String(value)) ? 'weekday' : 'date';
}

/**
 * "Russia's Defense Ministry" against "The Russian Ministry of Foreign Affairs": same kind of body, another
 * name. Only one body of that kind on each side: a sentence naming two departments ("engines came from the
 * Palmer and the Central Fire Department") sets neither against the other's one. The same body written two
 * ways (its canonical name on one side, its words with a title run on on the other) is not another.
 */
function bodyConflicts(here: Fact[], there: Fact[]): Conflict[] {
  const orgsHere = here.filter((f) => f.type === 'organization' && head(f));
  if (!orgsHere.length) return []; // most sentences name no such body: the other's names are left unread
  const orgsThere = there.filter((f) => f.type === 'organization' && head(f));
  const out: Conflict[] = [];
  for (const a of orgsHere) {
    const kind = head(a);
    const same = orgsThere.filter((b) => head(b) === kind);
    if (same.length !== 1 || orgsHere.filter((f) => head(f) === kind).length !== 1) continue;
    const [b] = same;
    const written = (f: Fact) => [String(f.value), f.text];
    if (written(a).some((x) => written(b).some((y) => x.includes(y) || y.includes(x)))) continue;
    out.push({ type: 'organization', here: a.text, there: b.text });
  }
  return out;
}

/** The kind of body an organisation's name says it is ("Ministry", "Department", …), if any. */
function head(f: Fact): string | undefined {
  return /\b(Ministry|Department|Agency|Office)\b/.exec(String(f.value))?.[1];
}

/**
 * Both sentences are about people (named, or "he" for the person their article is about) and not one in
 * common.
 */
function peopleApart(a: IndexedClaim, b: IndexedClaim): boolean {
  const here = a.frame.people;
  const there = b.frame.people;
  if (!here.size || !there.size) return false;
  for (const p of there) if (here.has(p)) return false;
  return true;
}

/**
 * The first person each of two sentences names (peopleApart), as the reader knows them: only for a pair set
 * back for it, as most pairs apart end related for want of a fact anyway (the names were a tenth of relate()).
 */
function peopleNamed(a: IndexedClaim, b: IndexedClaim): [string, string] {
  return [displayName(a, [...a.frame.people][0]), displayName(b, [...b.frame.people][0])];
}

/**
 * Each sentence tells of an act by someone named (claimActor.ts), and neither names the other's anywhere:
 * "the Red Sox have made Teixeira an eight-year offer" / "the Angels offered Teixeira an eight-year contract".
 */
function differentActors(a: IndexedClaim, b: IndexedClaim): [string, string] | undefined {
  const [x, y] = [a.frame.actor, b.frame.actor];
  if (!x || !y || names(b, x) || names(a, y)) return undefined;
  return [x, y];
}

/** Whether a sentence has any identifying word of a name ("Angels" of "Los Angeles Angels of Anaheim"). */
function names(claim: IndexedClaim, name: string): boolean {
  const words = nameWords(name);
  return claim.tokens.some((t) => words.includes(t.lower));
}

/** Neither sentence is about anyone, and their articles are about two different people. */
function differentArticleSubjects(a: IndexedClaim, b: IndexedClaim): [string, string] | undefined {
  const [x, y] = [a.frame.article.mainPerson, b.frame.article.mainPerson];
  if (a.frame.people.size || b.frame.people.size || !x || !y || x === y) return undefined;
  return [x, y];
}

/** The person as the sentence names them ("Vincent Jackson"), or the surname capitalised for a bare "he". */
function displayName(claim: IndexedClaim, surname: string): string {
  const named = claim.claim.facts.find((f) => f.type === 'person' && String(f.value).toLowerCase().endsWith(surname));
  return named ? String(named.value) : surname.replace(/^./, (c) => c.toUpperCase());
}

function dedupe(conflicts: Conflict[]): Conflict[] {
  const seen = new Set<string>();
  return conflicts.filter((c) => {
    const k = `${c.type}|${c.here}|${c.there}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
