// News facts that debate transcripts (the model's training data) never state, so the model cannot learn
// them: a reported outcome in the negative ("No damage or casualties were recorded.", "Nobody was hurt.").
// Short and without names or numbers, such a sentence scores low, yet it is exactly what a second source
// contradicts ("hit an ammunition depot"), so a fact-checker wants it checked.
import type { Sentence } from '../model';
import { IS_HARM, wordLists } from './featureWords';

/** How far towards 1 a reported negative outcome lifts the model's score (0.6: from 0.1 to 0.64). */
const NEGATED_HARM_LIFT = 0.6;
/** Words that negate the harm word itself ("no damage", "none were injured", "nobody was hurt", "zero deaths"). */
const NEGATORS = new Set(['no', 'none', 'nobody', 'zero', 'neither', 'nor']);

/** A share in [0, 1) by which the score is moved towards 1; 0 for almost every sentence. */
export function newsLift(sentence: Sentence): number {
  const tokens = sentence.tokens;
  let negator = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (NEGATORS.has(t.normal)) negator = true;
    // "did not confirm the damage" negates a verb, not the outcome: only "no/none/nobody … <harm>" counts
    else if (negator && t.negated && wordLists(t.normal) & IS_HARM) return NEGATED_HARM_LIFT;
  }
  return 0;
}
