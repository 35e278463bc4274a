// Month and weekday names, their abbreviations and clock words: capitalised like names, yet no one's name and
// no place ("in February" is a time, not somewhere).
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'pm', 'am', 'est', 'edt', 'gmt', 'utc',
]);

export function isCalendarWord(lower: string): boolean {
  return CALENDAR_WORDS.has(lower);
}
