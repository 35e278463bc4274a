import * as chrono from 'chrono-node/en';
import type { ArticleAnalysis } from '../analyzeArticle';
import type { Sentence } from '../model';
import { isTitleCase } from '../text/titleCase';
import { isCalendarWord } from '../facts/calendarWords';
import { boundedMemo } from '../text/boundedMemo';

/**
 * What an article as a whole says about the event it reports: its date line, the year it is mostly about,
 * and the proper names it uses. Two articles of one story share names and dates; an article about a similar
 * but different event (last year's earthquake, the previous model, another trial of the same man) shares
 * the vocabulary but not those. Read once per article version, from tokens the NLP pass already made.
 */
export interface ArticleFrame {
  /** the article's date line ("May 03, 2013"), in days since 1970-01-01 (UTC), when it has one */
  date?: number;
  /** the year the article mentions most (its date line counting twice), when it mentions any */
  year?: number;
  /** lower-cased proper nouns of the whole article (months and weekdays left out) */
  names: Set<string>;
  /** the numbers it states, as written (years left out): another event has other numbers */
  numbers: Set<string>;
  /** the exact counts its claims state, as "value unit-class" ("5 missile"): filled by indexedClaim.ts */
  counts: Set<string>;
  /**
   * The person the article is about: the surname (lower case) its claims name most often, at least twice.
   * Sister events are told in the same words about someone else ("Chargers' Jackson arrested on suspicion of
   * DUI" / "Chargers' Williams arrested…"), and a bare "he" in a sentence is most likely this person.
   */
  mainPerson?: string;
  /**
   * The surnames (lower case) of everyone its claims name as a person: a sentence naming one by the surname
   * alone where the name reader found no person ("Bush placed on injured reserve", a title-case headline's
   * "Pierre Thomas") still speaks of that person (claimFrame.ts).
   */
  people: Set<string>;
  /**
   * The kinds of harm its claims deny, as harm bits (harmConflict.ts): an article that says "there were no
   * injuries or damages" and "one [missile] suffering damage" reports in the second harm to something else than
   * the first denies. Filled by indexedClaim.ts.
   */
  deniedHarm: number;
}

export const DAY_MS = 86_400_000;
// A date line is a short paragraph near the top: "May 03, 2013", "Tuesday, March 3, 2009 10:41 AM EST",
// "Last Updated: Monday, 28 November 2005, 02:24 GMT".
const DATE_LINE_SENTENCES = 4;
const DATE_LINE_MAX_CHARS = 64;
const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;

export function emptyArticleFrame(): ArticleFrame {
  return { names: new Set(), numbers: new Set(), counts: new Set(), people: new Set(), deniedHarm: 0 };
}

/**
 * `blindDateLine` reads the article as if it had no date line: the training data has date lines in only one
 * of its two kinds of articles, so the model is trained blind to them (scripts/lib/ecbPairs.ts).
 */
export function articleFrameOf(analysis: ArticleAnalysis, blindDateLine = false): ArticleFrame {
  return articleFrameAndTitleCase(analysis, blindDateLine).frame;
}

/**
 * articleFrameOf, and by claim index whether each claim is a title-case line, where the article's people were
 * read from it (undefined where not asked): claimFrameOf asks the same of the same claims, and the test reads
 * the whole sentence.
 */
export function articleFrameAndTitleCase(analysis: ArticleAnalysis, blindDateLine = false): { frame: ArticleFrame; titleCase: (boolean | undefined)[] } {
  const sentences = analysis.sentences.map((s) => s.sentence);
  const dateLine = dateLineOf(sentences);
  const date = blindDateLine ? undefined : dateLine?.day;
  const names = new Set<string>();
  const numbers = new Set<string>();
  const years = new Map<number, number>();
  if (date !== undefined) years.set(yearOfDay(date), 2);
  for (const s of sentences) {
    if (blindDateLine && s === dateLine?.sentence) continue;
    for (const t of s.tokens) {
      if (t.pos === 'PROPN' && t.kind === 'word' && t.text.length > 2 && !isCalendarWord(t.lower)) names.add(t.lower);
      else if (t.kind === 'number' && !isYear(t.text)) numbers.add(t.text.includes(',') ? t.text.replace(/,/g, '') : t.text);
    }
    // exec from lastIndex 0 (left at 0 after), not matchAll: that copies the regex and makes an iterator per sentence
    for (let m = YEAR.exec(s.text); m; m = YEAR.exec(s.text)) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
  }
  let year: number | undefined;
  let best = 0;
  for (const [y, n] of years) if (n > best || (n === best && year !== undefined && y > year)) (year = y), (best = n);
  const { main, people, titleCase } = peopleOf(analysis);
  return { frame: { date, year, names, numbers, counts: new Set(), mainPerson: main, people, deniedHarm: 0 }, titleCase };
}

