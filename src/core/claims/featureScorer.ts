// A linear model over the features of features.ts, scored without building feature names: every name of
// the model is compiled once into lookup tables (a word → its "w:" slot and its "c:" slots, a tag → its "p:"
// slot, previous word → next word → its "b:" slot, …), and the scorer is a FeatureSink of the same
// `walkFeatures` the trainer's names come from. Each feature counts once per sentence (the first time it is
// seen; a word's character n-grams once per distinct word, as one precomputed sum), weights are added in the
// walk's order and the feature count is that of the names, so the result is `logitOfNames(featuresOf(sentence))`
// up to the rounding of that sum (test/unit/checkworthiness.test.ts checks both, on real sentences).
import type { Sentence } from '../model';
import * as features from './features';
import type { FeatureSink } from './features';
import * as words from './featureWords';

// Local copies: a module's exports are read through getters when the code runs from source (tsx, the tests
// and the bench), which costs in the per-token calls of the walk.
const { BIGRAM, CHAR, PAIR_TABLES, POS, POS_PAIR, PREFIXES, WORD } = features;
const { charNgrams, countsOnce, featureValue, walkFeatures } = features;
const wordLists = words.wordLists;

/** Distinct words whose slots are kept (a story has far fewer; the cache starts over beyond this). */
const MAX_CACHED_WORDS = 100_000;
const NO_SLOTS = new Int32Array(0);

interface WordSlots {
  /** its "w:" slot, or -1 */
  word: number;
  /** its "b:" successors (the words after it the model has a bigram for) */
  next: Map<string, number> | undefined;
  /** the slots of its char n-grams the model has, in `charNgrams` order */
  chars: Int32Array;
  /** the sum of their weights */
  charSum: number;
  /** how many n-grams it has (known to the model or not): they all count towards the feature value */
  charCount: number;
  /** the stamp of the last sentence its n-grams were added to (they count once per distinct word) */
  stamp: number;
  /** wordLists(w) */
  lists: number;
}

interface TagSlots {
  /** its number among the tags seen, below MAX_TAGS, or -1 beyond (then pairs are looked up by name) */
  id: number;
  slot: number | undefined;
  next: Map<string, number> | undefined;
}

/**
 * Tags numbered for the table of tag pairs: wink's universal POS tags are 17. Beyond this many the scorer
 * still scores, through the name tables.
 */
