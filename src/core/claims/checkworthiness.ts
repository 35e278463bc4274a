// Check-worthiness of a sentence: a learned score (logistic regression over features.ts, trained by
// scripts/train-checkworthiness.ts on ClaimBuster debate sentences) tempered by rules for what the debate
// data never shows: news page furniture, section labels, stray headlines (boilerplate.ts).
import type { Sentence } from '../model';
import { boilerplateFactor } from './boilerplate';
import { featuresOf, featureValue } from './features';
import model from './checkworthinessModel.json';

/**
 * Sentences scoring at least this are claims. The model's probabilities are calibrated on data where 29 % of
 * sentences are check-worthy; 0.5 is its break-even point (best F1 in cross-validation is near it), and it
 * keeps news sentences with names, numbers and attributions while dropping opinion and talk. Configurable by
 * callers; see `npm run eval -- claimbuster` for precision/recall at this value.
 */
export const DEFAULT_CLAIM_THRESHOLD = 0.5;

// Feature name -> slot; `weights[slot]` is its weight. Slots let a sentence's repeated features count once
// (features are binary) with a stamp per slot instead of a Set of strings, which was most of the cost.
const slots = new Map<string, number>(Object.keys(model.weights).map((name, i) => [name, i]));
const weights = Float64Array.from(Object.values(model.weights));
const bias: number = model.bias;
const seen = new Uint32Array(weights.length);
let stamp = 0;

/** The learned model's probability that the sentence is check-worthy, before the boilerplate rules. */
export function modelScore(sentence: Sentence): number {
  const names = featuresOf(sentence);
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) seen.fill(0);
  let sum = 0;
  for (const name of names) {
    const slot = slots.get(name);
    if (slot === undefined || seen[slot] === stamp) continue;
    seen[slot] = stamp;
    sum += weights[slot];
  }
  return 1 / (1 + Math.exp(-(bias + featureValue(names.length) * sum)));
}

/** Check-worthiness in [0, 1]: how much a fact-checker would want to check this sentence. */
export function scoreSentence(sentence: Sentence): number {
  return modelScore(sentence) * boilerplateFactor(sentence);
}
