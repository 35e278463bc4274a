import type { Fact } from '../model';
import type { Candidate } from './candidate';
import { COMPARISON_BARS, compareClaims, mayShareOrDisputeFact, type Comparison, type Relation } from './compareClaims';
import type { IndexedClaim } from './indexedClaim';
import { CONTRADICTS_CORROBORATION, corroboration, describeGap, differentEventReason, SAME_EVENT_THRESHOLD, sameEventProbability, sameEventReason } from './sameEvent';
import { bucket, sameEventEvidence, SIMILARITY_BUCKETS, type Evidence } from './sameEventFeatures';
import { withStance } from './stance';
import { reportedHarmItsArticleDenies } from './harmConflict';

// Below this similarity two claims are not about the same thing.
export const RELATED_SIMILARITY = 0.22;
// The lower bar for claims that share or dispute a comparable fact: a count of the same thing in the same
// event, or harm denied against harm reported, is worth showing even when the wording differs a lot.
export const FACT_SIMILARITY = 0.05;
// Sharing only names ("Russia", a spokesperson) does not make two claims related: at least this many
// content words ("w:") or counted things ("u:") must be shared as well.
export const MIN_SHARED_CONTENT = 1;

export const RELATION_ORDER: Record<Relation, number> = { contradicts: 0, agrees: 1, related: 2 };

/** A relation with the probability that both sentences tell of the same event, and why it holds. */
export interface Relating extends Comparison {
  /** NaN for a pair the facts only relate: no same-event decision is needed */
  sameEvent: number;
  reason: string;
}

/** Content terms two claims share: words that are not part of a name in either, and classes of counted things. */
export function sharedContent(claim: IndexedClaim, candidate: Candidate): number {
  return sharedTerms(claim, candidate).content;
}

/**
 * `content`: shared content terms, leaving out the words that describe a speaker in either ("director of
 * the program"); `speaker`: the shared words left out for that reason alone.
 */
function sharedTerms(claim: IndexedClaim, candidate: Candidate): { content: number; speaker: number } {
  // A plain loop: this runs for every candidate of every claim, and a closure per call showed in the profile.
  let content = 0;
  let speaker = 0;
  const other = candidate.claim;
  for (const t of candidate.shared) {
    if (t.startsWith('u:')) content++;
    else if (t.startsWith('w:') && !claim.nameTerms.has(t) && !other.nameTerms.has(t)) {
      if (claim.speakerTerms.has(t) || other.speakerTerms.has(t)) speaker++;
      else content++;
    }
  }
  return { content, speaker };
}

/**
 * What the facts alone say (compareClaims) and the same-event evidence, before the same-event decision;
 * undefined when the two are not about the same thing. Training (scripts/train-same-event.ts) sees this.
 */
export function compareCandidate(claim: IndexedClaim, candidate: Candidate): { comparison: Comparison; evidence: () => Evidence; ruledOut: () => string | undefined } | undefined {
  const comparison = compareFacts(claim, candidate);
  if (!comparison) return undefined;
  // The evidence is read only when asked: a "related" pair needs no same-event decision, and most pairs are.
  const evidence = () => sameEventEvidence(claim.frame, candidate.claim.frame, candidate.similarity, comparison);
  return { comparison, evidence, ruledOut: () => ruledOut(claim, candidate.claim, comparison, evidence) };
}

/**
 * Why a pair the facts call agreeing or contradicting is set back to related before the same-event model is
 * asked (stance, a background mention, dates apart), or undefined. Training chooses its bars on the pairs
 * this leaves, as relate() shows them.
 */
function ruledOut(claim: IndexedClaim, other: IndexedClaim, comparison: Comparison, evidence: () => Evidence): string | undefined {
  if (comparison.relation === 'related') return undefined;
  const stance = withStance(claim, other, comparison);
  if (stance.why) return stance.why;
  return setApart(claim, other, comparison, evidence());
}

