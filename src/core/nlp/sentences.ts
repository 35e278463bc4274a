import type { NlpEntity, Sentence, Token } from '../model';
import { maskedText, type ProseBlock } from '../segment/proseBlocks';
import { boundedMemo } from '../text/boundedMemo';
import { wink } from './wink';

// Closing punctuation that wink puts at the start of the next sentence ("…themselves.» Subsequently").
const CLOSERS = new Set(['»', '”', '’', '"', "'", ')', ']']);

// A token's lower-case form, one string per distinct word: toLowerCase makes a new string for a word with a
// capital (2.6 MB per 100 articles before this memo), and a shared one is hashed once for every later Map
// lookup of it.
const lowerCase = boundedMemo((text) => text.toLowerCase(), 50_000);

/**
 * `lowerCase(text)` without the memo's lookup for a word already in lower case (most of them): the word
 * itself. Found by scanning its characters for a capital A–Z or anything beyond ASCII (whose case only
 * toLowerCase knows), not by calling toLowerCase and comparing: V8's toLowerCase writes a new string before it
 * finds nothing changed, one piece of garbage per token read.
 */
function lowerOf(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return lowerCase(text);
  }
  return text;
}

// Whitespace other than the ASCII space: wink reads a copy of the block without it (see below).
const OTHER_WHITESPACE = /[^\S ]/;

/** One block as wink read it: its sentences, with offsets as they were when the block started at `start`. */
export interface ParsedBlock {
  /** the block's kind and prose (markup masked): equal keys read alike wherever the block starts */
  key: string;
  start: number;
  sentences: Sentence[];
  /** filled by the caller that scores the sentences (they depend on the tokens only, so they move with them) */
  scores?: number[];
}

/**
 * Reads every block with wink-nlp and returns its sentences with tokens and entities, each carrying
 * offsets into the original file (recovered from token lengths and preceding spaces, on a copy of the text
 * whose whitespace wink cannot drop).
 */
export function sentencesOf(fileText: string, blocks: ProseBlock[]): Sentence[] {
  return parseBlocks(fileText, blocks).flatMap((b) => b.sentences);
}

/**
 * `sentencesOf`, block by block. `previous`: the blocks of an earlier version of the same article, by key; a
 * block whose prose is unchanged (same kind, same characters, markup masked) is taken from there, its offsets
 * moved to where it now starts, and not read again: an edit changes one block, and wink is most of the cost
 * of analysing an article. Sentence indexes run through the article.
 */
export function parseBlocks(fileText: string, blocks: ProseBlock[], previous?: ReadonlyMap<string, ParsedBlock>): ParsedBlock[] {
  const proses = blocks.map((block) => maskedText(fileText, block));
  // Nothing to reuse: the whole article in one read (readArticle), unless wink read it in a way a block-by-block
  // read might not have.
  const read = previous ? undefined : readArticle(fileText, blocks, proses);
  const out: ParsedBlock[] = [];
  let count = 0;
  blocks.forEach((block, b) => {
    const prose = proses[b];
    const key = block.kind + '\u0000' + prose;
    const earlier = previous?.get(key);
    const sentences = read
      ? numbered(read[b], count)
      : earlier
        ? movedSentences(fileText, earlier, block.span.start, count)
        : readBlock(fileText, block, prose, count);
    out.push({ key, start: block.span.start, sentences, scores: earlier?.scores });
    count += sentences.length;
  });
  return out;
}

/** The sentences of a block read before, moved to where the block starts now (token objects shared when it did not move). */
function movedSentences(fileText: string, earlier: ParsedBlock, start: number, firstIndex: number): Sentence[] {
  const delta = start - earlier.start;
  return earlier.sentences.map((s, k) => {
    const tokens = delta === 0 ? s.tokens : s.tokens.map((t) => ({ ...t, start: t.start + delta, end: t.end + delta }));
    const span = { start: s.span.start + delta, end: s.span.end + delta };
    // The text between the tokens may hold masked markup that changed (a link's target): read it again.
    return { index: firstIndex + k, text: fileText.slice(span.start, span.end), span, tokens, entities: s.entities, block: s.block };
  });
}

