import * as whitespace from './whitespace';

// A local copy: a module's exports are read through getters when the code runs from source (tsx, the tests,
// the bench), which costs in a per-character loop.
const { isWhitespaceCode } = whitespace;

// Title case: one test for the segmenter (a headline line stands alone) and the story frames (a headline's
// capitals are no evidence of who it is about).
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'after', 'than', 'amid', 'upon', 'about', 'against', 'before', 'between', 'during', 'under', 'without', 'through', 'across', 'among']);

// One code point at `lastIndex` (sticky): the non-ASCII cases of the character tests below.
const LETTER_AT = /\p{L}/uy;
const UPPER_AT = /\p{Lu}/uy;

/**
 * A title-case line: a headline or a byline. Its capitals say nothing about names ("Gary Ross Won't Direct
 * 'Hunger Games' Sequel"), and a plain-text headline stands alone even when long.
 * Every word of four letters or more is capitalised, apart from small connecting words; a line of prose has
 * lower-case verbs and nouns ("The New York Times reported that…", "A State Department spokesperson…").
 * The words are the runs of non-whitespace (`\s`) that start with a letter. One pass over the characters, with
 * no string or array per word: every claim is tested twice while a story is indexed (test/unit/titleCase.test.ts
 * holds it to the regular-expression definition).
 */
export function isTitleCase(line: string): boolean {
  let words = 0;
  let capitalised = 0;
  // …and the slower rule's answer: every word capitalised, short or a small connecting word
  let everyWordFits = true;
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && isWhitespaceCode(line.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isWhitespaceCode(line.charCodeAt(i))) i++;
    if (!isLetterAt(line, start)) continue;
    const upper = isUpperAt(line, start);
    if (words === 0 && !upper) return false;
    words++;
    if (upper) capitalised++;
    else if (everyWordFits && lettersIn(line, start, i) >= 4 && !TITLE_SMALL_WORDS.has(line.slice(start, i).toLowerCase())) everyWordFits = false;
  }
  if (words < 3) return false;
  // …or nearly every word capitalised (a headline with one slip: "How Big Data Is shaping Our Future").
  return capitalised / words >= 0.8 || everyWordFits;
}

function isLetterAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  LETTER_AT.lastIndex = at;
  return LETTER_AT.test(s);
}

function isUpperAt(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  UPPER_AT.lastIndex = at;
  return UPPER_AT.test(s);
}

/** The UTF-16 length of the letters of s[start, end) (a letter beyond the BMP counts two). */
function lettersIn(s: string, start: number, end: number): number {
  let count = 0;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) count++;
      continue;
    }
    // a surrogate pair is one code point: test it once, count both halves
    const pair = c >= 0xd800 && c <= 0xdbff && k + 1 < end && s.charCodeAt(k + 1) >= 0xdc00 && s.charCodeAt(k + 1) <= 0xdfff;
    LETTER_AT.lastIndex = k;
    if (LETTER_AT.test(s)) count += pair ? 2 : 1;
    if (pair) k++;
  }
  return count;
}
