// A linear model over the features of features.ts, scored without building feature names: every name of
// the model is compiled once into lookup tables (a word → its "w:" slot and its "c:" slots, a tag → its "p:"
// slot, previous word → next word → its "b:" slot, …), and the scorer is a FeatureSink of the same
// `walkFeatures` the trainer's names come from. Each feature counts once per sentence (the first time it is
// seen), weights are added in the walk's order and the feature count is that of the names, so the result is
// bit for bit `logitOfNames(featuresOf(sentence))` (test/unit/checkworthiness.test.ts checks this).
import type { Sentence } from '../model';
import { CHAR, charNgramCount, charNgrams, FLAG, featureValue, PAIR_TABLES, PREFIXES, walkFeatures, WORD, type FeatureSink } from './features';

/** Distinct words whose slots are kept (a story has far fewer; the cache starts over beyond this). */
const MAX_CACHED_WORDS = 100_000;
const NO_SLOTS = new Int32Array(0);

interface WordSlots {
  /** its "w:" slot, or -1 */
  word: number;
  /** the slots of its char n-grams the model has, in `charNgrams` order */
  chars: Int32Array;
  /** how many n-grams it has (known to the model or not): they all count towards the feature value */
  charCount: number;
}

export class FeatureScorer implements FeatureSink {
  private readonly slots: Map<string, number>;
  private readonly weights: Float64Array;
  /** per slot, the signal group its weight is credited to while explaining (see `contributions`) */
  private readonly groups: Uint8Array | undefined;
  private readonly groupSums: Float64Array;
  private readonly seen: Uint32Array;
  private stamp = 0;
  private sum = 0;
  private count = 0;
  private explaining = false;
  // One table per feature table of features.ts: key → slot, or first key → second key → slot for pairs.
  private readonly tables: Map<string, number>[];
  private readonly pairTables: Map<string, Map<string, number>>[];
  private readonly words = new Map<string, WordSlots>();

  /** `groups` (optional): per weight, a small group number for `contributions`, below `groupCount`. */
  constructor(names: readonly string[], weights: readonly number[], groups?: readonly number[], groupCount = 0) {
    this.slots = new Map(names.map((name, i) => [name, i]));
    this.weights = Float64Array.from(weights);
    this.groups = groups ? Uint8Array.from(groups) : undefined;
    this.groupSums = new Float64Array(groupCount);
    this.seen = new Uint32Array(weights.length);
    this.tables = PREFIXES.map(() => new Map());
    this.pairTables = PREFIXES.map(() => new Map());
    // Longest prefix first: "pp:" must not be read as "p:".
    const byLength = PREFIXES.map((p, table) => ({ p, table })).sort((a, b) => b.p.length - a.p.length);
    names.forEach((name, slot) => {
      const found = byLength.find(({ p }) => name.startsWith(p));
      if (!found) return;
      const rest = name.slice(found.p.length);
      if (!PAIR_TABLES.includes(found.table)) {
        this.tables[found.table].set(rest, slot);
        return;
      }
      // every way the name splits at an underscore, so a word holding "_" finds its slot exactly when the
      // joined name would
      const table = this.pairTables[found.table];
      for (let at = rest.indexOf('_'); at >= 0; at = rest.indexOf('_', at + 1)) {
        const a = rest.slice(0, at);
        let next = table.get(a);
        if (!next) table.set(a, (next = new Map()));
        next.set(rest.slice(at + 1), slot);
      }
    });
  }

  /** bias + featureValue(n) · Σ weights, from the feature names (the definition `logit` must match). */
  logitOfNames(names: readonly string[], bias: number): number {
    this.start(false);
    for (const name of names) this.take(this.slots.get(name));
    return bias + featureValue(names.length) * this.sum;
  }

  /** The same as `logitOfNames(featuresOf(sentence), bias)`, without building any name. */
  logit(sentence: Sentence, bias: number): number {
    this.start(false);
    walkFeatures(sentence, this);
    return bias + featureValue(this.count) * this.sum;
  }

  /**
   * Each group's share of the logit of `sentence` (the feature value times the sum of its weights present),
   * indexed by group; the bias is not in any group. The array is reused by the next call.
   */
  contributions(sentence: Sentence): Float64Array {
    this.start(true);
    walkFeatures(sentence, this);
    const value = featureValue(this.count);
    for (let g = 0; g < this.groupSums.length; g++) this.groupSums[g] *= value;
    return this.groupSums;
  }

  word(w: string, chars: boolean): void {
    const slots = this.wordSlots(w);
    this.take(slots.word);
    this.count++;
    if (!chars) return;
    for (let k = 0; k < slots.chars.length; k++) this.take(slots.chars[k]);
    this.count += slots.charCount;
  }

  one(table: number, key: string): void {
    this.take(this.tables[table].get(key));
    this.count++;
  }

  pair(table: number, a: string, b: string): void {
    this.take(this.pairTables[table].get(a)?.get(b));
    this.count++;
  }

  /** Whether the model has this flag (f:…) at all. */
  hasFlag(key: string): boolean {
    return this.tables[FLAG].has(key);
  }

  private wordSlots(w: string): WordSlots {
    let slots = this.words.get(w);
    if (slots === undefined) {
      if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
      const charTable = this.tables[CHAR];
      const known: number[] = [];
      if (charTable.size) for (const g of charNgrams(w)) {
        const slot = charTable.get(g);
        if (slot !== undefined) known.push(slot);
      }
      slots = { word: this.tables[WORD].get(w) ?? -1, chars: known.length ? Int32Array.from(known) : NO_SLOTS, charCount: charNgramCount(w) };
      this.words.set(w, slots);
    }
    return slots;
  }

  private start(explaining: boolean): void {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    this.sum = 0;
    this.count = 0;
    this.explaining = explaining && this.groups !== undefined;
    if (this.explaining) this.groupSums.fill(0);
  }

  /** Adds a slot's weight the first time the sentence has it. */
  private take(slot: number | undefined): void {
    if (slot === undefined || slot < 0 || this.seen[slot] === this.stamp) return;
    this.seen[slot] = this.stamp;
    this.sum += this.weights[slot];
    if (this.explaining) this.groupSums[this.groups![slot]] += this.weights[slot];
  }
}