/** Sentences read without their article's numbering, numbered from `firstIndex`. */
function numbered(sentences: Sentence[], firstIndex: number): Sentence[] {
  sentences.forEach((s, k) => (s.index = firstIndex + k));
  return sentences;
}

/**
 * wink leaves some whitespace characters out of its "preceding spaces" (U+FEFF, U+2028, U+2029, VT, FF,
 * U+3000…), so offsets counted from them drift by one per such character. It reads a copy in which every
 * whitespace character is an ASCII space: the same length (each is one UTF-16 unit), so offsets hold.
 */
function forWink(prose: string): string {
  return OTHER_WHITESPACE.test(prose) ? prose.replace(/\s/g, ' ') : prose;
}

/** What wink says of a text, column by column (one `out` per column: per token, they cost more). */
interface WinkRead {
  values: string[];
  /** the whitespace before each token, when asked for */
  spaces?: string[];
  pos: string[];
  kinds: string[];
  normals: string[];
  negations: boolean[];
  /** first and last token of each sentence */
  sentences: [number, number][];
  /** first and last token of each entity, and its type */
  entitySpans: [number, number][];
  entityTypes: string[];
}

function winkRead(text: string, withSpaces: boolean): WinkRead {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokensOut = doc.tokens();
  const entitiesOut = doc.entities();
  return {
    values: tokensOut.out(its.value) as string[],
    spaces: withSpaces ? (tokensOut.out(its.precedingSpaces) as string[]) : undefined,
    pos: tokensOut.out(its.pos) as string[],
    kinds: tokensOut.out(its.type) as string[],
    normals: tokensOut.out(its.normal) as string[],
    negations: tokensOut.out(its.negationFlag) as unknown as boolean[],
    sentences: doc.sentences().out(its.span) as unknown as [number, number][],
    entitySpans: entitiesOut.out(its.span) as unknown as [number, number][],
    entityTypes: entitiesOut.out(its.type) as string[],
  };
}

/** Token `i` of a wink read, at `at` in the file. */
function tokenAt(fileText: string, read: WinkRead, i: number, at: number): Token {
  const value = read.values[i];
  // The article's own characters (an NBSP stays an NBSP in a fact's text). Nearly always they are wink's
  // string itself, one string per distinct word shared by every token of it: no copy per token, and the hash
  // a later Map lookup of it needs (the scorer's word table) is computed once.
  const text = fileText.startsWith(value, at) ? value : fileText.slice(at, at + value.length);
  return {
    text,
    lower: lowerOf(text),
    pos: read.pos[i],
    kind: read.kinds[i],
    normal: read.normals[i],
    negated: Boolean(read.negations[i]),
    start: at,
    end: at + text.length,
  };
}

/** Reads one block with wink; its sentences are numbered from `firstIndex`. */
function readBlock(fileText: string, block: ProseBlock, prose: string, firstIndex: number): Sentence[] {
  const masked = forWink(prose);
  const read = winkRead(masked, true);
  const spaces = read.spaces!;
  const tokens: Token[] = [];
  let at = block.span.start;
  for (let i = 0; i < read.values.length; i++) {
    at += spaces[i].length;
    const value = read.values[i];
    // Belt and braces: should wink ever drop or change another character, find the token where it is
    // rather than let every later offset shift.
    const local = at - block.span.start;
    if (!masked.startsWith(value, local)) {
      const found = masked.indexOf(value, local);
      if (found >= 0) at = block.span.start + found;
    }
    const token = tokenAt(fileText, read, i, at);
    tokens.push(token);
    at += token.text.length;
  }
  const entities = read.entitySpans.map(([first, last], k): NlpEntity => ({ type: read.entityTypes[k], first, last }));
  return blockSentences(fileText, block, tokens, read.sentences.map(([a, b]) => [a, b]), entities, firstIndex);
}