/** Why the two sentences tell of different events whatever the same-event model says: one rule for relate() and training. */
function setApart(here: IndexedClaim, there: IndexedClaim, comparison: Comparison, evidence: Evidence): string | undefined {
  return backgroundReason(here, there, evidence) ?? harmElsewhere(comparison, evidence) ?? harmItsArticleDenies(here, there, comparison);
}

/** Whether the pair's conflicts are all harm denied against harm reported (harmConflict.ts: type 'negation'). */
function harmConflictsOnly(comparison: Comparison): boolean {
  return comparison.conflicts.length > 0 && comparison.conflicts.every((c) => c.type === 'negation');
}

/**
 * Harm reported against harm denied, where the reporting sentence's own article denies that harm elsewhere
 * (harmConflict.ts reportedHarmItsArticleDenies): "with one [missile] suffering damage" beside "there were no
 * injuries or damages" in one article is damage to the missile, not what "No damage or casualties" denies.
 */
function harmItsArticleDenies(here: IndexedClaim, there: IndexedClaim, comparison: Comparison): string | undefined {
  if (!harmConflictsOnly(comparison)) return undefined;
  const reporter = reportedHarmItsArticleDenies(here, there);
  if (!reporter) return undefined;
  return `${reporter === here ? 'this article' : 'the other source'} itself denies such harm elsewhere, so the harm it reports here is to something else`;
}

/**
 * Harm denied against harm reported, where the two sentences name different places or different people and
 * none in common ("no one was injured when the blaze hit the church" / "her home burned and she was killed"):
 * a denial of harm speaks of its own incident only, and a story holds several.
 */
function harmElsewhere(comparison: Comparison, e: Evidence): string | undefined {
  if (!harmConflictsOnly(comparison)) return undefined;
  if (e.places) return `another place: ${e.places[0]} here, ${e.places[1]} there`;
  if (e.participants) return `about others: ${e.participants[0]} here, ${e.participants[1]} there`;
  return undefined;
}

/**
 * Whether relate() may relate a pair this similar, by the cheap tests it starts with: false means it will not
 * (the story index does not even build such a candidate). `otherMask`: the other's fact mask, when the caller
 * has it at hand (the claim search keeps it per document).
 */
export function mayRelate(claim: IndexedClaim, other: IndexedClaim, similarity: number, otherMask = other.factMask): boolean {
  // Below the lower of the two bars no comparison can keep the pair: leave the facts unread.
  if (similarity < FACT_SIMILARITY) return false;
  // Between the two bars only a shared or disputed fact keeps a pair: most pairs cannot have one.
  return similarity >= RELATED_SIMILARITY || mayShareOrDisputeFact(claim, other, otherMask);
}

/** compareCandidate's comparison alone: relate() runs it for every candidate, without a closure per pair. */
function compareFacts(claim: IndexedClaim, candidate: Candidate): Comparison | undefined {
  if (!mayRelate(claim, candidate.claim, candidate.similarity)) return undefined;
  const { content, speaker } = sharedTerms(claim, candidate);
  if (content + speaker < MIN_SHARED_CONTENT) return undefined;
  const comparison = compareClaims(claim, candidate.claim, candidate.similarity, content, speaker);
  const strongFact = comparison.shared.length > 0 || comparison.conflicts.some((c) => c.type === 'quantity' || c.type === 'negation');
  if (candidate.similarity < (strongFact ? FACT_SIMILARITY : RELATED_SIMILARITY)) return undefined;
  return comparison;
}

/**
 * How a candidate found by the claim search bears on a claim, or undefined when it is not about the same
 * thing. Agreeing and contradicting need the two sentences to tell of the same event, as the learned
 * same-event model judges it; when it is unsure the pair is only related (a false red mark costs a
 * fact-checker more than a missed one). The one rule the story index and the evaluations apply.
 */
