// Re-wraps a text's paragraphs at a column, as an editor's "rewrap" or `fmt -w` would: whitespace-only
// changes. Paragraphs are runs of non-blank lines; a Markdown heading, list item, quote, table row, fence or
// indented line is left alone (re-wrapping those would change the document, not only its whitespace).
const STRUCTURAL = /^\s*(#|[-*+] |\d+[.)] |>|\||```|~~~|    |\t)/;

function wrapWords(words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * An article whose lines are longer than `width` is one paragraph per line (unwrapped): each line is wrapped
 * on its own. One already wrapped is re-wrapped by blank-line paragraphs.
 */
export function rewrap(text: string, width: number): string {
  const unwrapped = text.split(/\r?\n/).some((l) => l.length > width);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const out: string[] = [];
  let paragraph: string[] = [];
  let inFence = false;
  const flush = () => {
    if (paragraph.length) out.push(...wrapWords(paragraph.join(' ').split(/[ \t]+/).filter(Boolean), width));
    paragraph = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (line.trim() === '' || inFence || STRUCTURAL.test(line) || /^\s*(```|~~~)/.test(line)) {
      flush();
      out.push(line);
    } else {
      paragraph.push(line.trim());
      if (unwrapped) flush();
    }
  }
  flush();
  return out.join(eol);
}
