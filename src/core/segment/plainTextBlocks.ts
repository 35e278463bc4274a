import type { Span } from '../model';
import { withoutUrls, type ProseBlock } from './proseBlocks';
import { isTitleCase } from '../text/titleCase';
import { collapsedLength } from '../text/whitespace';

// A line at least this long that does not end a sentence is taken to be hard-wrapped: the paragraph
// goes on on the next line. Shorter lines (a headline, "News", a byline) stand alone.
const WRAPPED_LINE_MIN = 60;
const SENTENCE_END = /[.!?:;"”’»)\]]\s*$/;
// A line this long ending on a word no paragraph or headline ends on ("…offered to extend the" / "Gaza Strip.")
// goes on on the next line, whatever that one starts with.
const ENDS_MID_PHRASE = /\s(?:the|a|an|of|to|in|on|at|for|from|with|by|and|or|but|that)$/i;

/**
 * Plain text: a blank line always ends a paragraph; a line break ends one too unless the line looks
 * hard-wrapped: long, no closing punctuation, the next line starting in lower case; or, in a text wrapped at
 * a column, the next line's first word would not have fitted on it.
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

  const trimmed = lines.map((l) => trimSpan(text, l));
  const wrapWidth = hardWrapWidth(text, trimmed);
  const blocks: ProseBlock[] = [];
  let current: Span[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const pieces = withoutUrls(text, current);
    blocks.push({ kind: 'paragraph', span: { start: current[0].start, end: current[current.length - 1].end }, pieces });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = trimmed[i];
    if (line.end <= line.start) {
      flush();
      continue;
    }
    current.push(line);
    const content = text.slice(line.start, line.end);
    const next = lines[i + 1] ? text.slice(lines[i + 1].start, lines[i + 1].end).trimStart() : '';
    const wrapped =
      (content.length >= WRAPPED_LINE_MIN && !SENTENCE_END.test(content) && (/^[a-z]/.test(next) || (next !== '' && ENDS_MID_PHRASE.test(content)))) ||
      nextWordDidNotFit(content, next, wrapWidth, current.length === 1);
    if (!wrapped) flush();
  }
  flush();
  return blocks;
}

/** Lines of a hard-wrapped text are at most this long (72 or 80 columns, sometimes 100); longer lines are paragraphs. */
const MAX_WRAP_WIDTH = 100;

/** A line's width as a wrapping tool counts it, a doubled space counted once (so a later "  " changes nothing). */
function columns(line: string): number {
  return collapsedLength(line);
}

/** A wrap column is at least this wide; narrower "runs" are lists, names, captions. */
const MIN_WRAP_WIDTH = 40;
/** Lines this close to the widest one count as full (a wrapped line ends within one long word of the column). */
const FULL_LINE_SLACK = 15;
/** Share of the lines that must be full for the text to be hard-wrapped rather than a few short paragraphs. */
const MIN_FULL_SHARE = 0.25;

/**
 * The column the whole text is hard-wrapped at (its longest line), or 0 when it is not hard-wrapped: a line
 * over MAX_WRAP_WIDTH (one paragraph per line), or too few lines near the widest one. Decided for the whole
 * text, since a text is wrapped by one tool at one width; a short run of short lines ("Mittens" above
 * "Mittens (CBC)") never makes one up.
 */
function hardWrapWidth(text: string, lines: Span[]): number {
  const filled = lines.filter((l) => l.end > l.start);
  if (filled.length < 2) return 0;
  const widths: number[] = [];
  for (const l of filled) {
    const width = columns(text.slice(l.start, l.end));
    // One line too long to be wrapped decides it: not hard-wrapped. Most articles (a paragraph per line) end
    // here at their first paragraph, without measuring every other line character by character.
    if (width > MAX_WRAP_WIDTH) return 0;
    widths.push(width);
  }
  const max = Math.max(...widths);
  if (max < MIN_WRAP_WIDTH) return 0;
  const full = widths.filter((w) => w >= max - FULL_LINE_SLACK).length;
  return full >= 2 && full / widths.length >= MIN_FULL_SHARE ? max : 0;
}

/** Lower-case words a title-case headline keeps lower case ("Tensions with Russia"). */
/**
 * In a hard-wrapped text, a line ends only because the next word did not fit: then the paragraph goes on,
 * whatever the line ends with or the next one starts with (re-wrapping at 72 or 80 columns must not change
 * the sentences). A line the next word would have fitted on ends its paragraph.
 */
function nextWordDidNotFit(line: string, next: string, width: number, firstOfBlock: boolean): boolean {
  // A headline opens its block and stands alone — unless it was itself wrapped: the next line carries on its
  // title case ("…as Tensions with" / "Russia Intensify") and its first word did not fit. A line full of names
  // in the middle of a paragraph is still the paragraph.
  if (width === 0 || next === '' || (firstOfBlock && isTitleCase(line) && !isTitleCase(`${line} ${next}`))) return false;
  const word = next.split(/\s/, 1)[0];
  return columns(line) + 1 + word.length > width;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
