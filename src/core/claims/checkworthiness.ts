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

const weights = new Map<string, number>(Object.entries(model.weights));
const bias: number = model.bias;

/** The learned model's probability that the sentence is check-worthy, before the boilerplate rules. */
export function modelScore(sentence: Sentence): number {
  const names = new Set(featuresOf(sentence));
  let sum = 0;
  for (const name of names) sum += weights.get(name) ?? 0;
  return 1 / (1 + Math.exp(-(bias + featureValue(names.size) * sum)));
}

/** Check-worthiness in [0, 1]: how much a fact-checker would want to check this sentence. */
export function scoreSentence(sentence: Sentence): number {
  return modelScore(sentence) * boilerplateFactor(sentence);
}
