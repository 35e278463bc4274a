import type { Fact, FactType, Sentence, Token } from '../model';
import { canonicalOrganization, canonicalPerson, canonicalPlace, nameKey, surnameKey } from './canonicalNames';
import { DEMONYMS, knownOrganization, ORG_WORDS, PERSON_TITLES, PLACE_SUFFIXES, PLACES } from './gazetteer';
import { isCalendarWord } from './calendarWords';

/** What an article has said so far about who is who: "Miller" after "Matt Miller" is the same person. */
export interface NameContext {
  persons: Map<string, string>;
  /**
   * Names the article itself uses as no person is used (nameKey → 'place' | 'thing'), read from all its
   * sentences before any is typed: "in San Diego", "the Red Crescent", "a Hawaiian Gardens home".
   */
  notPersons: Map<string, 'place' | 'thing'>;
  /** each sentence's proper-noun runs, found once by the usage pass and reused when typing (a Map, not a
   * WeakMap: the context lives as long as one article's reading, and weak keys cost the collector) */
  chunks: Map<Sentence, [number, number][]>;
}

/** A name context for one article; given the article's sentences, it first reads how each name is used. */
export function newNameContext(sentences: readonly Sentence[] = []): NameContext {
  const context: NameContext = { persons: new Map(), notPersons: new Map(), chunks: new Map() };
  for (const s of sentences) learnUsage(s, context);
  return context;
}

// Before a name, these say it is a place: a person is seldom "in" or "near" anyone.
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'at']);
// Before a name, a determiner says it is a thing or body ("the Highway Patrol", "a Kraft Foods plant"):
// people are not "the Jose Orozco" (titles before a name are read first, "the Rev. Louis Gigante").
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);

/**
 * How the article uses each proper-noun run of a sentence, by what wink-nlp's parts of speech say around
 * it: after "in"/"near"/"at" a place, after a determiner or directly before a lower-case common noun ("an
 * Internet Explorer vulnerability") a thing. One such use is enough for the whole article: "the Red
 * Crescent" once makes a later bare "Red Crescent" no person either.
 */
function learnUsage(sentence: Sentence, context: NameContext): void {
  const tokens = sentence.tokens;
  const found = chunks(tokens);
  context.chunks.set(sentence, found);
  for (const [first, last] of found) {
    const before = first > 0 ? tokens[first - 1] : undefined;
    const after = tokens[last + 1];
    let use: 'place' | 'thing' | undefined;
    if (before && PLACE_PREPOSITIONS.has(before.lower) && before.pos === 'ADP') use = 'place';
    else if (before && DETERMINERS.has(before.lower) && before.pos === 'DET') use = 'thing';
    else if (after && after.kind === 'word' && after.pos === 'NOUN' && !isCapitalised(after) && !maybeVerb(after, tokens[last + 2])) use = 'thing';
    // "in Lohan's case" is about Lohan: a possessive name is read as nothing here.
    if (!use || (after && (after.lower === "'s" || after.lower === '’s' || after.text === "'" || after.text === '’'))) continue;
    const key = nameKey(textOf(tokens, first, last));
    if (context.notPersons.get(key) !== 'place') context.notPersons.set(key, use);
  }
}

const CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'von', 'van', 'la', 'du']);

/**
 * People, places and organisations: capitalised proper-noun runs from wink-nlp's POS tags, typed by the
 * titles around them ("President", "spokesperson"), the words inside them ("Ministry", "Oblast") and the
 * gazetteer, each given one canonical value across the story (canonicalNames.ts).
 */
export function extractNames(sentence: Sentence, context: NameContext): Fact[] {
  const facts: Fact[] = [];
  for (const chunk of context.chunks.get(sentence) ?? chunks(sentence.tokens)) facts.push(...typeChunk(sentence.tokens, chunk, context));
  return facts;
}

/**
 * wink tags a headline's verb in -s as a noun ("Lindsay Lohan checks into rehab"): a noun in -s counts as one
 * only when a verb follows it ("Red Crescent workers said").
 */
function maybeVerb(t: Token, next: Token | undefined): boolean {
  return t.lower.endsWith('s') && !(next && (next.pos === 'VERB' || next.pos === 'AUX'));
}

function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0); // /^[A-Z]/
  return c >= 65 && c <= 90;
}

function chunks(tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // the tag first: most tokens are ruled out by it without reading their text (one memory access fewer each)
    const proper = (t.pos === 'PROPN' || (i > 0 && (t.pos === 'NOUN' || t.pos === 'ADJ'))) && isCapitalised(t);
    if (!proper) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      if (isCapitalised(next) && next.pos !== 'VERB' && next.pos !== 'PRON' && next.pos !== 'DET') last++;
      else if (CONNECTORS.has(next.lower) && tokens[last + 2] && isCapitalised(tokens[last + 2])) last += 2;
      else if (next.text === '-' && tokens[last + 2] && isCapitalised(tokens[last + 2]) && next.start === tokens[last].end) last += 2;
      else break;
    }
    out.push([i, last]);
    i = last + 1;
  }
  return out;
}