/** /^(19|20)\d\d$/, by its characters: asked of every number of every article. */
function isYear(text: string): boolean {
  if (text.length !== 4 || !isDigit(text.charCodeAt(2)) || !isDigit(text.charCodeAt(3))) return false;
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  return (c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

// A person named fewer times than this is not what the article is about.
const MAIN_PERSON_MENTIONS = 2;

/**
 * `main`: the surname the article's claims name most often (ties: the first named), when named at least
 * twice; `people`: every surname its claims name as a person.
 */
function peopleOf(analysis: ArticleAnalysis): { main?: string; people: Set<string>; titleCase: (boolean | undefined)[] } {
  const counts = new Map<string, number>();
  const people = new Set<string>();
  const titleCases: (boolean | undefined)[] = [];
  for (const c of analysis.claims) {
    // A title-case headline's capitals may be anything ("Hunger Games"): its "people" are no one to look for.
    // (Asked only of a claim that names a person: the test reads the whole sentence.)
    let titleCase: boolean | undefined;
    for (const f of c.facts) if (f.type === 'person') {
      const key = surnameOf(String(f.value));
      if (!key) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      titleCase ??= isTitleCase(c.text);
      if (!titleCase) people.add(key);
    }
    titleCases.push(titleCase);
  }
  let best: string | undefined;
  let most = MAIN_PERSON_MENTIONS - 1;
  for (const [name, n] of counts) if (n > most) (best = name), (most = n);
  return { main: best, people, titleCase: titleCases };
}

/** "Vincent Jackson" → "jackson": the word both a full name and a later bare surname share. */
export function surnameOf(person: string): string | undefined {
  return surnameWord(person) || undefined;
}

// Asked for every person fact of every claim, twice (the article's people, the claim's): kept per name, ''
// for a name with no surname word (a surname is never empty: its words are longer than two letters).
const surnameWord = boundedMemo((person: string) => {
  const words = person.toLowerCase().split(/\s+/).filter((w) => w.length > 2 && !/^(jr|sr|iii?)\.?$/.test(w));
  return words[words.length - 1] ?? '';
}, 20_000);

/** The article's date line: a short sentence near the top that is a full calendar date and little else. */
function dateLineOf(sentences: Sentence[]): { day: number; sentence: Sentence } | undefined {
  for (const s of sentences.slice(0, DATE_LINE_SENTENCES)) {
    // chrono is slow; a date line has a year and a month (name or number) before it is worth parsing.
    if (s.text.length > DATE_LINE_MAX_CHARS || !/\b(19|20)\d\d\b/.test(s.text)) continue;
    const day = dayOfDateLine(s.text);
    if (day !== '') return { day: Number(day), sentence: s };
  }
  return undefined;
}

/**
 * The day a short line names (as a string, boundedMemo's), when it is a full calendar date and most of the line,
 * else ''. Pure (a date
 * certain in year, month and day does not depend on chrono's reference date), and an article's date line is the
 * same line at each of its analyses (one per edit), while chrono's parse was 2 % of the indexing: kept per line.
 */
const dayOfDateLine = boundedMemo((line) => {
  const parsed = chrono.parse(line)[0];
  if (!parsed) return '';
  const c = parsed.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return '';
  // The date must be most of the line: "Posted May 3, 2013" yes, a headline with a date in it no.
  if (parsed.text.length < line.replace(/[^\w]/g, '').length * 0.6) return '';
  return String(dayNumber(c.get('year')!, c.get('month')!, c.get('day')!));
}, 2_000);

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