export function relate(claim: IndexedClaim, candidate: Candidate): Relating | undefined {
  let byOther = RELATED.get(claim);
  if (!byOther) RELATED.set(claim, (byOther = new Map()));
  const band = bucket(candidate.similarity, SIMILARITY_BARS);
  const known = byOther.get(candidate.claim);
  if (known !== undefined) {
    if (known === band) return undefined;
    if (typeof known === 'object' && known.band === band) return known.value;
  }
  const value = relateNow(claim, candidate);
  byOther.set(candidate.claim, value ? { band, value } : band);
  return value;
}

/**
 * Relating a pair depends on the two indexed claims (their terms, facts and frames, fixed once indexed) and
 * on their similarity only through the bars it passes. An edit re-indexes the edited article's claims only
 * (new objects, so new keys), and its small shift of every idf moves few similarities across a bar: the
 * other pairs' frames, evidence and decisions are kept, per pair of claims, for as long as both claims live.
 */
// A pair that is not related (most of a claim's candidates) is kept as its band alone: a small integer, no
// object per pair for the collector to move (a {band, value} per pair cost a fifth of a 904-article
// cross-reference).
const RELATED = new WeakMap<IndexedClaim, Map<IndexedClaim, number | { band: number; value: Relating }>>();
const SIMILARITY_BARS = [...new Set([FACT_SIMILARITY, RELATED_SIMILARITY, ...COMPARISON_BARS, ...SIMILARITY_BUCKETS])].sort((a, b) => a - b);

function relateNow(claim: IndexedClaim, candidate: Candidate): Relating | undefined {
  const comparison = compareFacts(claim, candidate);
  if (!comparison) return undefined;
  // a question, a report passed on, a denial of something else (stance.ts)
  const stance = withStance(claim, candidate.claim, comparison);
  if (stance.why) return decided(stance.comparison, NaN, stance.why);
  if (comparison.relation === 'related') return decided(comparison, NaN, comparison.withheld ?? 'same subject, no fact to compare');
  const evidence = sameEventEvidence(claim.frame, candidate.claim.frame, candidate.similarity, comparison);
  const apart = setApart(claim, candidate.claim, comparison, evidence);
  if (apart) return { relation: 'related', conflicts: [], shared: [], sameEvent: 0, reason: `${comparison.relation === 'contradicts' ? 'not counted as a contradiction' : 'not counted as agreement'}: ${apart}` };
  const sameEvent = sameEventProbability(evidence.features);
  if (sameEvent < SAME_EVENT_THRESHOLD[comparison.relation]) {
    const why = differentEventReason(evidence) ?? 'not clearly the same event';
    const would = comparison.relation === 'contradicts' ? 'not counted as a contradiction' : 'not counted as agreement';
    return { relation: 'related', conflicts: [], shared: [], sameEvent, reason: `${would}: ${why}` };
  }
  if (comparison.relation === 'contradicts') {
    const kinds = corroboration(evidence);
    if (kinds.length < CONTRADICTS_CORROBORATION) {
      const what = kinds.length ? `only the same ${kinds.join(' and ')}` : 'no shared time, place or people';
      return { relation: 'related', conflicts: [], shared: [], sameEvent, reason: `not counted as a contradiction: not enough to tell it is the same event (${what})` };
    }
  }
  return decided(comparison, sameEvent, reasonFor(claim, candidate.claim, comparison, evidence));
}

/**
 * `{ ...comparison, sameEvent, reason }`, field by field in that order (`withheld` when the comparison has it):
 * comparisons come in several shapes, and a spread of them went to the runtime's slow copy, a tenth of
 * relate()'s time.
 */
function decided(c: Comparison, sameEvent: number, reason: string): Relating {
  if ('withheld' in c) return { relation: c.relation, conflicts: c.conflicts, shared: c.shared, withheld: c.withheld, sameEvent, reason };
  return { relation: c.relation, conflicts: c.conflicts, shared: c.shared, sameEvent, reason };
}