function typeChunk(tokens: Token[], [first, last]: [number, number], context: NameContext): Fact[] {
  const facts: Fact[] = [];
  const words = tokens.slice(first, last + 1).map((t) => withoutDots(t.lower));
  // "in February", "on Sunday": a time (dates.ts), however capitalised.
  if (words.every(isCalendarWord)) return facts;
  const whole = nameKey(textOf(tokens, first, last));

  if (knownOrganization(whole) || (whole.startsWith('the ') && knownOrganization(whole.slice(4)))) return [makeFact(tokens, 'organization', first, last, canonicalOrganization(textOf(tokens, first, last)))];

  // A title inside the run or just before it makes what follows a person: "Foreign Minister Sergey Lavrov",
  // "spokesperson Matthew Miller".
  let titleAt = -1;
  for (let k = first; k <= last; k++) if (PERSON_TITLES.has(words[k - first])) titleAt = k;
  const titledBefore = first > 0 && PERSON_TITLES.has(withoutDots(tokens[first - 1].lower));
  if (titleAt >= 0 && titleAt < last) {
    facts.push(...leadingPlace(tokens, first, titleAt));
    // A title that goes on with "of" ("Chief of Staff", "Minister of Foreign Affairs Sergei Lavrov") names no one
    // in its object: the person, if any, is the two words at the end ("of Staff" was read as a person).
    let from = titleAt + 1;
    if (tokens[from].lower === 'of') from = Math.max(from + 2, last - 1);
    if (from <= last) facts.push(person(tokens, from, last, context));
    return facts;
  }
  if (titledBefore && last - first <= 3 && !words.some((w) => ORG_WORDS.has(w))) return [person(tokens, first, last, context)];

  if (PLACES.has(whole) || PLACE_SUFFIXES.has(words[words.length - 1])) return [makeFact(tokens, 'place', first, last, canonicalPlace(textOf(tokens, first, last)))];
  if (words.some((w) => ORG_WORDS.has(w))) {
    // "US State Department": the place before the body is a fact of its own.
    const lead = leadingPlace(tokens, first, last);
    const orgFirst = lead.length ? first + 1 : first;
    return [...lead, makeFact(tokens, 'organization', orgFirst, last, canonicalOrganization(textOf(tokens, orgFirst, last)))];
  }
  if (DEMONYMS.has(whole)) return [];
  // Used by the article as a place or a thing somewhere ("in San Diego", "the Red Crescent"): no person.
  const use = context.notPersons.get(whole);
  if (use === 'place') return [makeFact(tokens, 'place', first, last, canonicalPlace(textOf(tokens, first, last)))];
  // A bare surname keeps its person ("the Bush era" says nothing against "Bush underwent surgery").
  if (use === 'thing' && last > first) return [makeFact(tokens, 'organization', first, last, canonicalOrganization(textOf(tokens, first, last)))];
  // Two or three capitalised proper nouns with nothing else to go on: a person's name, unless a number
  // comes just before ("the 67th Main Missile…", part of a longer name).
  const afterNumber = first > 0 && (tokens[first - 1].kind === 'number' || tokens[first - 1].kind === 'ordinal');
  if (!afterNumber && last > first && last - first <= 2 && tokens.slice(first, last + 1).every((t) => t.pos === 'PROPN' && /^[A-Z][a-z]/.test(t.text))) {
    return [person(tokens, first, last, context)];
  }
  if (first === last) {
    const known = context.persons.get(surnameKey(tokens[first].text));
    if (known) return [makeFact(tokens, 'person', first, last, known)];
  }
  return [];
}

/** "gen." → "gen", "u.s." → "us"; most words have no dot and are returned as they are, without a copy. */
function withoutDots(word: string): string {
  return word.includes('.') ? word.replace(/\./g, '') : word;
}

/** The chunk's tokens as written: a space where the text has one between them. */
function textOf(tokens: Token[], a: number, b: number): string {
  let text = tokens[a].text;
  for (let k = a + 1; k <= b; k++) text += (tokens[k - 1].end !== tokens[k].start ? ' ' : '') + tokens[k].text;
  return text;
}

function makeFact(tokens: Token[], type: FactType, a: number, b: number, value: string): Fact {
  return { type, text: textOf(tokens, a, b), span: { start: tokens[a].start, end: tokens[b].end }, value };
}

function leadingPlace(tokens: Token[], first: number, before: number): Fact[] {
  const key = nameKey(tokens[first].text);
  if (first < before && PLACES.has(key)) return [makeFact(tokens, 'place', first, first, canonicalPlace(tokens[first].text))];
  return [];
}

function person(tokens: Token[], first: number, last: number, context: NameContext): Fact {
  const text = tokens.slice(first, last + 1).map((t) => t.text).join(' ');
  const known = first === last ? context.persons.get(surnameKey(text)) : undefined;
  const value = known ?? canonicalPerson(text);
  if (last > first) context.persons.set(surnameKey(text), value);
  return makeFact(tokens, 'person', first, last, value);
}
