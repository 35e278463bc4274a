import type { Claim, Fact, Token } from '../model';
import { SPEECH_VERBS } from '../facts/attributions';

/**
 * Who does what a sentence tells: the organisation or person named last before its first verb that is not
 * one of reporting ("the Red Sox have made him an offer"; "Patrick reported that the Red Sox have made…"),
 * within the clause after that reporting verb. Undefined when no name stands there ("Police said 12 were
 * hurt": the police report, they did not hurt anyone). Sister events are often the same act by someone else
 * (another team's offer for the same player), told in the same words.
 */
export function actorOf(claim: Claim, tokens: readonly Token[]): Fact | undefined {
  const named = claim.facts.filter((f) => f.type === 'organization' || f.type === 'person');
  if (!named.length) return undefined;
  let from = 0;
  for (const t of tokens) {
    if (t.pos !== 'VERB' || named.some((f) => f.span.start <= t.start && t.end <= f.span.end)) continue;
    if (SPEECH_VERBS.has(t.lower)) {
      from = t.end;
      continue;
    }
    return named.filter((f) => f.span.start >= from && f.span.end <= t.start).pop();
  }
  return undefined;
}

/** The words of a name that identify it ("Los Angeles Angels of Anaheim": los, angeles, angels, anaheim). */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && w !== 'the' && w !== 'and');
}
