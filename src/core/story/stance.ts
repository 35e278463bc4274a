import type { Comparison } from './compareClaims';
import type { Token } from '../model';
import type { IndexedClaim } from './indexedClaim';

/**
 * How a sentence holds what it says. `asserted`: stated as fact (attributed the usual news way, "officials
 * said", still counts: nearly every fact in news is). `reported`: passed on without being vouched for
 * ("reportedly", "allegedly", "unconfirmed reports", "may have"). `questioned`: asked, not said.
 */
export type Stance = 'asserted' | 'reported' | 'questioned';

// Words by which a writer passes a statement on without vouching for it: closed-class hedges, the same in any
// story. Reporting verbs ("said", "told", "claimed") are not among them: nearly every fact in news is
// attributed, and two sources reporting one ministry's claim alike do agree on it (the story index marks
// such agreement as not independent, `sameSource`).
const HEDGES = new Set([
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'ostensibly', 'rumored', 'rumoured', 'rumor', 'rumors',
  'rumour', 'rumours', 'unconfirmed', 'unverified', 'speculation', 'speculated', 'alleged',
]);
// Modals that turn a statement into a possibility ("may have been killed").
const POSSIBILITY = new Set(['may', 'might', 'could']);

const STANCES = new WeakMap<IndexedClaim, { stance: Stance; cue: string }>();

/** The sentence's stance and the word that shows it ("reportedly", "?"); the cue is '' when asserted. */
export function stanceOf(claim: IndexedClaim): { stance: Stance; cue: string } {
  let s = STANCES.get(claim);
  if (!s) STANCES.set(claim, (s = computeStance(claim)));
  return s;
}

function computeStance(claim: IndexedClaim): { stance: Stance; cue: string } {
  if (/\?["'”’)\]]*\s*$/.test(claim.claim.text)) return { stance: 'questioned', cue: '?' };
  for (const t of claim.tokens) {
    if (t.kind !== 'word') continue;
    if (HEDGES.has(t.lower)) return { stance: 'reported', cue: t.text };
    if (POSSIBILITY.has(t.lower) && t.pos === 'AUX') return { stance: 'reported', cue: t.text };
  }
  return { stance: 'asserted', cue: '' };
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/**
 * Whether the other sentence's denial word bears on what this claim says: a content word of the claim
 * within the denial's clause ("denied reports that the troops crossed the border" against "troops crossed
 * the border"), not a negation about something else in the sentence ("denied it, but confirmed the strike").
 */
export function deniesThisClaim(claim: IndexedClaim, other: IndexedClaim): boolean {
  // The clause ends at a semicolon, "but", or a full stop; a comma may still be inside it.
  return other.denial >= 0 && inDenialClause(other, claim.plainWords, (t) => t.text === ';' || t.lower === 'but' || t.lower === 'while' || t.lower === 'although');
}

/** Whether a content word of the denial's clause, up to the token `ends` says closes it, is among `words`. */
function inDenialClause(denier: IndexedClaim, words: ReadonlySet<string>, ends: (t: Token) => boolean): boolean {
  for (let i = denier.denial + 1; i < denier.tokens.length; i++) {
    const t = denier.tokens[i];
    if (ends(t)) break;
    if (t.kind === 'word' && CONTENT_POS.has(t.pos) && words.has(t.lower)) return true;
  }
  return false;
}

/**
 * The comparison as the two sentences' stances allow it (relate.ts calls this after compareClaims):
 * - a question asserts nothing, so it neither agrees nor contradicts;
 * - the other source only passing a report on ("reportedly") observes the claim, it does not corroborate it;
 * - a denial counts against the claim only when it denies what the claim says.
 * Returns the comparison unchanged, or `related` with the reason it was set back.
 */
export function withStance(claim: IndexedClaim, other: IndexedClaim, comparison: Comparison): { comparison: Comparison; why?: string } {
  if (comparison.relation === 'related') return { comparison };
  const asked = [stanceOf(claim), stanceOf(other)].find((s) => s.stance === 'questioned');
  const setBack = (why: string) => ({ comparison: { relation: 'related' as const, conflicts: [], shared: [] }, why });
  if (asked) return setBack(`${comparison.relation === 'agrees' ? 'not counted as agreement' : 'not counted as a contradiction'}: a question, not a statement`);
  if (comparison.relation === 'agrees') {
    const there = stanceOf(other);
    if (there.stance === 'reported') return setBack(`not counted as agreement: the other source only reports it (“${there.cue}”)`);
    return { comparison };
  }
  const denials = comparison.conflicts.filter((c) => c.type === 'denial');
  if (denials.length && denials.length === comparison.conflicts.length) {
    const denier = claim.denial >= 0 ? claim : other;
    const reporter = denier === claim ? other : claim;
    if (!deniesThisClaim(reporter, denier)) return setBack('not counted as a contradiction: the denial is about something else');
    // A denial answers a statement, not a rumour passed on ("was among those rumored to be…") nor a sentence
    // that says it is not so as well ("insisted he was not…", which agrees with the denial).
    const held = stanceOf(reporter);
    if (held.stance === 'reported') return setBack(`not counted as a contradiction: what is denied is only reported there (“${held.cue}”)`);
    if (negatesDenied(reporter, denier)) return setBack('not counted as a contradiction: both say it is not so');
  }
  return { comparison };
}

/** Whether the reporter negates a content word of the denial's clause, up to a comma ("he was not Deep Throat"). */
function negatesDenied(reporter: IndexedClaim, denier: IndexedClaim): boolean {
  return inDenialClause(denier, reporter.negatedWords, (t) => t.text === ';' || t.text === ',' || t.lower === 'but');
}
