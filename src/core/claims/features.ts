// The one definition of the check-worthiness features. `walkFeatures` visits every feature of a sentence,
// in order, and hands it to a sink: `featuresOf` (below) turns them into names for training, and the
// FeatureScorer (featureScorer.ts) into weight-table slots at runtime without building any name. Both see
// the same walk, so the model scores at runtime exactly what it was trained on. Everything is one pass over
// the tokens the NLP parse already produced: no second parse, no per-token regexes.
import type { Sentence } from '../model';
import * as words from './featureWords';

// Local copies of the word-list bits: a module's exports are read through getters when the code runs from
// source (tsx, the tests and the bench), which costs in a per-token loop.
const { IS_AMOUNT, IS_COMPARISON, IS_FIRST_PERSON, IS_HARM, IS_MODAL, IS_NEGATOR, IS_OPINION, IS_REPORTING, IS_SECOND_PERSON } = words;
const wordLists = words.wordLists;

/** Feature tables; a feature's name is its table's prefix and its key ("w:missiles", "pp:NUM_NOUN", "f:len3"). */
export const WORD = 0; // w:<word>   the word's normal form, numbers collapsed to <number> / <ordinal>
export const CHAR = 1; // c:<chars>  a character 3- or 4-gram of a word, with a space marking its edges (see below)
export const BIGRAM = 2; // b:<prev>_<word>
export const POS = 3; // p:<tag>
export const POS_PAIR = 4; // pp:<prev>_<tag>
export const KIND = 5; // k:<token kind> of a non-word token (number, currency, …)
export const ENTITY = 6; // e:<wink entity type>
export const FLAG = 7; // f:<sentence-level fact> (length bucket, has a question, first person, …)
export const PREFIXES = ['w:', 'c:', 'b:', 'p:', 'pp:', 'k:', 'e:', 'f:'];
/** The tables whose keys are pairs, joined by "_" in the name. */
export const PAIR_TABLES = [BIGRAM, POS_PAIR];

/**
 * Receives the features of one sentence, in the order `walkFeatures` visits them. Every feature counts once
 * per sentence, however often it occurs, except the character n-grams: those of a word are one set, counted
 * once per distinct word of the sentence, so "c:ile" counts twice in "missile and projectile". That lets the
 * scorer add a word's n-grams as one precomputed sum instead of one lookup each (most of their cost).
 */
export interface FeatureSink {
  /**
   * A word or number token's "w:" feature, then, for a word's first occurrence in the sentence, the "c:"
   * features of `charNgrams(w)`. Returns `wordLists(w)`, which a sink that caches per word can give without a
   * second lookup.
   */
  word(w: string, chars: boolean): number;
  one(table: number, key: string): void;
  pair(table: number, a: string, b: string): void;
}

/**
 * The value every present feature takes: 4/√n for a sentence that yields n features (repeats included,
 * which is cheaper than de-duplicating and nearly the same), so a long sentence does not win just by having
 * more words. Cross-validation prefers it to plain 0/1 features.
 */
export function featureValue(featureCount: number): number {
  return 4 / Math.sqrt(Math.max(1, featureCount));
}

/** The distinct character 3- and 4-grams of " word ": spelling shared by related words ("missile", "missiles"). */
export function charNgrams(w: string): string[] {
  const padded = ' ' + w + ' ';
  const out = new Set<string>();
  for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) out.add(padded.slice(i, i + n));
  return [...out];
}

function bucket(n: number, edges: number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]) b++;
  return b;
}

// Flag keys, precomputed so the walk builds no string.
const LEN = ['len0', 'len1', 'len2', 'len3', 'len4', 'len5', 'len6'];
const PROPN = ['propn0', 'propn1', 'propn2', 'propn3'];
const NUM = ['num0', 'num1', 'num2'];
const OPINIONS = ['opinion0', 'opinion1', 'opinion2'];

const NUMBER_WORD = '<number>';
const ORDINAL_WORD = '<ordinal>';

/** Closing punctuation the walk ignores at the end of a sentence (a question mark is kept: it is a signal). */
const FINAL = new Set(['.', '!', '…', '"', '”', '’', "'", '»', ')', ']']);

/** Bit of `walkFeatures`'s result: a harm word negated by "no", "none", "nobody"… ("No damage was recorded"). */
export const NEGATED_HARM = 1 << 20;

/**
 * Visits the sentence's features. The final period (and closing quotes or brackets) is not seen: a headline
 * without one ("Rebel leader wounded in airstrike, officials say") reads as the same sentence with one, which
 * the debate transcripts the model learns from always have. Returns the IS_* bits of every word of the
 * sentence (or-ed), plus NEGATED_HARM: what the rules of newsFacts.ts read, without a second pass.
 * `tokenLists` (optional, at least as long as the sentence): each word's bits are also written at its token's
 * index, for boilerplate.ts's rules (other slots are left as they were).
 */
