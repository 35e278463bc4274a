import type { Claim, Token } from '../model';
import { isCalendarWord } from '../facts/calendarWords';
import { dayNumber, surnameOf, yearOfDay } from './articleFrame';
import type { ArticleFrame } from './articleFrame';
import { isTitleCase } from '../text/titleCase';
import { actorOf } from './claimActor';
import { NO_WORDS } from './claimTerms';

/** A span of days (since 1970-01-01, inclusive) a sentence places what it tells in. */
export interface DayRange {
  from: number;
  to: number;
  /** the words that gave it, for the reason a card shows */
  text: string;
}

/**
 * When, where and with whom one claim's event happens, as far as its sentence says, with relative times
 * ("Tuesday", "yesterday", "last year") resolved against its article's date line. Compared across sources
 * before any fact is (sameEvent.ts).
 */
export interface ClaimFrame {
  article: ArticleFrame;
  times: DayRange[];
  /** canonical values of the places, and of the people and organisations, it names */
  places: ReadonlySet<string>;
  participants: ReadonlySet<string>;
  /**
   * The people it is about, by surname (lower case): those it names, else, for a bare "he"/"she", the
   * person its article is about. Two sentences about different people state different facts.
   */
  people: ReadonlySet<string>;
  /** lower-cased proper nouns of the sentence, to look up in the other article (articleFrame names) */
  names: ReadonlySet<string>;
  /** years the sentence names */
  years: ReadonlySet<number>;
  /** weekdays it names that no date line resolved ("Tuesday"): still comparable with the other's */
  weekdays: ReadonlySet<string>;
  /** a month it names without a day ("in February", "December 2003"), as written, when no date line resolved it */
  month?: string;
  /** words that set the sentence apart from the news event: "previously", "last year", "anniversary" */
  background: boolean;
  /** said of another time than the article's news: dated over two months off its date line / main year */
  offNews: boolean;
  /** who does what it tells, as written (claimActor.ts), when a name stands before its first verb */
  actor?: string;
}

/** The empty sets a frame shares (claimFrameOf): never written to, as no frame's sets are once it is made. */
const NO_YEARS: ReadonlySet<number> = new Set();

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// Why these words: each places what the sentence tells before the news it is reported in.
const BACKGROUND = /\b(previously|formerly|earlier this year|last (year|decade)|years? (ago|earlier|before)|months? (ago|earlier|before)|decades? ago|anniversary|in the past|the previous|a previous|a prior|the prior|had been|had previously|once again|the last time|history of)\b/i;
// YEAR and MONTH_ALONE are walked with exec from lastIndex 0 (left at 0 after): the matches matchAll gives,
// without the copy of the regex and the iterator it makes per call (most of claimFrameOf's own time).
const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// "in February", "since March": a month with no day and no year after it ("May" the verb is left out).
const MONTH_ALONE = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g;
// Necessary conditions, tested on the text as written: a month name for MONTH_ALONE (3 of 100 claims have one),
// and for the lower-cased tests of claimFrameOf ("today", "last year"…) one of their words, case-insensitively
// (each match in the lower-cased text is one of RELATIVE_HINT's in the text: only "K" (Kelvin) and "İ" lower-case
// to ASCII from elsewhere, and neither can make one). One scan skips the month's walk and the lower-cased copy and
// its four tests for most claims.
const MONTH_HINT = /January|February|March|April|May|June|July|August|September|October|November|December/;
const RELATIVE_HINT = /to(?:day|night)|this (?:m|a|e)|yesterday|last (?:n|m|y)/i;
const RELATIVE = /\b(last|next|this|ago|yesterday|today|tomorrow|tonight|previous|coming|past|earlier|later)\b/i;

// A sentence opening with one of these continues the one before it ("It killed 612 people…"): with no time
// of its own, it is dated by that sentence.
const ANAPHOR = /^(it|its|they|their|this|that|these|those|he|she|his|her|the (quake|earthquake|attack|fire|blast|explosion|storm|crash|shooting|incident|accident|disaster|deal|move|decision|ruling|verdict|sentence|case|trial|arrest|raid|strike|announcement))\b/i;
const PERSON_PRONOUN = new Set(['he', 'she', 'his', 'her', 'him']);

