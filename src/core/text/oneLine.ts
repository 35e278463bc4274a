import { cap } from './untrustedText';

/** Text on one line (whitespace collapsed) and at most `max` characters, for lists, titles and cards. */
export function oneLine(text: string, max: number): string {
  return cap(text.replace(/\s+/g, ' ').trim(), max);
}