export function walkFeatures(sentence: Sentence, sink: FeatureSink, tokenLists?: Int32Array): number {
  const tokens = sentence.tokens;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].kind === 'punctuation' && FINAL.has(tokens[end - 1].text)) end--;
  let words = 0;
  let capitalised = 0;
  let propn = 0;
  let numbers = 0;
  let verbs = 0;
  let lists = 0; // IS_* bits of every word, or-ed
  let opinion = 0;
  let negatedHarm = false;
  let question = false;
  let prevWord = '<s>';
  let prevPos = '<s>';
  for (let i = 0; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'punctuation') {
      if (t.text === '?') question = true;
      // Punctuation breaks word bigrams but keeps its place among POS bigrams.
      sink.pair(POS_PAIR, prevPos, 'P');
      prevPos = 'P';
      prevWord = '<p>';
      continue;
    }
    // Numbers as written ("1,000", "3:25") are collapsed to their kind: the value is not the signal.
    const isWord = t.kind === 'word';
    const w = t.kind === 'number' ? NUMBER_WORD : t.kind === 'ordinal' ? ORDINAL_WORD : t.normal;
    const bits = sink.word(w, isWord);
    if (tokenLists !== undefined) tokenLists[i] = bits;
    sink.pair(BIGRAM, prevWord, w);
    sink.one(POS, t.pos);
    sink.pair(POS_PAIR, prevPos, t.pos);
    prevWord = w;
    prevPos = t.pos;
    if (!isWord) {
      if (t.kind === 'number' || t.kind === 'currency') numbers++;
      sink.one(KIND, t.kind);
      continue;
    }
    words++;
    const c = t.text.charCodeAt(0);
    if (c >= 65 && c <= 90) capitalised++;
    if (t.pos === 'PROPN') propn++;
    else if (t.pos === 'NUM') numbers++;
    else if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
    // "did not confirm the damage" negates a verb, not the outcome: only "no/none/nobody … <harm>" counts
    if (bits & IS_HARM && t.negated && lists & IS_NEGATOR) negatedHarm = true;
    lists |= bits;
    if (bits & IS_OPINION) opinion++;
  }
  sink.pair(BIGRAM, prevWord, '</s>');
  sink.pair(POS_PAIR, prevPos, '</s>');
  for (const e of sentence.entities) sink.one(ENTITY, e.type);
  sink.one(FLAG, LEN[bucket(words, [4, 7, 11, 16, 24, 35])]);
  sink.one(FLAG, PROPN[bucket(propn, [1, 2, 4])]);
  sink.one(FLAG, NUM[bucket(numbers, [1, 2])]);
  if (verbs === 0) sink.one(FLAG, 'noverb');
  if (question) sink.one(FLAG, 'question');
  if (lists & IS_FIRST_PERSON) sink.one(FLAG, '1st');
  if (lists & IS_SECOND_PERSON) sink.one(FLAG, '2nd');
  if (opinion) sink.one(FLAG, OPINIONS[bucket(opinion, [1, 2])]);
  if (lists & IS_MODAL) sink.one(FLAG, 'modal');
  if (lists & IS_REPORTING) sink.one(FLAG, 'reporting');
  if (lists & IS_AMOUNT) sink.one(FLAG, 'amount');
  if (lists & IS_COMPARISON) sink.one(FLAG, 'comparison');
  if (words >= 3 && capitalised >= 0.7 * words) sink.one(FLAG, 'titlecase');
  if (negatedHarm) sink.one(FLAG, 'negharm');
  return negatedHarm ? lists | NEGATED_HARM : lists;
}

/** Collects the walk as feature names: what the trainer fits and what the model file lists. */
class NameSink implements FeatureSink {
  readonly names: string[] = [];
  private readonly words = new Set<string>();
  word(w: string, chars: boolean): number {
    this.names.push(PREFIXES[WORD] + w);
    if (chars && !this.words.has(w)) {
      this.words.add(w);
      for (const g of charNgrams(w)) this.names.push(PREFIXES[CHAR] + g);
    }
    return wordLists(w);
  }
  one(table: number, key: string): void {
    this.names.push(PREFIXES[table] + key);
  }
  pair(table: number, a: string, b: string): void {
    this.names.push(PREFIXES[table] + a + '_' + b);
  }
}

/**
 * The sentence's features as names ("w:missiles", "c:mis", "pp:NUM_NOUN", "e:DATE", "f:len3" …), repeats
 * included (their number sets `featureValue`). The scorer and the trainer count each name once, except "c:"
 * names, which count as often as they are listed (once per distinct word that has them): `countsOnce`.
 */
export function featuresOf(sentence: Sentence): string[] {
  const sink = new NameSink();
  walkFeatures(sentence, sink);
  return sink.names;
}

/** Whether a feature name counts once per sentence (all but the character n-grams, see FeatureSink). */
export function countsOnce(name: string): boolean {
  return !name.startsWith(PREFIXES[CHAR]);
}
