// Check-worthiness of a sentence: a learned score (logistic regression over features.ts, trained by
// scripts/train-checkworthiness.ts on ClaimBuster debate sentences) tempered by rules for what the debate
// data never shows: news page furniture, section labels, stray headlines (boilerplate.ts).
import type { Sentence } from '../model';
import { boilerplateFactor } from './boilerplate';
import { FeatureScorer, featuresOf } from './features';
import model from './checkworthinessModel.json';

/**
 * Sentences scoring at least this are claims. The model's probabilities are calibrated on data where 29 % of
 * sentences are check-worthy; 0.5 is its break-even point (best F1 in cross-validation is near it), and it
 * keeps news sentences with names, numbers and attributions while dropping opinion and talk. Configurable by
 * callers; see `npm run eval -- claimbuster` for precision/recall at this value.
 */
export const DEFAULT_CLAIM_THRESHOLD = 0.5;

// The model compiled into slot tables: a sentence is scored without building its feature names, which was most
// of the cost (FeatureScorer in features.ts gives bit-for-bit the score of the names `featuresOf` lists).
const scorer = new FeatureScorer(Object.keys(model.weights), Object.values(model.weights));
const bias: number = model.bias;

/** The learned model's probability that the sentence is check-worthy, before the boilerplate rules. */
export function modelScore(sentence: Sentence): number {
  return 1 / (1 + Math.exp(-scorer.logit(sentence, bias)));
}

/** `modelScore` computed from the names `featuresOf` lists: the definition the fast scorer must match (tests). */
export function modelScoreOfNames(sentence: Sentence): number {
  return 1 / (1 + Math.exp(-scorer.logitOfNames(featuresOf(sentence), bias)));
}

/** Check-worthiness in [0, 1]: how much a fact-checker would want to check this sentence. */
export function scoreSentence(sentence: Sentence): number {
  return modelScore(sentence) * boilerplateFactor(sentence);
}
