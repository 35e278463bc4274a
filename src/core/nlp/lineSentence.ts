import type { NlpEntity, Sentence, Token } from '../model';
import { blocksOf } from '../segment/blocksOf';
import { sentencesOf } from './sentences';

/**
 * One line read as one sentence, as labelled data sets and `checkworthy --lines` want it. wink may split
 * the line in two ("Thank you. We did it."); the pieces are merged back into one token list so that one
 * label (or one score) goes with one sentence. Offsets are into the line.
 */
export function lineSentence(line: string, index = 0): Sentence {
  const parts = sentencesOf(line, blocksOf(line, 'plaintext'));
  const tokens: Token[] = [];
  const entities: NlpEntity[] = [];
  for (const p of parts) {
    for (const e of p.entities) entities.push({ type: e.type, first: e.first + tokens.length, last: e.last + tokens.length });
    tokens.push(...p.tokens);
  }
  const start = tokens.length ? tokens[0].start : 0;
  const end = tokens.length ? tokens[tokens.length - 1].end : 0;
  return { index, text: line.slice(start, end), span: { start, end }, tokens, entities, block: 'paragraph' };
}
