// Number words and digits to values. wink-nlp finds the numbers; this reads their value.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  a: 1, an: 1, dozen: 12, single: 1, both: 2, twice: 2, half: 0.5,
};

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000,
};

const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "thousands of troops", "dozens of drones": an order of magnitude, not a count. */
export const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, tens: 10,
};

/** Vague quantifiers that still say "how many" in a comparable way. */
export const VAGUE_QUANTIFIERS = new Set(['several', 'few', 'many', 'some', 'numerous', 'multiple', 'dozens']);

export function isScaleWord(word: string): boolean {
  return word.toLowerCase() in SCALES;
}

// Every number word, for the per-token test below: one Set lookup instead of four `in` tests (which also took
// "constructor" or "toString" for number words: `in` sees an object's prototype).
const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an' && w !== 'half'),
  ...Object.keys(SCALES),
  ...Object.keys(ORDINALS),
  ...Object.keys(VAGUE_PLURALS),
]);

/** Whether a lower-case word (a token's `lower`) is a number word ("six", "dozen", "third", "thousands"). */
export function isNumberWord(lower: string): boolean {
  // no toLowerCase here: asked for every token of every claim, it wrote a copy of each word to compare
  return NUMBER_WORDS.has(lower);
}

// The same as a Map: asked for every token of every claim, which a lookup on the object (a dictionary) made slow.
const VAGUE_PLURAL_VALUES = new Map(Object.entries(VAGUE_PLURALS));

/** Whether a lower-case word is one of VAGUE_PLURALS ("thousands", "dozens"). */
export function isVaguePlural(lower: string): boolean {
  return VAGUE_PLURAL_VALUES.has(lower);
}

/** The order of magnitude of a lower-case vague plural ("thousands" → 1000), else undefined. */
export function vaguePluralValue(lower: string): number | undefined {
  return VAGUE_PLURAL_VALUES.get(lower);
}

/** Value of one token: "six" → 6, "1,000th" → 1000 (ordinal), "60" → 60, "5.2" → 5.2. */
export function tokenValue(word: string): { value: number; ordinal: boolean } | undefined {
  const w = word.toLowerCase().replace(/,/g, '');
  const digits = /^(\d+(?:\.\d+)?)(st|nd|rd|th)?$/.exec(w);
  if (digits) return { value: Number(digits[1]), ordinal: Boolean(digits[2]) };
  if (w in UNITS) return { value: UNITS[w], ordinal: false };
  if (w in ORDINALS) return { value: ORDINALS[w], ordinal: true };
  if (w in SCALES) return { value: SCALES[w], ordinal: false };
  const hyphen = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)$/.exec(w);
  if (hyphen) {
    const tail = UNITS[hyphen[2]] ?? ORDINALS[hyphen[2]];
    if (tail !== undefined && tail < 10) return { value: UNITS[hyphen[1]] + tail, ordinal: hyphen[2] in ORDINALS };
  }
  return undefined;
}

/** Combines a run of number tokens: ["two", "hundred"] → 200, ["5.2", "billion"] → 5.2e9. */
export function combineValues(words: string[]): { value: number; ordinal: boolean } | undefined {
  let total = 0;
  let current = 0;
  let ordinal = false;
  let any = false;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower === 'and') continue;
    const scale = SCALES[lower];
    if (scale !== undefined && any) {
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      continue;
    }
    const v = tokenValue(word);
    if (!v) return undefined;
    current += v.value;
    ordinal = v.ordinal;
    any = true;
  }
  return any ? { value: total + current, ordinal } : undefined;
}
