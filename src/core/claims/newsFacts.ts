// News facts that debate transcripts (the model's training data) rarely state, so the model under-scores
// them: a reported harm ("Rebel leader wounded in airstrike, officials say") and, above all, harm reported as
// none ("No damage or casualties were recorded.", "Nobody was hurt."). Short and without names or numbers,
// such a sentence scores low, yet it is exactly what a second source contradicts ("hit an ammunition depot"),
// so a fact-checker wants it checked.
import { NEGATED_HARM } from './features';
import { IS_HARM } from './featureWords';

/** How far towards 1 a reported harm lifts the model's score (0.3: from 0.4 to 0.58). */
const HARM_LIFT = 0.3;
/** … and harm reported as none (0.6: from 0.1 to 0.64), which the model has almost never seen. */
const NEGATED_HARM_LIFT = 0.6;

/**
 * A share in [0, 1) by which the score is moved towards 1; 0 for most sentences. `walked` is what
 * walkFeatures returned for the sentence (its word-list bits), so the rule costs no second pass.
 */
export function newsLift(walked: number): number {
  if (walked & NEGATED_HARM) return NEGATED_HARM_LIFT;
  return walked & IS_HARM ? HARM_LIFT : 0;
}
