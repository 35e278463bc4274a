import { boundedMemo } from '../text/boundedMemo';

// A light singulariser for the head noun of a quantity's unit, so "missiles" and "missile" compare equal.
// Acronyms ("ATACMS") are left alone.
// Pure and called for every content word of every claim (terms, units, sources): results are kept, up to a bound.
export const singular = boundedMemo(computeSingular, 50_000);

function computeSingular(word: string): string {
  const w = word.toLowerCase();
  if (word.length > 1 && word === word.toUpperCase()) return w;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/(ss|us|is)$/.test(w)) return w;
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}