/**
 * `before`: the frame of the sentence just before this one in its article, when that is a claim too;
 * `titleCase`: isTitleCase(claim.text) when the caller knows it (articleFrameAndTitleCase).
 */
export function claimFrameOf(claim: Claim, tokens: readonly Token[], article: ArticleFrame, before?: ClaimFrame, titleCase?: boolean): ClaimFrame {
  const times: DayRange[] = [];
  // Each set is made when its first member is found, else the frame holds the shared empty one (NO_WORDS,
  // NO_YEARS): most of a claim's sets are empty (of 936 claims of 100 FNC-1 bodies, 901 name no weekday, 881 no
  // year), and every claim of a story is kept, so empty sets were a good part of what the collector moved.
  let weekdays: Set<string> | undefined;
  let places: Set<string> | undefined;
  let participants: Set<string> | undefined;
  const anchor = article.date;
  const year = anchor !== undefined ? yearOfDay(anchor) : article.year;
  let namesPerson = false;
  for (const f of claim.facts) {
    if (f.type === 'place') (places ??= new Set()).add(String(f.value));
    else if (f.type === 'person' || f.type === 'organization') {
      (participants ??= new Set()).add(String(f.value));
      if (f.type === 'person') namesPerson = true;
    }
    else if (f.type === 'date') {
      // Relative words ("last month", "two years ago") are resolved below from the article's own date; the
      // fact's value was read against a fixed reference (dates.ts) and would be meaningless here.
      const range = resolve(String(f.value), anchor, year);
      if (range && !RELATIVE.test(f.text)) times.push({ ...range, text: f.text });
      else if (WEEKDAYS.includes(String(f.value).replace(/T.*$/, ''))) (weekdays ??= new Set()).add(String(f.value).replace(/T.*$/, ''));
    }
  }
  // '' when RELATIVE_HINT says no test below can match (nor can they on '')
  const lower = (anchor !== undefined || year !== undefined) && RELATIVE_HINT.test(claim.text) ? claim.text.toLowerCase() : '';
  const monthNamed = MONTH_HINT.test(claim.text);
  let people: Set<string> | undefined;
  // In a title-case headline every word is capitalised, so its "names" may be anything ("Hunger Games"): it
  // states no people, and the rule that statements about different people differ does not apply to it.
  // (Asked only of a claim that names a person: the test splits the sentence into words.)
  if (namesPerson && !(titleCase ?? isTitleCase(claim.text))) for (const f of claim.facts) if (f.type === 'person') {
    const key = surnameOf(String(f.value));
    if (key) (people ??= new Set()).add(key);
  }
  // One pass over the words for the proper nouns and the people they name.
  let names: Set<string> | undefined;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (t.pos === 'PROPN' && t.text.length > 2 && !isCalendarWord(t.lower)) (names ??= new Set()).add(t.lower);
    // A capitalised surname the article names as a person elsewhere is that person, where the name reader found
    // none here: at the start of a sentence ("Bush placed on injured reserve"), or in a title-case headline.
    // (The capital first: a character test, cheaper than the set lookup, and as exact as /^[A-Z]/.)
    if (isAsciiCapital(t.text.charCodeAt(0)) && article.people.has(t.lower)) (people ??= new Set()).add(t.lower);
  }
  let years: Set<number> | undefined;
  // Years written alone ("in 2008") are not date facts; they still place the event.
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(claim.text); m; m = YEAR.exec(claim.text)) {
    const y = Number(m[1]);
    (years ??= new Set()).add(y);
    if (!times.some((t) => yearOfDay(t.from) === y && yearOfDay(t.to) === y)) times.push({ from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31), text: m[1] });
  }
  if (anchor !== undefined) {
    if (/\b(today|tonight|this morning|this afternoon|this evening)\b/.test(lower)) times.push({ from: anchor, to: anchor, text: 'today' });
    if (/\b(yesterday|last night)\b/.test(lower)) times.push({ from: anchor - 1, to: anchor - 1, text: 'yesterday' });
  }
  if (anchor !== undefined && /\blast month\b/.test(lower)) {
    const d = new Date(anchor * 86_400_000);
    const from = dayNumber(d.getUTCFullYear(), d.getUTCMonth(), 1);
    times.push({ from, to: dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1, text: 'last month' });
  }
  if (year !== undefined && /\blast year\b/.test(lower)) times.push({ from: dayNumber(year - 1, 1, 1), to: dayNumber(year - 1, 12, 31), text: 'last year' });
  // "In February, a quake … killed 612": a month alone is the last such month up to the date line.
  if (anchor !== undefined && monthNamed) {
    MONTH_ALONE.lastIndex = 0;
    for (let m = MONTH_ALONE.exec(claim.text); m; m = MONTH_ALONE.exec(claim.text)) {
      if (times.some((t) => t.text.includes(m[1]))) continue;
      const d = new Date(anchor * 86_400_000);
      const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
      const y = month <= d.getUTCMonth() + 1 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
      times.push({ from: dayNumber(y, month, 1), to: dayNumber(y, month + 1, 1) - 1, text: m[0].trim() });
    }
  }
  let month: string | undefined;
  if (anchor === undefined) {
    MONTH_ALONE.lastIndex = 0;
    const first = monthNamed ? MONTH_ALONE.exec(claim.text) : null;
    MONTH_ALONE.lastIndex = 0;
    month = first?.[0].trim() ?? claim.facts.find((f) => f.type === 'date' && /^\d{4}-\d{2}$/.test(String(f.value)))?.text;
  }
  if (!times.length && before?.times.length && ANAPHOR.test(claim.text.trimStart())) times.push(...before.times);
  if (!people?.size && article.mainPerson && tokens.some((t) => PERSON_PRONOUN.has(t.lower) && t.pos === 'PRON')) (people ??= new Set()).add(article.mainPerson);
  const frame = { article, times, places: places ?? NO_WORDS, participants: participants ?? NO_WORDS, people: people ?? NO_WORDS, names: names ?? NO_WORDS, years: years ?? NO_YEARS, weekdays: weekdays ?? NO_WORDS, background: BACKGROUND.test(claim.text), offNews: false, actor: actorOf(claim, tokens), month };
  frame.offNews = isOffNews(frame);
  return frame;
}

function isAsciiCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** A time of the sentence over two months before its date line, or before its article's main year. */
function isOffNews(f: Omit<ClaimFrame, 'offNews'>): boolean {
  const { date, year } = f.article;
  if (!f.times.length) return false;
  // Off the news only if none of its times is the news time: "on Tuesday, a year after the 2012 quake" is news.
  return f.times.every((t) => (date !== undefined ? t.to < date - 60 : year !== undefined && yearOfDay(t.to) < year));
}

/** A date fact's value (dates.ts) as days, using the article's date for what the words leave open. */
function resolve(value: string, anchor: number | undefined, year: number | undefined): { from: number; to: number } | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return single(dayNumber(+m[1], +m[2], +m[3]));
  m = /^--(\d{2})-(\d{2})/.exec(value);
  if (m && year !== undefined) return single(dayNumber(year, +m[1], +m[2]));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { from: dayNumber(+m[1], +m[2], 1), to: dayNumber(+m[1], +m[2] + 1, 1) - 1 };
  const weekday = WEEKDAYS.indexOf(value.replace(/T.*$/, ''));
  if (weekday >= 0 && anchor !== undefined) {
    // News tells of the past week: "Tuesday" is the last Tuesday on or before the date line.
    const dow = new Date(anchor * 86_400_000).getUTCDay();
    return single(anchor - ((dow - weekday + 7) % 7));
  }
  return undefined;
}

function single(day: number): { from: number; to: number } {
  return { from: day, to: day };
}

/** Days between two ranges, 0 when they overlap. */
export function gapDays(a: DayRange, b: DayRange): number {
  if (a.to < b.from) return b.from - a.to;
  if (b.to < a.from) return a.from - b.to;
  return 0;
}
