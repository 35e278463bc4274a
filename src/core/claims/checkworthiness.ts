// Check-worthiness of a sentence: a learned score (logistic regression over features.ts, trained by
// scripts/train-checkworthiness.ts on CLEF-2024 CheckThat! and ClaimBuster debate sentences, calibrated on
// CLEF-2024 dev) tempered by rules for what the debate data never shows: news page furniture, section
// labels, stray headlines (boilerplate.ts), and news facts debates do not state (newsFacts.ts).
import type { Sentence } from '../model';
import { boilerplateFactor } from './boilerplate';
import { featuresOf } from './features';
import { FeatureScorer } from './featureScorer';
import { newsLift } from './newsFacts';
import { OUTCOME_WORDS, signalGroupOf, SIGNAL_WORDS, topSignals, WORDING } from './signals';
import model from './checkworthinessModel.json';

/**
 * Sentences scoring at least this are claims: the threshold with the best F1 on CLEF-2024 dev, chosen by the
 * training script among 0.20, 0.25, … 0.80 and stored with the model (0.40 for the shipped model). Scores are
 * calibrated on that split: of the dev sentences scored about 0.7, about 70 % are check-worthy (the reliability
 * table of `npm run eval -- checkthat2024`). Configurable by callers (`--threshold`).
 */
export const DEFAULT_CLAIM_THRESHOLD: number = model.threshold;

// The model compiled into slot tables: a sentence is scored without building its feature names (see
// featureScorer.ts), each weight credited to the signal group signals.ts gives its name.
const names = Object.keys(model.weights);
const scorer = new FeatureScorer(names, Object.values(model.weights), names.map(signalGroupOf), SIGNAL_WORDS.length, WORDING);
const bias: number = model.bias;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The learned model's calibrated probability that the sentence is check-worthy, before the rules. */
export function modelScore(sentence: Sentence): number {
  return sigmoid(scorer.logit(sentence, bias));
}

/** `modelScore` computed from the names `featuresOf` lists: the definition the fast scorer must match (tests). */
export function modelScoreOfNames(sentence: Sentence): number {
  return sigmoid(scorer.logitOfNames(featuresOf(sentence), bias));
}

/** Check-worthiness in [0, 1]: how much a fact-checker would want to check this sentence. */
export function scoreSentence(sentence: Sentence): number {
  const p = modelScore(sentence);
  const lift = newsLift(scorer.lastWalk);
  // A lift moves the score towards 1 by that share of the way: a rule can raise a score, never past 1.
  return (lift > 0 ? 1 - (1 - p) * (1 - lift) : p) * boilerplateFactor(sentence, scorer.lastTokenLists);
}

/**
 * The two or three kinds of fact that raised the sentence's score most ("a count", "an attribution", "a date"),
 * in words a fact-checker uses; empty when nothing in particular did. Computed on demand (hover, Claims view,
 * `analyze --json`), not while scoring.
 */
export function scoreSignals(sentence: Sentence, max = 3): string[] {
  const { shares, topWord } = scorer.contributions(sentence);
  return topSignals(shares, topWord, max, newsLift(scorer.lastWalk) > 0 ? [OUTCOME_WORDS] : []);
}
