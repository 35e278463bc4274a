// JavaScript's whitespace (what /\s/ and String.prototype.trim match) tested on a UTF-16 code unit, for the
// per-character loops of the analysis that would otherwise build a collapsed copy of a string only to measure
// or hash it (claim ids, a line's width). test/unit/whitespace.test.ts checks it against /\s/ for every unit.
export function isWhitespaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `text.replace(/\s+/g, ' ').length`, without the copy. */
export function collapsedLength(text: string): number {
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespaceCode(text.charCodeAt(i));
    if (!space || !inSpace) n++;
    inSpace = space;
  }
  return n;
}
