import type { BlockKind, Span } from '../model';

/**
 * A run of prose the sentence splitter may read: a paragraph, a heading, a list item, a table cell.
 * `pieces` are the spans of the file that hold prose; everything else inside `span` (Markdown
 * syntax, link targets, inline code, line breaks) is masked out before the NLP library reads it.
 */
export interface ProseBlock {
  kind: BlockKind;
  span: Span;
  pieces: Span[];
}

const LINE_BREAK = /[\r\n]/;
const LINE_BREAKS = /[\r\n]/g;

/**
 * The block's text with everything that is not prose replaced by spaces, so that it has exactly the
 * length of `span` and an offset in it plus `span.start` is an offset in the file.
 */
export function maskedText(fileText: string, block: ProseBlock): string {
  // Most plain-text paragraphs are one piece, the whole block, on one line: then the block's own characters (a
  // slice of the file, no copy) without the pieces' array and join below.
  if (block.pieces.length === 1) {
    const { start, end } = block.pieces[0];
    const prose = start === block.span.start && end === block.span.end ? fileText.slice(start, end) : undefined;
    if (prose !== undefined && !LINE_BREAK.test(prose)) return prose;
  }
  const out: string[] = [];
  let at = block.span.start;
  for (const piece of block.pieces) {
    if (piece.start > at) out.push(' '.repeat(piece.start - at));
    out.push(fileText.slice(piece.start, piece.end).replace(LINE_BREAKS, ' '));
    at = piece.end;
  }
  if (block.span.end > at) out.push(' '.repeat(block.span.end - at));
  return out.join('');
}

// Bare URLs and e-mail addresses are not prose in either format.
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>()"“”]+[^\s<>()"“”.,;:!?'’]|\b[\w.+-]+@[\w-]+\.[\w.-]+\b/g;

/** Splits pieces around bare URLs, which are masked like Markdown syntax. */
export function withoutUrls(fileText: string, pieces: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of pieces) {
    let at = p.start;
    const slice = fileText.slice(p.start, p.end);
    // Every match holds "http", "www." or "@": without them the regular expression has nothing to find.
    if (!slice.includes('@') && !slice.includes('www.') && !slice.includes('http')) {
      if (p.end > at) out.push({ start: at, end: p.end });
      continue;
    }
    for (const m of slice.matchAll(URL_LIKE)) {
      const s = p.start + (m.index ?? 0);
      if (s > at) out.push({ start: at, end: s });
      at = s + m[0].length;
    }
    if (p.end > at) out.push({ start: at, end: p.end });
  }
  return out;
}