// Dated this many days apart, two sentences tell of two events whatever else they share.
const DAYS_APART = 60;

/**
 * A background mention against the news, or two sentences dated far apart: never the same event, so never
 * agreeing or contradicting ("killed 612 in Zarand in February" is not the toll of Sunday's quake).
 */
function backgroundReason(here: IndexedClaim, there: IndexedClaim, evidence: Evidence): string | undefined {
  const t = evidence.times;
  if (t && t.explicit && t.gap > DAYS_APART) return `another event: ${t.here.text} here, ${t.there.text} there`;
  // Neither sentence dates itself, so each tells of its article's news: two articles dated months apart
  // report two events (or a later one revisits the first: a revised toll is no contradiction either).
  if (t && !here.frame.times.length && !there.frame.times.length && t.gap > DAYS_APART) return `another event: the articles are dated ${describeGap(t.gap)} apart`;
  // A year alone dates no day, but one year each, and not the same ("voters in 2009 approved" / "voters in
  // 2010 approved"), is two events just as well.
  const [ya, yb] = [here.frame.years, there.frame.years];
  if (ya.size === 1 && yb.size === 1) {
    const [a] = ya;
    const [b] = yb;
    if (a !== b) return `another event: ${a} here, ${b} there`;
  }
  // No date line to place them, one sentence dated by a month ("in February", "December 2003"), the other by a
  // weekday ("on Sunday"): news is dated by its day, a month alone recalls an earlier event.
  if (!t) {
    const [dayHere, dayThere] = [dayNamed(here.frame), dayNamed(there.frame)];
    if (here.frame.month && !dayHere && !there.frame.month && dayThere) return `another event: ${here.frame.month} here, ${dayThere} there`;
    if (there.frame.month && !dayThere && !here.frame.month && dayHere) return `another event: ${dayHere} here, ${there.frame.month} there`;
  }
  if (here.frame.offNews !== there.frame.offNews) {
    const old = here.frame.offNews ? here : there;
    return `a background mention (${old.frame.times[0].text}), not the news ${old === here ? 'the other source' : 'this claim'} reports`;
  }
  return undefined;
}

/** The day a sentence dates itself by: a weekday, or a single day its date line resolved ("on Sunday"). */
function dayNamed(frame: IndexedClaim['frame']): string | undefined {
  for (const w of frame.weekdays) return w;
  return frame.times.find((r) => r.from === r.to)?.text;
}

/** Why a relation holds: what differs or matches, who both cite, and what makes it the same event. */
function reasonFor(here: IndexedClaim, there: IndexedClaim, comparison: Comparison, evidence: Evidence): string {
  const parts: string[] = [];
  if (comparison.relation === 'contradicts') {
    const c = comparison.conflicts[0];
    parts.push(`${c.type === 'denial' ? 'one denies what the other reports' : `different ${c.type}`}: “${c.here}” here, “${c.there}” there`);
  } else if (comparison.relation === 'agrees') {
    parts.push(comparison.shared.length ? `same fact: ${comparison.shared[0]}` : 'says the same in other words');
  }
  const source = sharedSource(here.claim.facts, there.claim.facts);
  if (source) parts.push(source);
  const same = sameEventReason(evidence);
  if (same) parts.push(same);
  return parts.join('; ');
}

/** "same speaker" for one person quoted in both, "both cite X" for one cited source. */
function sharedSource(a: Fact[], b: Fact[]): string | undefined {
  for (const f of a) {
    const speaker = f.type === 'quote' ? f.source?.toLowerCase() : undefined;
    if (speaker && b.some((g) => g.type === 'quote' && g.source?.toLowerCase() === speaker)) return `same speaker (${f.source})`;
    if (f.type === 'attribution' && f.sourceKey && b.some((g) => g.type === 'attribution' && g.sourceKey === f.sourceKey)) return `both cite ${f.source}`;
  }
  return undefined;
}