// Between two blocks of an article read at once: a paragraph break, which wink reads as one space token ending
// a sentence (readArticle checks it did), and which no block holds (prose is read with every whitespace a space).
const BLOCK_BREAK = '\n\n';

/**
 * Reads all the blocks of an article with one call of wink, as `readBlock` reads each (the sentences of each
 * block, numbered from 0), or undefined when wink read the whole in a way that reading block by block might
 * not have: a token or an entity across a block break, a sentence going on past one, a character it dropped.
 *
 * Why: wink's cost per call (its document and API objects, one pass of each of its automata, one `out` per
 * attribute) is otherwise paid per paragraph: 100 FNC-1 bodies are 1,182 blocks, read in 79–88 ms of CPU one
 * block at a time against 67–73 ms one article at a time. Reading block by block and at once give
 * the same tokens, tags, sentences and entities on every block of the 904 FNC-1 bodies and of the seed story,
 * read as plain text and as Markdown (scripts/bench/snapshotAnalysis.ts). Tokens, sentences and entities
 * across a break are checked below; the part-of-speech tags next to one are not (wink's tagging rules see the
 * break's space token where a block read sees the edge of the text): they were the same on all of that text.
 * Exported for its test.
 */
export function readArticle(fileText: string, blocks: ProseBlock[], proses: string[]): Sentence[][] | undefined {
  if (blocks.length < 2) return undefined;
  const masked = proses.map(forWink);
  const joined = masked.join(BLOCK_BREAK);
  // Without the preceding spaces (one pass fewer over the tokens, and a string per token): the text holds no
  // whitespace but ASCII spaces and the breaks, and wink's tokenizer splits runs of spaces off and counts them
  // (up to 65,534: readBlock then finds the token past the count with indexOf, at the same place), so a token
  // starts after the spaces that follow the one before it. Where it does not (a character wink dropped), the
  // read is given up below, and readBlock finds the token as before.
  const read = winkRead(joined, false);
  const tokens: Token[][] = blocks.map(() => []);
  // per token of the read: its block (-1 for a break) and its index among the block's tokens (typed arrays of
  // the read's length: no array grown token by token, and garbage of a fixed size)
  const blockOf = new Int32Array(read.values.length);
  const localOf = new Int32Array(read.values.length);
  let b = 0;
  let blockStart = 0;
  let at = 0;
  for (let i = 0; i < read.values.length; i++) {
    while (joined.charCodeAt(at) === 32) at++;
    const value = read.values[i];
    if (!joined.startsWith(value, at)) return undefined;
    const blockEnd = blockStart + masked[b].length;
    if (at >= blockEnd) {
      // past block b's text: only its break may be there, whole and alone
      if (b + 1 === blocks.length || at !== blockEnd || value !== BLOCK_BREAK) return undefined;
      blockOf[i] = -1;
      localOf[i] = -1;
      blockStart = blockEnd + BLOCK_BREAK.length;
      b++;
    } else {
      if (at + value.length > blockEnd) return undefined;
      blockOf[i] = b;
      localOf[i] = tokens[b].length;
      tokens[b].push(tokenAt(fileText, read, i, blocks[b].span.start + at - blockStart));
    }
    at += value.length;
  }
  if (b !== blocks.length - 1) return undefined;
  // wink's sentences and entities, each within one block, in the block's token indexes. (Read with plain
  // numbers, no object per sentence or entity: such a short-lived object's hidden class dies at each full
  // collection, and the optimised code that checked it is thrown away with it.)
  const bounds: [number, number][][] = blocks.map(() => []);
  for (const [first, last] of read.sentences) {
    // an empty sentence (no tokens) has no block to go to, where a block-by-block read would keep it in order
    if (first > last) return undefined;
    const from = firstInBlock(blockOf, first, last);
    if (from > last) continue; // only breaks
    const to = lastInBlock(blockOf, from, last);
    if (!allInBlock(blockOf, from, to)) return undefined;
    bounds[blockOf[from]].push([localOf[from], localOf[to]]);
  }
  const entities: NlpEntity[][] = blocks.map(() => []);
  for (let k = 0; k < read.entitySpans.length; k++) {
    const [first, last] = read.entitySpans[k];
    // an entity starting or ending on a break, or across one, is no entity of a block
    if (first > last || blockOf[first] < 0 || blockOf[last] < 0 || !allInBlock(blockOf, first, last)) return undefined;
    entities[blockOf[first]].push({ type: read.entityTypes[k], first: localOf[first], last: localOf[last] });
  }
  return blocks.map((block, k) => blockSentences(fileText, block, tokens[k], bounds[k], entities[k], 0));
}

