import type { Claim, Fact, Token } from '../model';
import { SPEECH_VERBS } from '../facts/attributions';

/**
 * Who does what a sentence tells: the organisation or person named last before its first verb that is not
 * one of reporting ("the Red Sox have made him an offer"; "Patrick reported that the Red Sox have made…"),
 * within the clause after that reporting verb; failing a name the entity reader found, the proper nouns just
 * before the verb ("The Angels offered…"). Undefined when no name stands there ("Police said 12 were hurt":
 * the police report, they did not hurt anyone). Sister events are often the same act by someone else
 * (another team's offer for the same player), told in the same words.
 */
export function actorOf(claim: Claim, tokens: readonly Token[]): string | undefined {
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || insideActorName(claim.facts, t)) continue;
    if (SPEECH_VERBS.has(t.lower)) {
      from = t.end;
      continue;
    }
    const fact = lastNameWithin(claim.facts, from, t.start);
    if (fact && joined(claim, fact.span.end, t)) return fact.text;
    return properNounsBefore(tokens, i, from);
  }
  return undefined;
}

// Loops over the facts, not a list of the names and a closure per verb: asked for every claim.
function isActorName(f: Fact): boolean {
  return f.type === 'organization' || f.type === 'person';
}

/** Whether a token is inside an actor's name (an organisation or person fact). */
function insideActorName(facts: readonly Fact[], t: Token): boolean {
  for (const f of facts) if (isActorName(f) && f.span.start <= t.start && t.end <= f.span.end) return true;
  return false;
}

/** The last name (in the facts' order) within [from, to). */
function lastNameWithin(facts: readonly Fact[], from: number, to: number): Fact | undefined {
  let last: Fact | undefined;
  for (const f of facts) if (isActorName(f) && f.span.start >= from && f.span.end <= to) last = f;
  return last;
}

/**
 * A name cut off from the verb by a dash, colon or bracket is not its subject: the agency of a dateline
 * ("BOSTON (AP) — The Angels offered…") or a heading before the sentence. (A module function, not a closure
 * in actorOf: the build keeps function names, which costs a call per closure created, for every claim.)
 */
function joined(claim: Claim, end: number, verb: Token): boolean {
  const base = claim.span.start;
  return !CLAUSE_BREAK.test(claim.text.slice(end - base, verb.start - base));
}

/** The proper nouns right before token `i` (over auxiliaries and adverbs: "the Angels have also offered"), unless a preposition governs them. */
function properNounsBefore(tokens: readonly Token[], i: number, from: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  const end = k;
  while (k >= 0 && tokens[k].pos === 'PROPN' && tokens[k].start >= from) k--;
  // "a bank in Greece killed…": a name after a preposition is not the subject.
  if (k === end || tokens[k]?.pos === 'ADP') return undefined;
  return tokens.slice(k + 1, end + 1).map((t) => t.text).join(' ');
}

const CLAUSE_BREAK = /[—–:;()[\]]|\s-\s/;

/** The words of a name that identify it ("Los Angeles Angels of Anaheim": los, angeles, angels, anaheim). */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && w !== 'the' && w !== 'and');
}
