import type { Fact, Sentence, Token } from '../model';
import { canonicalPlace, nameKey } from './canonicalNames';
import { PLACES } from './gazetteer';
import { singular } from './singular';

// Verbs that report what a source said. Lower-case surface forms: wink's lite model has no lemmas for free.
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'stated', 'states', 'announced', 'announces', 'confirmed',
  'confirms', 'claimed', 'claims', 'noted', 'notes', 'added', 'adds', 'asserted', 'asserting', 'remarked', 'remarking',
  'emphasized', 'emphasised', 'warned', 'warns', 'insisted', 'denied', 'denies', 'acknowledged', 'explained', 'wrote',
  'tweeted', 'commented', 'dispute', 'disputes', 'disputed', 'argued', 'alleged', 'declared', 'reiterated', 'revealed',
  'estimated', 'suggested', 'suggest', 'admitted', 'testified', 'posted', 'replied', 'responded', 'stressed', 'underscored',
]);
const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const MAX_SUBJECT_TOKENS = 8;
// The words that tie an anonymous source to what it knows ("people close to the negotiations").
const POST_MODIFIERS = ['familiar with', 'close to', 'briefed on', 'knowledgeable about', 'involved in', 'with knowledge of', 'with direct knowledge of'].map((p) => p.split(' '));
const DROP_IN_KEY = new Set(['a', 'an', 'the', 'their', 'its', 'his', 'her', 'some', 'several', 'two', 'three', 'four', 'many', 'senior', 'other']);

/** Who, in the article so far, a pronoun source ("he emphasized") most likely is. */
export interface AttributionContext {
  lastPerson?: string;
}

/**
 * Attributions: "according to two US officials", "Russia's Defense Ministry reported", "as confirmed by
 * U.S. officials to ABC News", "A US official told CNN". The source is the noun phrase wink-nlp tags
 * around a reporting verb; `sourceKey` folds "two US officials" and "A U.S. official" together so that two
 * reports of the same official source are not counted as independent corroboration.
 */
export function extractAttributions(sentence: Sentence, fileText: string, context: AttributionContext): Fact[] {
  const tokens = sentence.tokens;
  const facts: Fact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const np = nounPhraseAfter(tokens, i + 2);
      if (np) facts.push(fact(fileText, tokens[i].start, tokens[np[1]].end, tokens, np));
      continue;
    }
    if (!SPEECH_VERBS.has(t.lower) || (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'NOUN')) continue;
    // Passive: "as confirmed by U.S. officials to ABC News".
    if (tokens[i + 1]?.lower === 'by') {
      const np = nounPhraseAfter(tokens, i + 2);
      if (!np) continue;
      let end = np[1];
      if (tokens[end + 1]?.lower === 'to') end = nounPhraseAfter(tokens, end + 2)?.[1] ?? end;
      facts.push(fact(fileText, tokens[i].start, tokens[end].end, tokens, np));
      continue;
    }
    const subject = nounPhraseBefore(tokens, i);
    let start: number;
    let source: string;
    let sourceKey: string;
    if (subject) {
      start = tokens[subject[0]].start;
      source = fileText.slice(start, tokens[subject[1]].end);
      sourceKey = keyOf(tokens, subject);
    } else if (i > 0 && PRONOUNS.has(tokens[i - 1].lower) && context.lastPerson && tokens[i - 1].lower !== 'they') {
      start = tokens[i - 1].start;
      source = context.lastPerson;
      sourceKey = nameKey(context.lastPerson);
    } else continue;
    // "told CNN": the outlet is part of the attribution.
    let end = i;
    if (t.lower === 'told' || t.lower === 'tells') end = nounPhraseAfter(tokens, i + 1, true)?.[1] ?? i;
    facts.push({ type: 'attribution', text: fileText.slice(start, tokens[end].end), span: { start, end: tokens[end].end }, source, sourceKey });
  }
  return facts;
}

function fact(fileText: string, start: number, end: number, tokens: Token[], np: [number, number]): Fact {
  return {
    type: 'attribution',
    text: fileText.slice(start, end),
    span: { start, end },
    source: fileText.slice(tokens[np[0]].start, tokens[np[1]].end),
    sourceKey: keyOf(tokens, np),
  };
}

/** "two US officials" and "A U.S. official" → "united states official". */
export function keyOf(tokens: Token[], [a, b]: [number, number]): string {
  const words: string[] = [];
  for (let k = a; k <= b; k++) {
    const w = nameKey(tokens[k].text);
    if (!w || w === "'s" || w === "'" || DROP_IN_KEY.has(w) || tokens[k].kind === 'number') continue;
    words.push(PLACES.has(w) ? nameKey(canonicalPlace(w)) : w);
  }
  // "officials" and "official" are one source; "Times" in "The New York Times" is a name, not a plural.
  if (words.length && tokens[b].pos === 'NOUN') words[words.length - 1] = singular(words[words.length - 1]);
  return words.join(' ');
}

function nounPhraseBefore(tokens: Token[], verb: number): [number, number] | undefined {
  let k = verb - 1;
  // "Russia's Defense Ministry reported": possessives and dots belong to the phrase.
  const inPhrase = (t: Token, k: number) =>
    SUBJECT_POS.has(t.pos) ||
    /^['’]s$|^['’]$/.test(t.text) ||
    // "The Russian Ministry of Foreign Affairs claimed": "of" between capitalised words.
    (t.lower === 'of' && k > 0 && /^[A-Z]/.test(tokens[k - 1].text) && /^[A-Z]/.test(tokens[k + 1]?.text ?? ''));
  while (k >= 0 && verb - k <= MAX_SUBJECT_TOKENS && inPhrase(tokens[k], k)) k--;
  // "a person familiar with the talks said": the source is the person, not the talks.
  const tie = POST_MODIFIERS.find((words) => words.every((w, j) => tokens[k - words.length + 1 + j]?.lower === w));
  if (tie && k - tie.length >= 0 && SUBJECT_POS.has(tokens[k - tie.length].pos)) {
    k -= tie.length;
    while (k >= 0 && verb - k <= MAX_SUBJECT_TOKENS + 6 && inPhrase(tokens[k], k)) k--;
  }
  const first = k + 1;
  if (first >= verb) return undefined;
  // Trim a leading determiner-only phrase and require a noun.
  const hasNoun = tokens.slice(first, verb).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return hasNoun ? [first, verb - 1] : undefined;
}

function nounPhraseAfter(tokens: Token[], from: number, properOnly = false): [number, number] | undefined {
  let k = from;
  while (k < tokens.length && k - from < MAX_SUBJECT_TOKENS && (properOnly ? tokens[k].pos === 'PROPN' : SUBJECT_POS.has(tokens[k].pos) || /^['’]s$/.test(tokens[k].text))) k++;
  return k > from ? [from, k - 1] : undefined;
}