const MAX_TAGS = 32;
/** An entry of the tag-pair table not yet looked up. */
const UNKNOWN_PAIR = -2;

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
  /** what the last walk returned: the word-list bits of the sentence (see walkFeatures) */
  private walked = 0;
  /** per token of the last sentence `logit` walked: its word's list bits, at the words (see walkFeatures) */
  private tokenLists = new Int32Array(256);
  /** while explaining: the word that added most to `wordGroup`, and how much */
  private topWord: string | undefined;
  private topWordGain = 0;
  // One table per feature table of features.ts: key → slot, or first key → second key → slot for pairs.
  private readonly tables: Map<string, number>[];
  private readonly pairTables: Map<string, Map<string, number>>[];
  private readonly words = new Map<string, WordSlots>();
  private readonly tags = new Map<string, TagSlots>();
  // The walk gives a token's word (tag) just before the pair of the previous word (tag) with it: the previous
  // token's successors are kept here so that a pair costs one lookup, as a word does.
  private prevWord: string | undefined;
  private prevWordNext: Map<string, number> | undefined;
  private currentWord: WordSlots | undefined;
  private currentWordKey: string | undefined;
  private prevTag: string | undefined;
  private prevTagNext: Map<string, number> | undefined;
  private currentTag: TagSlots | undefined;
  private currentTagKey: string | undefined;
  private prevTagId = -1;
  /**
   * "pp:" slots by previous tag id · MAX_TAGS + tag id (-1 when the model has no such pair, UNKNOWN_PAIR
   * before the first lookup): the pair of a token's tag with the one before costs an array read, not a second
   * map lookup per token.
   */
  private readonly tagPairs = new Int32Array(MAX_TAGS * MAX_TAGS).fill(UNKNOWN_PAIR);

  /**
   * `groups` (optional): per weight, a small group number for `contributions`, below `groupCount`;
   * `wordGroup`: the group of plain wording, whose strongest word `contributions` also names.
   */
  constructor(
    names: readonly string[],
    weights: readonly number[],
    groups?: readonly number[],
    groupCount = 0,
    private readonly wordGroup = -1,
  ) {
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
    for (const name of names) {
      const slot = this.slots.get(name);
      if (countsOnce(name)) this.take(slot);
      else if (slot !== undefined) this.sum += this.weights[slot];
    }
    return bias + featureValue(names.length) * this.sum;
  }

  /** The same as `logitOfNames(featuresOf(sentence), bias)`, without building any name. */
  logit(sentence: Sentence, bias: number): number {
    this.start(false);
    if (this.tokenLists.length < sentence.tokens.length) this.tokenLists = new Int32Array(sentence.tokens.length * 2);
    this.walked = walkFeatures(sentence, this, this.tokenLists);
    return bias + featureValue(this.count) * this.sum;
  }

  /**
   * Each group's share of the logit of `sentence` (the feature value times the sum of its weights present),
   * indexed by group; the bias is not in any group. The array is reused by the next call.
   */
  contributions(sentence: Sentence): { shares: Float64Array; topWord: string | undefined } {
    this.start(true);
    this.walked = walkFeatures(sentence, this);
    const value = featureValue(this.count);
    for (let g = 0; g < this.groupSums.length; g++) this.groupSums[g] *= value;
    return { shares: this.groupSums, topWord: this.topWord };
  }

  /** What `walkFeatures` returned for the sentence of the last `logit` or `contributions`. */
  get lastWalk(): number {
    return this.walked;
  }

  /**
   * The word-list bits of each word of the sentence of the last `logit`, at its token's index (other slots
   * hold stale values): what the boilerplate rules read of each word, without a lookup of their own.
   */
  get lastTokenLists(): Int32Array {
    return this.tokenLists;
  }

  word(w: string, chars: boolean): number {
    const slots = this.wordSlots(w);
    this.prevWord = this.currentWordKey;
    this.prevWordNext = this.currentWord?.next;
    this.currentWord = slots;
    this.currentWordKey = w;
    const before = this.explaining && this.wordGroup >= 0 ? this.groupSums[this.wordGroup] : 0;
    this.take(slots.word);
    this.count++;
    if (chars && slots.stamp !== this.stamp) {
      slots.stamp = this.stamp;
      this.sum += slots.charSum;
      this.count += slots.charCount;
      if (this.explaining) for (let k = 0; k < slots.chars.length; k++) this.groupSums[this.groups![slots.chars[k]]] += this.weights[slots.chars[k]];
    }
    if (this.explaining && this.wordGroup >= 0) {
      const gain = this.groupSums[this.wordGroup] - before;
      if (gain > this.topWordGain) (this.topWord = w), (this.topWordGain = gain);
    }
    return slots.lists;
  }

  one(table: number, key: string): void {
    if (table === POS) {
      const tag = this.tagSlots(key);
      this.prevTag = this.currentTagKey;
      this.prevTagNext = this.currentTag?.next;
      this.prevTagId = this.currentTag?.id ?? -1;
      this.currentTag = tag;
      this.currentTagKey = key;
      this.take(tag.slot);
    } else {
      this.take(this.tables[table].get(key));
    }
    this.count++;
  }

  pair(table: number, a: string, b: string): void {
    let next: Map<string, number> | undefined;
    if (table === BIGRAM && a === this.prevWord) next = this.prevWordNext;
    else if (table === POS_PAIR && a === this.prevTag) {
      // The walk gives a token's tag (`one`) just before its pair with the previous tag: both are numbered.
      const tagId = this.currentTag !== undefined && b === this.currentTagKey ? this.currentTag.id : -1;
      if (tagId >= 0 && this.prevTagId >= 0) {
        const at = this.prevTagId * MAX_TAGS + tagId;
        let slot = this.tagPairs[at];
        if (slot === UNKNOWN_PAIR) this.tagPairs[at] = slot = this.prevTagNext?.get(b) ?? -1;
        this.take(slot);
        this.count++;
        return;
      }
      next = this.prevTagNext;
    } else next = this.pairTables[table].get(a);
    this.take(next?.get(b));
    this.count++;
  }

  private wordSlots(w: string): WordSlots {
    let slots = this.words.get(w);
    if (slots === undefined) {
      if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
      const charTable = this.tables[CHAR];
      const grams = charNgrams(w);
      const known: number[] = [];
      let charSum = 0;
      for (const g of grams) {
        const slot = charTable.get(g);
        if (slot !== undefined) known.push(slot), (charSum += this.weights[slot]);
      }
      slots = {
        word: this.tables[WORD].get(w) ?? -1,
        next: this.pairTables[BIGRAM].get(w),
        chars: known.length ? Int32Array.from(known) : NO_SLOTS,
        charSum,
        charCount: grams.length,
        stamp: 0,
        lists: wordLists(w),
      };
      this.words.set(w, slots);
    }
    return slots;
  }

  private tagSlots(tag: string): TagSlots {
    let slots = this.tags.get(tag);
    if (slots === undefined) {
      const id = this.tags.size < MAX_TAGS ? this.tags.size : -1;
      slots = { id, slot: this.tables[POS].get(tag), next: this.pairTables[POS_PAIR].get(tag) };
      this.tags.set(tag, slots);
    }
    return slots;
  }

  private start(explaining: boolean): void {
    this.prevWord = this.currentWordKey = this.prevTag = this.currentTagKey = undefined;
    this.prevWordNext = this.prevTagNext = undefined;
    this.prevTagId = -1;
    this.currentWord = undefined;
    this.currentTag = undefined;
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0), this.words.clear();
    this.sum = 0;
    this.count = 0;
    this.explaining = explaining && this.groups !== undefined;
    if (this.explaining) this.groupSums.fill(0);
    this.topWord = undefined;
    this.topWordGain = 0;
  }

  /** Adds a slot's weight the first time the sentence has it. */
  private take(slot: number | undefined): void {
    if (slot === undefined || slot < 0 || this.seen[slot] === this.stamp) return;
    this.seen[slot] = this.stamp;
    this.sum += this.weights[slot];
    if (this.explaining) this.groupSums[this.groups![slot]] += this.weights[slot];
  }
}
