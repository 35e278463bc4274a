import { knownOrganization, NICKNAMES, PLACE_ALIASES } from './gazetteer';
import { boundedMemo } from '../text/boundedMemo';

// One canonical value for the variants of a name, computed from the name alone so that every article of a
// story (and every run) agrees without a shared registry: "Sergey"/"Sergei", "Matt"/"Matthew",
// "U.S."/"US"/"United States", "Kiev"/"Kyiv".

// nameKey is a pure function of the text and runs several times per name chunk of every sentence; the same
// names recur through a story, so keys are kept (up to a bound).
/** Lower case, dots and possessives dropped, curly apostrophes straightened. */
export const nameKey = boundedMemo(computeNameKey, 20_000);

function computeNameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s$/, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Transliteration variants of Slavic names fold to one spelling that is itself a real spelling, since the
 * canonical value is what the card shows: "Sergei"/"Sergey" → "Sergey", "Dmitriy"/"Dmitrii" → "Dmitry",
 * "Zelenskiy"/"Zelenskyy" → "Zelensky". Only endings no English word or place has, nor a Chinese name
 * (-fei, -wei, -mei): "Key Biscayne", "Surrey", "Harvey", "Hawaii", "Khan", "Zhengfei" stay as written.
 */
function foldSpelling(word: string): string {
  return word
    .replace(/^(\w{2,}[grsvx])ei$/, '$1ey')
    .replace(/iy$|yy$/, 'y')
    .replace(/([kr])ii$/, '$1y');
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// canonicalPerson and surnameKey are pure functions of the text, asked for every person-like name of every
// sentence of every article (names.ts); the same names recur through a story.
export const canonicalPerson = boundedMemo(computeCanonicalPerson, 20_000);

function computeCanonicalPerson(text: string): string {
  const parts = nameKey(text).split(' ').filter(Boolean);
  if (parts.length === 0) return text;
  const given = NICKNAMES[parts[0]] ?? parts[0];
  return [given, ...parts.slice(1)].map(foldSpelling).map(titleCase).join(' ');
}

/** The key under which "Miller" alone finds "Matt Miller" earlier in the article. */
export const surnameKey = boundedMemo(computeSurnameKey, 20_000);

function computeSurnameKey(text: string): string {
  const parts = nameKey(text).split(' ');
  return foldSpelling(parts[parts.length - 1]);
}

export function canonicalPlace(text: string): string {
  const key = nameKey(text).replace(/^the /, '');
  return PLACE_ALIASES[key] ?? text.replace(/’s$|'s$/, '');
}

export function canonicalOrganization(text: string): string {
  const key = nameKey(text);
  const known = knownOrganization(key) ?? knownOrganization(key.replace(/^the /, ''));
  if (known) return known;
  // "Defense Ministry" and "Ministry of Defense" are one body.
  const inverted = /^(.*?)\b(\w+) (Ministry|Department|Office|Agency)$/.exec(text);
  const name = inverted ? `${inverted[1]}${inverted[3]} of ${inverted[2]}` : text;
  return name.replace(/^The /, '').trim();
}
