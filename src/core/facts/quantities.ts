import type { Fact, Sentence, Token } from '../model';
import { combineValues, isNumberWord, isScaleWord, isVaguePlural, vaguePluralValue } from './numberWords';
import { singular } from './singular';

// Words before a number that make it an estimate ("approximately 60 miles", "more than 100 people").
const APPROXIMATORS = new Set(['approximately', 'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'estimated', 'up', 'least', 'than', 'under', 'circa', 'c.']);
// Determiners allowed between "of" and the counted noun ("five of the missiles").
const OF_DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'whose']);
const UNIT_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const MAX_UNIT_TOKENS = 4;

/**
 * Quantities: a number (digits, number words, "thousands") with what it counts. wink-nlp tells numbers
 * and parts of speech; the value is read by numberWords.ts and the unit is the noun phrase after the
 * number ("six ballistic missiles", "five of the missiles", "thousands of North Korean troops").
 */
export function extractQuantities(sentence: Sentence, fileText: string): Fact[] {
  const tokens = sentence.tokens;
  const inDateOrTime = new Set<number>();
  for (const e of sentence.entities) {
    if (e.type === 'DATE' || e.type === 'TIME') for (let i = e.first; i <= e.last; i++) inDateOrTime.add(i);
  }
  const facts: Fact[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (inDateOrTime.has(i) || !startsNumber(tokens, i) || inName(tokens, i) || fractionPart(tokens, i)) {
      i++;
      continue;
    }
    // The number itself: merge "1" "," "000th" and runs like "two hundred", "5.2 billion".
    let last = i;
    const words = [tokens[i].text];
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1];
      if (next.text === ',' && tokens[last + 2] && /^\d{3}(st|nd|rd|th)?$/.test(tokens[last + 2].text) && adjacent(tokens[last], next) && adjacent(next, tokens[last + 2])) {
        words[words.length - 1] += ',' + tokens[last + 2].text;
        last += 2;
      } else if (isScaleWord(next.text) || (next.kind === 'number' && !adjacent(tokens[last], next))) {
        words.push(next.text);
        last++;
      } else break;
    }
    const vague = vaguePluralValue(tokens[i].lower);
    const parsed = vague !== undefined ? { value: vague, ordinal: false } : combineValues(words.map((w) => w.replace(/,/g, '')));
    if (!parsed) {
      i = last + 1;
      continue;
    }
    // Ordinals that begin a name ("the 67th Main Missile and Artillery Directorate") are not quantities.
    const after = tokens[last + 1];
    if (parsed.ordinal && after && after.pos === 'PROPN' && /^[A-Z]/.test(after.text)) {
      i = last + 1;
      continue;
    }
    let first = i;
    let approximate = vague !== undefined;
    while (first > 0 && APPROXIMATORS.has(tokens[first - 1].lower)) {
      first--;
      approximate = true;
      if (tokens[first].lower === 'than' || tokens[first].lower === 'least' || tokens[first].lower === 'up') {
        if (first > 0 && /^(more|less|fewer|at|up)$/.test(tokens[first - 1].lower)) first--;
      }
    }
    // "as many as 20 people", "as much as 55 percent": an upper bound.
    if (first >= 3 && tokens[first - 1].lower === 'as' && /^(many|much)$/.test(tokens[first - 2].lower) && tokens[first - 3].lower === 'as') {
      first -= 3;
      approximate = true;
    }
    if (first > 0 && tokens[first - 1].kind === 'currency') first--;
    const hyphenated = hyphenatedUnit(tokens, last);
    const unit = unitAfter(tokens, hyphenated ? last + 2 : last + 1);
    let unitText = unit?.text;
    if (!unitText && after?.text === '%') unitText = 'percent';
    // "40 percent of the world's oil" and "50 percent of the structures" measure different things.
    if (unit && /^(percent|per cent|percentage)$/.test(unit.text) || unitText === 'percent') {
      const of = unitAfter(tokens, (unit ? unit.lastIndex : last + 1) + 1, true);
      if (of) unitText = `percent of ${of.head.toLowerCase()}`;
    }
    const end = unit ? unit.end : after?.text === '%' ? after.end : tokens[last].end;
    const start = tokens[first].start;
    // "for the first time" counts nothing.
    if (isYear(parsed.value, words, unitText) || (parsed.ordinal && unit?.head.toLowerCase() === 'time')) {
      i = last + 1;
      continue;
    }
    facts.push({
      type: 'quantity',
      text: fileText.slice(start, end),
      span: { start, end },
      value: parsed.value,
      unit: unitText,
      // "5.8-inch screen" measures inches (of a screen), "6.1-magnitude quake" a magnitude.
      unitKey: unitText?.startsWith('percent of ') ? unitText : hyphenated && unit ? singular(tokens[last + 2].lower) : unit ? singular(unit.head) : unitText,
      approximate: approximate || undefined,
      ordinal: parsed.ordinal || undefined,
    });
    i = unit ? unit.lastIndex + 1 : last + 1;
  }
  return facts;
}

