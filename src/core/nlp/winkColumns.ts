import { scoredBlocks } from '../analyzeArticle';
import { blocksOf, type ArticleFormat } from '../segment/blocksOf';
import { boundedMemo } from '../text/boundedMemo';
import { articleWinkRead, type WinkRead } from './sentences';

/**
 * wink's read of an article (articleWinkRead) packed to cross to another thread: a thread reading a story's next
 * articles while this one analyses the ones it read (README, Benchmark: loading a story on two threads).
 *
 * Why packed: handing over the blocks as objects (a token object per token) cost a structured clone of ~1.3×
 * wink's own pass; these columns (each distinct word once, typed arrays for the rest) clone in ~1 % of it and
 * unpack in ~6 % (scripts/bench/readerThread.ts). Only plain data: a structured clone keeps it as it is.
 */
export interface WinkColumns {
  /** the article's distinct words (token values and normal forms), end to end */
  words: string;
  /** each word's length in `words` */
  wordLengths: Int32Array;
  /** per token: its value's and its normal form's number in the words */
  values: Int32Array;
  normals: Int32Array;
  /** the part-of-speech tags and token kinds met, numbered */
  tags: string[];
  /** per token: its tag's and its kind's number in `tags`, and 1 when wink marks it negated */
  pos: Uint8Array;
  kinds: Uint8Array;
  negations: Uint8Array;
  /** first and last token of each sentence, then of each entity, in pairs */
  sentences: Int32Array;
  entitySpans: Int32Array;
  entityTypes: string[];
  /** each sentence's check-worthiness score, in article order: scoring is a third of what is left to do here */
  scores: Float64Array;
}

/**
 * What readArticle would ask wink for this article, packed, with the scores of the sentences read from it
 * (scoredBlocks); undefined for an article read block by block.
 */
export function articleColumns(text: string, format: ArticleFormat): WinkColumns | undefined {
  const read = articleWinkRead(text, blocksOf(text, format));
  if (!read) return undefined;
  const packed = packColumns(read);
  if (!packed) return undefined;
  packed.scores = Float64Array.from(scoredBlocks(text, format, undefined, read).flatMap((b) => b.scores!));
  return packed;
}

/**
 * The read, packed, with no scores yet (undefined past 256 tags: the format has a byte per tag, and wink has 17
 * tags and 10 kinds).
 */
export function packColumns(read: WinkRead): WinkColumns | undefined {
  const words = new Map<string, number>();
  const word = (w: string) => words.get(w) ?? (words.set(w, words.size), words.size - 1);
  const tags = new Map<string, number>();
  const tag = (t: string) => tags.get(t) ?? (tags.set(t, tags.size), tags.size - 1);
  const count = read.values.length;
  const values = new Int32Array(count);
  const normals = new Int32Array(count);
  const pos = new Uint8Array(count);
  const kinds = new Uint8Array(count);
  const negations = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    values[i] = word(read.values[i]);
    normals[i] = word(read.normals[i]);
    pos[i] = tag(read.pos[i]);
    kinds[i] = tag(read.kinds[i]);
    negations[i] = read.negations[i] ? 1 : 0;
  }
  if (tags.size > 256) return undefined;
  const list = [...words.keys()];
  return {
    words: list.join(''),
    wordLengths: Int32Array.from(list, (w) => w.length),
    values,
    normals,
    tags: [...tags.keys()],
    pos,
    kinds,
    negations,
    sentences: Int32Array.from(read.sentences.flat()),
    entitySpans: Int32Array.from(read.entitySpans.flat()),
    entityTypes: read.entityTypes,
    scores: new Float64Array(0),
  };
}

// One string per distinct word across the articles unpacked, as wink's own read gives (its lexicon's strings):
// tokens share their word's string, which is hashed once for every later Map lookup of it (sentences.ts, tokenAt).
const sharedWord = boundedMemo((w) => w, 50_000);

/** The read the columns were packed from: the same strings, tags, flags and bounds. */
export function unpackColumns(c: WinkColumns): WinkRead {
  const words: string[] = new Array(c.wordLengths.length);
  for (let k = 0, at = 0; k < words.length; k++) {
    words[k] = sharedWord(c.words.slice(at, at + c.wordLengths[k]));
    at += c.wordLengths[k];
  }
  const count = c.values.length;
  const read: WinkRead = { values: new Array(count), pos: new Array(count), kinds: new Array(count), normals: new Array(count), negations: new Array(count), sentences: pairs(c.sentences), entitySpans: pairs(c.entitySpans), entityTypes: c.entityTypes };
  for (let i = 0; i < count; i++) {
    read.values[i] = words[c.values[i]];
    read.normals[i] = words[c.normals[i]];
    read.pos[i] = c.tags[c.pos[i]];
    read.kinds[i] = c.tags[c.kinds[i]];
    read.negations[i] = c.negations[i] === 1;
  }
  return read;
}

function pairs(flat: Int32Array): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < flat.length; k += 2) out.push([flat[k], flat[k + 1]]);
  return out;
}
