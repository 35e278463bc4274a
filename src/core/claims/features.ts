// Features of one sentence for the check-worthiness model. Training (scripts/train-checkworthiness.ts)
// and scoring (checkworthiness.ts) both call `featuresOf` on the engine's own `Sentence`, so the model
// sees at runtime exactly what it saw in training. Everything here is one pass over tokens the NLP
// parse already produced: set lookups and string joins, no second parse and no per-token regexes.
import type { Sentence } from '../model';

// Speaker-centred words: talk about oneself or the listener is rarely something a fact-checker checks.
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
// Opinion and stance markers (a small hand list; the learned unigrams refine it).
const OPINION = new Set([
  'think', 'believe', 'feel', 'hope', 'wish', 'want', 'love', 'hate', 'agree', 'disagree', 'opinion',
  'guess', 'suppose', 'seems', 'seem', 'probably', 'maybe', 'perhaps', 'frankly', 'honestly', 'clearly',
  'obviously', 'great', 'terrible', 'wonderful', 'horrible', 'awful', 'disgrace', 'disgraceful',
  'ridiculous', 'stupid', 'beautiful', 'amazing', 'incredible', 'tremendous', 'wrong', 'right', 'best',
  'worst', 'good', 'bad', 'better', 'worse', 'important', 'proud', 'sad', 'shame', 'fantastic',
]);
const MODAL = new Set(['should', 'must', 'would', 'could', 'might', 'may', 'can', 'shall', 'ought', 'will', 'need']);
// Reporting verbs: "X said that …", "according to …" mark an attributed statement of fact.
const REPORTING = new Set([
  'said', 'says', 'told', 'reported', 'reports', 'announced', 'confirmed', 'stated', 'according',
  'claimed', 'claims', 'noted', 'added', 'estimated', 'showed', 'shows', 'found', 'revealed', 'denied',
]);
// Comparisons and superlatives of quantity are the backbone of checkable statistics.
const QUANTITY_WORDS = new Set([
  'percent', 'million', 'billion', 'trillion', 'thousand', 'thousands', 'hundreds', 'millions', 'billions',
  'half', 'twice', 'double', 'tripled', 'doubled', 'more', 'less', 'fewer', 'most', 'least', 'increase',
  'increased', 'decrease', 'decreased', 'rise', 'rose', 'fell', 'cut', 'lowest', 'highest', 'largest', 'record',
]);

/**
 * The value every present feature takes: 4/√n for a sentence that yields n feature names (repeats included,
 * which is cheaper than de-duplicating and nearly the same), so a long sentence does not win just by having
 * more words. Cross-validation
 * on the training set prefers it to plain 0/1 features.
 */
export function featureValue(featureCount: number): number {
  return 4 / Math.sqrt(Math.max(1, featureCount));
}

function bucket(n: number, edges: number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]) b++;
  return b;
}

/**
 * The sentence's features as names ("w:missiles", "pp:NUM_NOUN", "e:DATE", "len:3" …). Binary: a name is
 * present or not, duplicates are harmless (the scorer and the trainer both de-duplicate).
 */
export function featuresOf(sentence: Sentence): string[] {
  const f: string[] = [];
  const tokens = sentence.tokens;
  let words = 0;
  let capitalised = 0;
  let propn = 0;
  let numbers = 0;
  let verbs = 0;
  let firstPerson = false;
  let secondPerson = false;
  let opinion = 0;
  let modal = false;
  let reporting = false;
  let quantity = false;
  let question = false;
  let prevWord = '<s>';
  let prevPos = '<s>';
  for (const t of tokens) {
    if (t.kind === 'punctuation') {
      if (t.text === '?') question = true;
      // Punctuation breaks word bigrams but keeps its place among POS bigrams.
      f.push('pp:' + prevPos + '_P');
      prevPos = 'P';
      prevWord = '<p>';
      continue;
    }
    // Numbers as written ("1,000", "3:25") are collapsed to their kind: the value is not the signal.
    const w = t.kind === 'number' || t.kind === 'ordinal' ? '<' + t.kind + '>' : t.normal;
    f.push('w:' + w, 'b:' + prevWord + '_' + w, 'p:' + t.pos, 'pp:' + prevPos + '_' + t.pos);
    prevWord = w;
    prevPos = t.pos;
    if (t.kind !== 'word') {
      if (t.kind === 'number' || t.kind === 'currency') numbers++;
      f.push('k:' + t.kind);
      continue;
    }
    words++;
    const c = t.text.charCodeAt(0);
    if (c >= 65 && c <= 90) capitalised++;
    if (t.pos === 'PROPN') propn++;
    else if (t.pos === 'NUM') numbers++;
    else if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
    const n = t.normal;
    if (FIRST_PERSON.has(n)) firstPerson = true;
    else if (SECOND_PERSON.has(n)) secondPerson = true;
    if (OPINION.has(n)) opinion++;
    if (MODAL.has(n)) modal = true;
    if (REPORTING.has(n)) reporting = true;
    if (QUANTITY_WORDS.has(n)) quantity = true;
  }
  f.push('b:' + prevWord + '_</s>', 'pp:' + prevPos + '_</s>');
  for (const e of sentence.entities) f.push('e:' + e.type);
  f.push('len:' + bucket(words, [4, 7, 11, 16, 24, 35]));
  f.push('propn:' + bucket(propn, [1, 2, 4]));
  f.push('num:' + bucket(numbers, [1, 2]));
  if (verbs === 0) f.push('noverb');
  if (question) f.push('question');
  if (firstPerson) f.push('1st');
  if (secondPerson) f.push('2nd');
  if (opinion) f.push('opinion:' + bucket(opinion, [1, 2]));
  if (modal) f.push('modal');
  if (reporting) f.push('reporting');
  if (quantity) f.push('quantity');
  if (words >= 3 && capitalised >= 0.7 * words) f.push('titlecase');
  const last = tokens[tokens.length - 1];
  if (!last || last.kind !== 'punctuation') f.push('noend');
  return f;
}
