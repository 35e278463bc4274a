// Title case: one test for the segmenter (a headline line stands alone) and the story frames (a headline's
// capitals are no evidence of who it is about).
const TITLE_SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'after', 'than', 'amid', 'upon', 'about', 'against', 'before', 'between', 'during', 'under', 'without', 'through', 'across', 'among']);

/**
 * A title-case line: a headline or a byline. Its capitals say nothing about names ("Gary Ross Won't Direct
 * 'Hunger Games' Sequel"), and a plain-text headline stands alone even when long.
 * Every word of four letters or more is capitalised, apart from small connecting words; a line of prose has
 * lower-case verbs and nouns ("The New York Times reported that…", "A State Department spokesperson…").
 */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 3 || !/^\p{Lu}/u.test(words[0])) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // …or nearly every word capitalised (a headline with one slip: "How Big Data Is shaping Our Future").
  if (capitalised / words.length >= 0.8) return true;
  return words.every((w) => /^\p{Lu}/u.test(w) || w.replace(/\P{L}/gu, '').length < 4 || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}
