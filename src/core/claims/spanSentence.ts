import type { Sentence, Span } from '../model';

/**
 * The sentences a span touches, as one sentence: their tokens inside the span, so a claim that is part of
 * a sentence, or runs over several (a reviewer's selection), is indexed and compared by its own words with
 * the same code as a detected claim. Undefined when the span touches no sentence (e.g. it is all markup).
 */
export function spanSentence(sentences: readonly Sentence[], span: Span, text: string): Sentence | undefined {
  const touched = sentences.filter((s) => s.span.start < span.end && span.start < s.span.end);
  if (touched.length === 0) return undefined;
  if (touched.length === 1 && touched[0].span.start <= span.start && span.end <= touched[0].span.end) return touched[0];
  return {
    index: -1,
    text: text.slice(span.start, span.end),
    span,
    tokens: touched.flatMap((s) => s.tokens.filter((t) => t.start >= span.start && t.end <= span.end)),
    // Entity indexes point into each sentence's own token list; nothing downstream of a claim reads them.
    entities: [],
    block: touched[0].block,
  };
}

/** The span without the whitespace at its ends; empty spans stay empty. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
