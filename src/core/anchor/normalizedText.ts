// A whitespace-collapsed view of a text, with a map back to the original offsets.
//
// Quotes are stored and matched with every run of whitespace collapsed to one space. That makes an anchor
// immune to the most common harmless edits — re-wrapping a Markdown paragraph, CRLF <-> LF conversion by
// git, a double space fixed — and keeps the stored quote readable on one line of YAML.

/** Any run of these counts as one space (what `\s` matches, which is also what claimId.ts normalises). */
const WHITESPACE = /\s/;

export interface NormalizedText {
  /** the text with each whitespace run replaced by one space (nothing trimmed, so offsets stay simple) */
  readonly text: string;
  /** original offset where normalized character i starts */
  readonly starts: Int32Array;
  /** original offset just after normalized character i (for a collapsed run: after the whole run) */
  readonly ends: Int32Array;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

export function normalizeText(original: string): NormalizedText {
  const starts = new Int32Array(original.length);
  const ends = new Int32Array(original.length);
  let out = '';
  let n = 0;
  let i = 0;
  while (i < original.length) {
    if (WHITESPACE.test(original[i])) {
      let j = i + 1;
      while (j < original.length && WHITESPACE.test(original[j])) j++;
      out += ' ';
      starts[n] = i;
      ends[n] = j;
      n++;
      i = j;
    } else {
      out += original[i];
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
    }
  }
  return { text: out, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Original span of the normalized span [start, end). */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), norm.text.length);
  return { start: norm.starts[s], end: norm.ends[e - 1] };
}

/** Normalized offset of an original offset: the number of normalized characters that start before it. */
export function toNormalizedOffset(norm: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = norm.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
