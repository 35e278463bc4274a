import * as chrono from 'chrono-node/en';
import type { Fact, Sentence } from '../model';
import { combineValues } from './numberWords';
import { singular } from './singular';
import { boundedMemo } from '../text/boundedMemo';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
// A fixed reference date: articles rarely carry their own, and the result must not depend on when the
// tool runs. Only components chrono marks as certain are used, and no date counted from it ("two days ago"), so
// the reference never leaks into a value.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const DURATION_UNITS: Record<string, string> = { second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y' };
// Words wink leaves outside the entity that belong to the date ("on Sunday", "local time").
const LEAD_INS = new Set(['on', 'at', 'since', 'until', 'by', 'for', 'last', 'next', 'early', 'late']);

/**
 * Dates, times and durations: wink-nlp finds them (DATE, TIME, DURATION entities) and chrono-node
 * normalises what the text allows: an ISO date for "Nov. 19, 2024", a weekday for "Tuesday", "03:25"
 * or "19:25-05:00" for times, an ISO duration for "two days", the words themselves when vague.
 */
export function extractDates(sentence: Sentence, fileText: string): Fact[] {
  const facts: Fact[] = [];
  const tokens = sentence.tokens;
  for (const entity of sentence.entities) {
    if (entity.type !== 'DATE' && entity.type !== 'TIME' && entity.type !== 'DURATION') continue;
    let first = entity.first;
    let last = entity.last;
    if (first > 0 && LEAD_INS.has(tokens[first - 1].lower)) first--;
    // "3:25 a.m. local time", "7:25 p.m. ET"
    if (entity.type === 'TIME') {
      if (tokens[last + 1]?.lower === 'local' && tokens[last + 2]?.lower === 'time') last += 2;
      else if (/^(et|est|edt|pt|pst|pdt|ct|cst|cdt|gmt|utc|bst|cet|msk)$/.test(tokens[last + 1]?.lower ?? '')) last += 1;
    }
    const start = tokens[first].start;
    const end = tokens[last].end;
    const text = fileText.slice(start, end);
    // its words one space apart: a hard-wrapped line may break inside it ("a couple of\nmonths later")
    const core = fileText.slice(tokens[entity.first].start, end).replace(/\s+/g, ' ');
    if (entity.type === 'DURATION') {
      // "day" alone (as in "the 1,000th day") is not a duration the article states.
      if (entity.first === entity.last && !/s$/.test(tokens[entity.first].lower)) continue;
      // "two days after" is counted, so it is a quantity (quantities.ts); only vague spans stay here.
      if (tokens.slice(entity.first, entity.last + 1).some((t) => t.kind === 'number' || t.pos === 'NUM')) continue;
      facts.push({ type: 'date', text, span: { start, end }, value: durationValue(core) });
      continue;
    }
    facts.push({ type: entity.type === 'TIME' ? 'time' : 'date', text, span: { start, end }, value: normalise(core) });
  }
  return facts;
}

// normalise() is a pure function of the words (the reference date is fixed) and chrono is the costliest
// step of reading an article's facts; the same dates recur across a story ("on Tuesday", "last year").
const normalise = boundedMemo(parseDate, 10_000);

function parseDate(text: string): string {
  const parsed = chrono.parse(text, REFERENCE)[0];
  if (!parsed) return text.toLowerCase();
  // "eight days ago", "yesterday", "last year": chrono counts them from the reference and marks the result
  // certain, but the day they name depends on the article's date, which the story frame resolves
  // (claimFrame.ts). Their words are their value here: "1999-12-24" would be a date no article gave.
  for (const tag of parsed.tags()) if (tag === 'result/relativeDate' || tag.startsWith('casualReference/')) return text.toLowerCase();
  const c = parsed.start;
  const certain = (k: Parameters<typeof c.isCertain>[0]) => c.isCertain(k);
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  const parts: string[] = [];
  if (certain('year') && certain('month') && certain('day')) parts.push(`${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`);
  else if (certain('month') && certain('day')) parts.push(`--${pad(c.get('month'))}-${pad(c.get('day'))}`);
  else if (certain('year') && certain('month')) parts.push(`${c.get('year')}-${pad(c.get('month'))}`);
  else if (certain('weekday')) parts.push(WEEKDAYS[c.get('weekday') ?? 0]);
  if (certain('hour')) {
    let time = `${pad(c.get('hour'))}:${pad(c.get('minute'))}`;
    const offset = certain('timezoneOffset') ? c.get('timezoneOffset') : null;
    if (offset !== null && offset !== undefined) {
      const sign = offset < 0 ? '-' : '+';
      time += `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
    }
    parts.push(parts.length ? `T${time}` : time);
  }
  return parts.length ? parts.join('') : text.toLowerCase();
}

/** "two days" → P2D, "three months" → P3M; vague durations ("several weeks", "months") keep their words. */
function durationValue(text: string): string {
  const words = text.toLowerCase().split(/\s+/).filter((w) => !LEAD_INS.has(w));
  const unitWord = words[words.length - 1];
  const unit = DURATION_UNITS[singular(unitWord)];
  const amount = combineValues(words.slice(0, -1));
  if (!unit || !amount) return words.join(' ');
  const timeUnit = singular(unitWord) === 'minute' || singular(unitWord) === 'hour' || singular(unitWord) === 'second';
  return `P${timeUnit ? 'T' : ''}${amount.value}${unit}`;
}