// Tokens first..last of an article's read, by `blockOf` (see readArticle: -1 for a break between blocks).

/** The first token from `first` on that is no break (last + 1 if there is none). */
function firstInBlock(blockOf: Int32Array, first: number, last: number): number {
  while (first <= last && blockOf[first] < 0) first++;
  return first;
}

/** The last token up to `last` that is no break, `first` being one. */
function lastInBlock(blockOf: Int32Array, first: number, last: number): number {
  while (last > first && blockOf[last] < 0) last--;
  return last;
}

/** Whether tokens first..last are all of one block. */
function allInBlock(blockOf: Int32Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (blockOf[i] !== blockOf[first]) return false;
  return true;
}

/**
 * A block's sentences from wink's tokens, sentence bounds (first and last token; changed here) and entities
 * (token indexes in the block), numbered from `firstIndex`.
 */
function blockSentences(fileText: string, block: ProseBlock, tokens: Token[], bounds: [number, number][], entities: NlpEntity[], firstIndex: number): Sentence[] {
  // Move leading closers back to the sentence they close.
  for (let s = 1; s < bounds.length; s++) {
    while (bounds[s][0] <= bounds[s][1] && CLOSERS.has(tokens[bounds[s][0]]?.text) && tokens[bounds[s][0]].start === tokens[bounds[s][0] - 1]?.end) {
      bounds[s - 1][1]++;
      bounds[s][0]++;
    }
  }
  // A decimal written without its zero (" .358", a batting average) is no sentence end: wink splits after
  // the point, and the figure then loses the words that say what it is ("In 54 games he hit .358 with 13 home
  // runs"). Join a sentence that starts with a number glued to a point with a space before it, or with a
  // digit glued before it: "magnitude-6.4", which wink reads as "magnitude-6" "." "4 earthquake…".
  for (let s = bounds.length - 1; s >= 1; s--) {
    const first = bounds[s][0];
    const point = tokens[first - 1];
    if (bounds[s - 1][1] !== first - 1 || point?.text !== '.' || point.end !== tokens[first]?.start || !/^\d/.test(tokens[first].text)) continue;
    if (first >= 2 && tokens[first - 2].end === point.start && !/\d$/.test(tokens[first - 2].text)) continue;
    bounds[s - 1][1] = bounds[s][1];
    bounds.splice(s, 1);
  }
  const sentences: Sentence[] = [];
  for (const [first, last] of bounds) {
    if (first > last) continue;
    // a block of one sentence (a headline, a short paragraph) keeps its tokens' array: no copy
    const sentenceTokens = first === 0 && last === tokens.length - 1 ? tokens : tokens.slice(first, last + 1);
    const inside: NlpEntity[] = [];
    for (const e of entities) if (e.first >= first && e.last <= last) inside.push({ type: e.type, first: e.first - first, last: e.last - first });
    const start = sentenceTokens[0].start;
    const end = sentenceTokens[sentenceTokens.length - 1].end;
    sentences.push({
      index: firstIndex + sentences.length,
      text: fileText.slice(start, end),
      span: { start, end },
      tokens: sentenceTokens,
      entities: inside,
      block: block.kind,
    });
  }
  return sentences;
}
