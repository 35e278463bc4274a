// "Why is this a claim?": the model's features grouped into the kinds of fact a fact-checker looks for,
// so the hover and the Claims view can say "a count · an attribution · a date" instead of a bare score.
// A group's share of the score is the sum of its features' weights in the sentence (a linear model adds them
// up), so the signals named are exactly what raised this sentence's score, largest first.
import { BIGRAM, CHAR, ENTITY, FLAG, KIND, POS, POS_PAIR, PREFIXES, WORD } from './features';
import { IS_AMOUNT, IS_COMPARISON, IS_DATE, IS_HARM, IS_REPORTING, wordLists } from './featureWords';

/** The groups, in fact-checker words. Index = group number. */
export const SIGNAL_WORDS = [
  'a count', // 0
  'a percentage', // 1
  'a sum of money', // 2
  'a date', // 3
  'an attribution', // 4
  'a named person, place or body', // 5
  'a comparison', // 6
  'casualties or damage', // 7: reported, or reported as none ("No damage or casualties were recorded")
  'wording often checked', // 8: said with its strongest word, see topSignals
  'the shape of a statement', // 9: length, parts of speech — true of most sentences, never worth saying
  'tone (opinion, questions, first person)', // 10: almost always against a claim
] as const;
const COUNT = 0;
const PERCENT = 1;
const MONEY = 2;
const DATE = 3;
const ATTRIBUTION = 4;
const NAME = 5;
const COMPARISON = 6;
const OUTCOME = 7;
/** The group of plain wording (words and character n-grams on no list). */
export const WORDING = 8;
const SHAPE = 9;
const TONE = 10;
/** Groups never named as a reason: they are about form, not about a fact in the sentence. */
const UNSAID = new Set([SHAPE, TONE]);

const ENTITY_GROUP: Record<string, number> = {
  CARDINAL: COUNT, ORDINAL: COUNT, PERCENT, MONEY, DATE, TIME: DATE, DURATION: DATE,
};
const FLAG_GROUP: Record<string, number> = {
  num1: COUNT, num2: COUNT, amount: COUNT, propn1: NAME, propn2: NAME, propn3: NAME, reporting: ATTRIBUTION,
  comparison: COMPARISON, negharm: OUTCOME,
};

function wordGroup(w: string): number {
  if (w === '<number>' || w === '<ordinal>') return COUNT;
  if (w === '%' || w === 'percent') return PERCENT;
  if (w === '$' || w === 'dollars' || w === '€' || w === '£') return MONEY;
  const bits = wordLists(w);
  if (bits & IS_REPORTING) return ATTRIBUTION;
  if (bits & IS_HARM) return OUTCOME;
  if (bits & IS_DATE) return DATE;
  if (bits & IS_AMOUNT) return COUNT;
  if (bits & IS_COMPARISON) return COMPARISON;
  return WORDING;
}

/** The group a feature name of the model is credited to. */
export function signalGroupOf(name: string): number {
  const at = name.indexOf(':');
  const prefix = name.slice(0, at + 1);
  const key = name.slice(at + 1);
  switch (PREFIXES.indexOf(prefix)) {
    case WORD:
      return wordGroup(key);
    case CHAR:
      return WORDING;
    case BIGRAM: {
      // "b:<number>_missiles" is about the count, "b:officials_said" about the attribution
      const parts = key.split('_').map(wordGroup);
      return parts.find((g) => g !== WORDING) ?? WORDING;
    }
    case POS:
    case POS_PAIR:
      return key.includes('PROPN') ? NAME : key.includes('NUM') ? COUNT : SHAPE;
    case KIND:
      return key === 'currency' ? MONEY : key === 'number' || key === 'ordinal' ? COUNT : SHAPE;
    case ENTITY:
      return ENTITY_GROUP[key] ?? SHAPE;
    case FLAG:
      return FLAG_GROUP[key] ?? (/^(opinion|1st|2nd|modal|question)/.test(key) ? TONE : SHAPE);
    default:
      return SHAPE;
  }
}

/** Below this share of the logit a group is not worth naming. */
const MIN_SHARE = 0.2;

/** The reason a rule outside the model gives for lifting a score (newsFacts.ts). */
export const OUTCOME_WORDS = SIGNAL_WORDS[OUTCOME];

/**
 * The two or three groups that raised the score most, in fact-checker words, largest first. `shares` and
 * `topWord` are FeatureScorer.contributions; `extra` are reasons outside the model (a rule's lift), said
 * first. Plain wording is a reason of last resort (it is spread over every word, so its share is often the
 * largest while saying the least): named only when fewer than two kinds of fact are, with its strongest word.
 */
export function topSignals(shares: ArrayLike<number>, topWord: string | undefined, max = 3, extra: string[] = []): string[] {
  const ranked = Array.from({ length: SIGNAL_WORDS.length }, (_, g) => g)
    .filter((g) => g !== WORDING && !UNSAID.has(g) && shares[g] >= MIN_SHARE)
    .sort((a, b) => shares[b] - shares[a] || a - b)
    .map((g) => SIGNAL_WORDS[g] as string);
  const out = [...extra];
  for (const s of ranked) if (!out.includes(s)) out.push(s);
  if (out.length < 2 && shares[WORDING] >= MIN_SHARE) out.push(topWord ? `${SIGNAL_WORDS[WORDING]} (“${topWord}”)` : SIGNAL_WORDS[WORDING]);
  return out.slice(0, max);
}