function startsNumber(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === 'number' || t.kind === 'ordinal') return true;
  if (isVaguePlural(t.lower)) return tokens[i + 1]?.lower === 'of';
  if (!isNumberWord(t.lower)) return false;
  // "one" is often a pronoun ("one of Russia's largest…"): count it only before a noun.
  if (t.lower === 'one') return tokens[i + 1]?.pos === 'NOUN';
  return t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'PRON';
}

/**
 * A number right after a capitalised name is part of the name, not a quantity: "iPhone 5", "Flight 370",
 * "Windows 7" (a model, a flight, a version). Only digits: "Russia fired five" still counts.
 */
function inName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i].kind === 'number' && !!before && before.pos === 'PROPN' && before.end === tokens[i].start - 1 && /[A-Z]/.test(before.text) && tokens[i + 1]?.text !== '%';
}

/**
 * The digits after a decimal point that wink split off a word ("magnitude-6.4" → "magnitude-6" "." "4"): not a
 * figure of their own ("4 earthquake"); the whole number is unreadable there, so no quantity is read.
 */
function fractionPart(tokens: Token[], i: number): boolean {
  const point = tokens[i - 1];
  const before = tokens[i - 2];
  return point?.text === '.' && adjacent(point, tokens[i]) && !!before && adjacent(before, point) && /\d$/.test(before.text);
}

/** "a 5.8-inch screen", "a 6.1-magnitude quake": the unit is the word joined to the number by a hyphen. */
function hyphenatedUnit(tokens: Token[], last: number): boolean {
  const dash = tokens[last + 1];
  const word = tokens[last + 2];
  return dash?.text === '-' && adjacent(tokens[last], dash) && !!word && adjacent(dash, word) && word.kind === 'word';
}

function unitAfter(tokens: Token[], from: number, requireOf = false): { text: string; head: string; end: number; lastIndex: number } | undefined {
  let i = from;
  if (requireOf && tokens[i]?.lower !== 'of') return undefined;
  if (tokens[i]?.lower === 'of') {
    i++;
    if (tokens[i] && OF_DETERMINERS.has(tokens[i].lower)) i++;
  }
  const start = i;
  let headIndex = -1;
  while (i < tokens.length && i - start < MAX_UNIT_TOKENS) {
    const t = tokens[i];
    const hyphenated = t.text === '-' && i > start && adjacent(tokens[i - 1], t) && tokens[i + 1] && adjacent(t, tokens[i + 1]);
    if (hyphenated) {
      i++;
      continue;
    }
    if (!UNIT_POS.has(t.pos) || t.kind !== 'word') break;
    if (t.pos !== 'ADJ') headIndex = i;
    i++;
  }
  if (headIndex < 0) return undefined;
  const last = tokens[headIndex];
  return {
    text: joinTokens(tokens, start, headIndex).toLowerCase(),
    head: last.text,
    end: last.end,
    lastIndex: headIndex,
  };
}

function joinTokens(tokens: Token[], first: number, last: number): string {
  let out = tokens[first].text;
  for (let k = first + 1; k <= last; k++) out += (adjacent(tokens[k - 1], tokens[k]) ? '' : ' ') + tokens[k].text;
  return out;
}

function adjacent(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** "in 2024" is a year, not 2,024 of something. */
function isYear(value: number, words: string[], unit: string | undefined): boolean {
  return !unit && words.length === 1 && /^\d{4}$/.test(words[0]) && value >= 1800 && value <= 2100;
}
