import type { Span } from '../model';
import { withoutUrls, type ProseBlock } from './proseBlocks';

// A line at least this long that does not end a sentence is taken to be hard-wrapped: the paragraph
// goes on on the next line. Shorter lines (a headline, "News", a byline) stand alone.
const WRAPPED_LINE_MIN = 60;
const SENTENCE_END = /[.!?:;"”’»)\]]\s*$/;

/**
 * Plain text: a blank line always ends a paragraph; a line break ends one too unless the line looks
 * hard-wrapped (long, no closing punctuation, the next line starting in lower case).
 */
export function plainTextBlocks(text: string): ProseBlock[] {
  const lines: Span[] = [];
  const re = /\r\n|\n|\r/g;
  let at = 0;
  for (const m of text.matchAll(re)) {
    lines.push({ start: at, end: m.index ?? 0 });
    at = (m.index ?? 0) + m[0].length;
  }
  lines.push({ start: at, end: text.length });

  const blocks: ProseBlock[] = [];
  let current: Span[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const pieces = withoutUrls(text, current);
    blocks.push({ kind: 'paragraph', span: { start: current[0].start, end: current[current.length - 1].end }, pieces });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = trimSpan(text, lines[i]);
    if (line.end <= line.start) {
      flush();
      continue;
    }
    current.push(line);
    const content = text.slice(line.start, line.end);
    const next = lines[i + 1] ? text.slice(lines[i + 1].start, lines[i + 1].end).trimStart() : '';
    const wrapped = content.length >= WRAPPED_LINE_MIN && !SENTENCE_END.test(content) && /^[a-z]/.test(next);
    if (!wrapped) flush();
  }
  flush();
  return blocks;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
