import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// One wink-nlp instance for the process: loading the English model takes ~200 ms, reading text is fast.
// Only the pipes the engine uses are enabled (sentence boundaries, POS, named entities, negation);
// sentiment and the custom-entity pipe are left out because nothing reads them.
type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

/** What the engine reaches of wink's internals (wink-nlp 2.4; checked when the instance is made). */
interface Lexemes {
  /** each word's index: the model's words below intrinsicSize, then the words wink added as it read */
  hash: Record<string, number>;
  intrinsicSize: number;
}
type FeatureFn = (config: unknown) => Record<string, (text: string, category: number, cache: Cache) => unknown>;
interface Cache {
  lookup(text: string): number[] | null;
}

/**
 * The instance. It reads every text as a fresh instance reads it, whatever it read before. wink adds each
 * word its model does not know to the instance's lexicon as it reads, and its tokenizer splits a word by
 * whether the lexicon holds it: once a text had "McDonald's." (taken whole before a full stop), every later
 * "McDonald's" was one token where a fresh instance reads "McDonald" "'s". An article's tokens, sentences and
 * claims then depended on what the process had read before (2 of the 904 FNC-1 bodies lost a claim when read
 * after the others: a story opened after another in the editor, or the CLI given its files in another order,
 * could disagree), and within an article on the paragraphs before (an edited paragraph, read alone, could read
 * otherwise than in the whole). So the tokenizer's lookup answers for the model's own words only: a word wink
 * added is looked up as unknown, as on its first reading (wink still finds it when it adds it again, so the
 * lexicon grows by each new word once, as before).
 *
 * The lookup is reached where wink hands it over: its cache passes itself to the model's feature functions
 * when it adds an unknown word, and the model's core (read once, when the instance is made) holds the lexicon.
 */
export function wink(): Nlp {
  if (instance) return instance;
  let lexemes: Lexemes | undefined;
  let cache: Cache | undefined;
  const raw = model as unknown as { core(): { features: { lexeme: Lexemes } }; featureFn: FeatureFn };
  const core = () => {
    const read = raw.core();
    lexemes = read.features.lexeme;
    return read;
  };
  const featureFn: FeatureFn = (config) => {
    const features = raw.featureFn(config);
    const handing: ReturnType<FeatureFn> = {};
    // (the model's own functions keep wink's lookup: its tagger looks up the lower-case word it has just added)
    let own: Cache | undefined;
    for (const [name, feature] of Object.entries(features)) handing[name] = (text, category, of) => feature(text, category, (own ??= handedOver(of)));
    return handing;
  };
  const handedOver = (of: Cache): Cache => {
    cache = of;
    return Object.create(of, { lookup: { value: of.lookup } }) as Cache;
  };
  const nlp = winkNLP({ ...model, core, featureFn } as unknown as typeof model, ['sbd', 'pos', 'ner', 'negation']);
  nlp.readDoc('Qzxvk'); // a word no model knows: wink extracts its features, and hands its cache over
  if (!cache || !lexemes || typeof cache.lookup !== 'function' || !(lexemes.intrinsicSize > 0)) {
    throw new Error('wink-nlp: its cache or lexicon is not where this version of Crosscheck reaches it (src/core/nlp/wink.ts)');
  }
  const { hash, intrinsicSize } = lexemes;
  const lookup = cache.lookup;
  cache.lookup = (text) => {
    const index = hash[text];
    return index !== undefined && index >= intrinsicSize ? null : lookup(text);
  };
  return (instance = nlp);
}
