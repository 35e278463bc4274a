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

const NONE = -1;
const IS_FIRST_PERSON = 1;
const IS_SECOND_PERSON = 2;
const IS_OPINION = 4;
const IS_MODAL = 8;
const IS_REPORTING = 16;
const IS_QUANTITY = 32;
/** Distinct words whose slots are kept (a story has far fewer; the cache starts over beyond this). */
const MAX_CACHED_WORDS = 100_000;

interface WordInfo {
  slot: number | undefined;
  next: Map<string, number> | undefined;
  lists: number;
}

interface TagInfo {
  slot: number | undefined;
  next: Map<string, number> | undefined;
}

/**
 * A linear model over `featuresOf`, scored without building the feature names: every name of the model is
 * compiled once into slot tables (a word → its "w:" slot, previous word → next word → its "b:" slot, …), and
 * `logit` walks the tokens exactly as `featuresOf` does, visiting the same features in the same order.
 * Each feature present counts once (the first time it is seen), weights are added in the order `featuresOf`
 * lists the names, and the feature count is that of the names, so the result is bit-for-bit the one of
 * `logitOfNames(featuresOf(sentence))` (test/unit/checkworthiness.test.ts checks this on real sentences).
 */
export class FeatureScorer {
  private readonly slots: Map<string, number>;
  private readonly weights: Float64Array;
  private readonly seen: Uint32Array;
  private stamp = 0;
  private sum = 0;
  // "w:<word>", "p:<pos>", "k:<kind>", "e:<type>": the part after the prefix → slot.
  private readonly word = new Map<string, number>();
  private readonly pos = new Map<string, number>();
  private readonly kind = new Map<string, number>();
  private readonly entity = new Map<string, number>();
  // "b:<prev>_<next>", "pp:<prev>_<next>": prev → next → slot, for every way the name splits at an underscore
  // (so a word holding "_" finds its slot exactly when the joined name would).
  private readonly bigram = new Map<string, Map<string, number>>();
  private readonly posPair = new Map<string, Map<string, number>>();
  private readonly words = new Map<string, WordInfo>();
  private readonly tags = new Map<string, TagInfo>();
  private readonly len: Int32Array;
  private readonly propn: Int32Array;
  private readonly num: Int32Array;
  private readonly opinion: Int32Array;
  private readonly noverb: number;
  private readonly question: number;
  private readonly first: number;
  private readonly second: number;
  private readonly modal: number;
  private readonly reporting: number;
  private readonly quantity: number;
  private readonly titlecase: number;
  private readonly noend: number;

  constructor(names: readonly string[], weights: readonly number[]) {
    this.slots = new Map(names.map((name, i) => [name, i]));
    this.weights = Float64Array.from(weights);
    this.seen = new Uint32Array(weights.length);
    const pairs = (table: Map<string, Map<string, number>>, rest: string, slot: number) => {
      for (let at = rest.indexOf('_'); at >= 0; at = rest.indexOf('_', at + 1)) {
        const prev = rest.slice(0, at);
        let next = table.get(prev);
        if (!next) table.set(prev, (next = new Map()));
        next.set(rest.slice(at + 1), slot);
      }
    };
    names.forEach((name, slot) => {
      if (name.startsWith('w:')) this.word.set(name.slice(2), slot);
      else if (name.startsWith('p:')) this.pos.set(name.slice(2), slot);
      else if (name.startsWith('k:')) this.kind.set(name.slice(2), slot);
      else if (name.startsWith('e:')) this.entity.set(name.slice(2), slot);
      else if (name.startsWith('b:')) pairs(this.bigram, name.slice(2), slot);
      else if (name.startsWith('pp:')) pairs(this.posPair, name.slice(3), slot);
    });
    const buckets = (prefix: string, count: number) => Int32Array.from({ length: count }, (_, b) => this.slots.get(prefix + b) ?? NONE);
    this.len = buckets('len:', 7);
    this.propn = buckets('propn:', 4);
    this.num = buckets('num:', 3);
    this.opinion = buckets('opinion:', 3);
    const flag = (name: string) => this.slots.get(name) ?? NONE;
    this.noverb = flag('noverb');
    this.question = flag('question');
    this.first = flag('1st');
    this.second = flag('2nd');
    this.modal = flag('modal');
    this.reporting = flag('reporting');
    this.quantity = flag('quantity');
    this.titlecase = flag('titlecase');
    this.noend = flag('noend');
  }

  /** bias + featureValue(n) · Σ weights, from the feature names (the definition `logit` must match). */
  logitOfNames(names: readonly string[], bias: number): number {
    this.nextStamp();
    for (const name of names) this.take(this.slots.get(name));
    return bias + featureValue(names.length) * this.sum;
  }

