import type { NlpEntity, Sentence, Token } from '../model';
import { maskedText, type ProseBlock } from '../segment/proseBlocks';
import { boundedMemo } from '../text/boundedMemo';
import { wink } from './wink';

// Closing punctuation that wink puts at the start of the next sentence ("…themselves.» Subsequently").
const CLOSERS = new Set(['»', '”', '’', '"', "'", ')', ']']);

// A token's lower-case form, one string per distinct word: toLowerCase makes a new string for most tokens
// (2.6 MB per 100 articles), and a shared one is hashed once for every later Map lookup of it.
const lowerCase = boundedMemo((text) => text.toLowerCase(), 50_000);

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
  const out: ParsedBlock[] = [];
  let count = 0;
  for (const block of blocks) {
    const prose = maskedText(fileText, block);
    const key = block.kind + '\u0000' + prose;
    const earlier = previous?.get(key);
    const sentences = earlier ? movedSentences(fileText, earlier, block.span.start, count) : readBlock(fileText, block, prose, count);
    out.push({ key, start: block.span.start, sentences, scores: earlier?.scores });
    count += sentences.length;
  }
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

/** Reads one block with wink; its sentences are numbered from `firstIndex`. */
function readBlock(fileText: string, block: ProseBlock, prose: string, firstIndex: number): Sentence[] {
  const sentences: Sentence[] = [];
  const nlp = wink();
  const its = nlp.its;
  // wink leaves some whitespace characters out of its "preceding spaces" (U+FEFF, U+2028, U+2029, VT, FF,
  // U+3000…), so offsets counted from them drift by one per such character. It reads a copy in which every
  // whitespace character is an ASCII space: the same length (each is one UTF-16 unit), so offsets hold.
  const masked = OTHER_WHITESPACE.test(prose) ? prose.replace(/\s/g, ' ') : prose;
  const doc = nlp.readDoc(masked);
  const tokensOut = doc.tokens();
  const values = tokensOut.out(its.value) as string[];
  const spaces = tokensOut.out(its.precedingSpaces) as string[];
  const pos = tokensOut.out(its.pos) as string[];
  const kinds = tokensOut.out(its.type) as string[];
  const normals = tokensOut.out(its.normal) as string[];
  const negations = tokensOut.out(its.negationFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let at = block.span.start;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const value = values[i];
    // Belt and braces: should wink ever drop or change another character, find the token where it is
    // rather than let every later offset shift.
    const local = at - block.span.start;
    if (!masked.startsWith(value, local)) {
      const found = masked.indexOf(value, local);
      if (found >= 0) at = block.span.start + found;
    }
    // The article's own characters (an NBSP stays an NBSP in a fact's text). Nearly always they are wink's
    // string itself, one string per distinct word shared by every token of it: no copy per token, and the hash
    // a later Map lookup of it needs (the scorer's word table) is computed once.
    const text = fileText.startsWith(value, at) ? value : fileText.slice(at, at + value.length);
    tokens.push({
      text,
      lower: lowerCase(text),
      pos: pos[i],
      kind: kinds[i],
      normal: normals[i],
      negated: Boolean(negations[i]),
      start: at,
      end: at + text.length,
    });
    at += text.length;
  }
  const bounds = (doc.sentences().out(its.span) as unknown as [number, number][]).map(([a, b]) => [a, b]);
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
  const entitiesOut = doc.entities();
  const entitySpans = entitiesOut.out(its.span) as unknown as [number, number][];
  const entityTypes = entitiesOut.out(its.type) as string[];
  for (const [first, last] of bounds) {
    if (first > last) continue;
    const sentenceTokens = tokens.slice(first, last + 1);
    const entities: NlpEntity[] = [];
    for (let k = 0; k < entitySpans.length; k++) {
      const [a, b] = entitySpans[k];
      if (a >= first && b <= last) entities.push({ type: entityTypes[k], first: a - first, last: b - first });
    }
    const start = sentenceTokens[0].start;
    const end = sentenceTokens[sentenceTokens.length - 1].end;
    sentences.push({
      index: firstIndex + sentences.length,
      text: fileText.slice(start, end),
      span: { start, end },
      tokens: sentenceTokens,
      entities,
      block: block.kind,
    });
  }
  return sentences;
}