  /** The same as `logitOfNames(featuresOf(sentence), bias)`, without building any name. */
  logit(sentence: Sentence, bias: number): number {
    this.nextStamp();
    const tokens = sentence.tokens;
    let count = 0;
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
    // The tables of the previous word and POS ("<s>" at the start, "<p>" / "P" after punctuation).
    let prevWord = this.bigram.get('<s>');
    let prevPos = this.posPair.get('<s>');
    const afterPunctuation = this.bigram.get('<p>');
    const afterPunctuationPos = this.posPair.get('P');
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind === 'punctuation') {
        if (t.text === '?') question = true;
        this.take(prevPos?.get('P'));
        count++;
        prevPos = afterPunctuationPos;
        prevWord = afterPunctuation;
        continue;
      }
      const w = t.kind === 'number' || t.kind === 'ordinal' ? '<' + t.kind + '>' : t.normal;
      const info = this.infoOf(w);
      const tag = this.tagOf(t.pos);
      this.take(info.slot);
      this.take(prevWord?.get(w));
      this.take(tag.slot);
      this.take(prevPos?.get(t.pos));
      count += 4;
      prevWord = info.next;
      prevPos = tag.next;
      if (t.kind !== 'word') {
        if (t.kind === 'number' || t.kind === 'currency') numbers++;
        this.take(this.kind.get(t.kind));
        count++;
        continue;
      }
      words++;
      const c = t.text.charCodeAt(0);
      if (c >= 65 && c <= 90) capitalised++;
      if (t.pos === 'PROPN') propn++;
      else if (t.pos === 'NUM') numbers++;
      else if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
      // The word lists of featuresOf, looked up once per distinct normal form (w is t.normal for a word).
      const lists = info.lists;
      if (lists & IS_FIRST_PERSON) firstPerson = true;
      else if (lists & IS_SECOND_PERSON) secondPerson = true;
      if (lists & IS_OPINION) opinion++;
      if (lists & IS_MODAL) modal = true;
      if (lists & IS_REPORTING) reporting = true;
      if (lists & IS_QUANTITY) quantity = true;
    }
    this.take(prevWord?.get('</s>'));
    this.take(prevPos?.get('</s>'));
    count += 2;
    for (const e of sentence.entities) this.take(this.entity.get(e.type));
    count += sentence.entities.length;
    this.take(this.len[bucket(words, [4, 7, 11, 16, 24, 35])]);
    this.take(this.propn[bucket(propn, [1, 2, 4])]);
    this.take(this.num[bucket(numbers, [1, 2])]);
    count += 3;
    if (verbs === 0) this.take(this.noverb), count++;
    if (question) this.take(this.question), count++;
    if (firstPerson) this.take(this.first), count++;
    if (secondPerson) this.take(this.second), count++;
    if (opinion) this.take(this.opinion[bucket(opinion, [1, 2])]), count++;
    if (modal) this.take(this.modal), count++;
    if (reporting) this.take(this.reporting), count++;
    if (quantity) this.take(this.quantity), count++;
    if (words >= 3 && capitalised >= 0.7 * words) this.take(this.titlecase), count++;
    const last = tokens[tokens.length - 1];
    if (!last || last.kind !== 'punctuation') this.take(this.noend), count++;
    return bias + featureValue(count) * this.sum;
  }

  /** What the scorer needs of a word: its "w:" slot, its "b:" successors, the word lists holding it. */
  private infoOf(w: string): WordInfo {
    let info = this.words.get(w);
    if (info === undefined) {
      if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
      let lists = 0;
      if (FIRST_PERSON.has(w)) lists |= IS_FIRST_PERSON;
      if (SECOND_PERSON.has(w)) lists |= IS_SECOND_PERSON;
      if (OPINION.has(w)) lists |= IS_OPINION;
      if (MODAL.has(w)) lists |= IS_MODAL;
      if (REPORTING.has(w)) lists |= IS_REPORTING;
      if (QUANTITY_WORDS.has(w)) lists |= IS_QUANTITY;
      info = { slot: this.word.get(w), next: this.bigram.get(w), lists };
      this.words.set(w, info);
    }
    return info;
  }

  /** A POS tag's "p:" slot and "pp:" successors. */
  private tagOf(pos: string): TagInfo {
    let tag = this.tags.get(pos);
    if (tag === undefined) {
      tag = { slot: this.pos.get(pos), next: this.posPair.get(pos) };
      this.tags.set(pos, tag);
    }
    return tag;
  }

  private nextStamp(): void {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    this.sum = 0;
  }

  /** Adds a slot's weight the first time the sentence has it. */
  private take(slot: number | undefined): void {
    if (slot === undefined || slot < 0 || this.seen[slot] === this.stamp) return;
    this.seen[slot] = this.stamp;
    this.sum += this.weights[slot];
  }
}
