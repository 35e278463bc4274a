// The hand word lists the check-worthiness features and the score's signals read. Small on purpose: the
// learned word weights refine them; the lists exist so that a sentence-level fact ("it has an attribution")
// is one feature the model can weigh, and so that a fact-checker can be told which kind of fact it saw.

// Speaker-centred words: talk about oneself or the listener is rarely something a fact-checker checks.
export const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
export const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
// Opinion and stance markers.
export const OPINION = new Set([
  'think', 'believe', 'feel', 'hope', 'wish', 'want', 'love', 'hate', 'agree', 'disagree', 'opinion',
  'guess', 'suppose', 'seems', 'seem', 'probably', 'maybe', 'perhaps', 'frankly', 'honestly', 'clearly',
  'obviously', 'great', 'terrible', 'wonderful', 'horrible', 'awful', 'disgrace', 'disgraceful',
  'ridiculous', 'stupid', 'beautiful', 'amazing', 'incredible', 'tremendous', 'wrong', 'right', 'best',
  'worst', 'good', 'bad', 'better', 'worse', 'important', 'proud', 'sad', 'shame', 'fantastic',
]);
export const MODAL = new Set(['should', 'must', 'would', 'could', 'might', 'may', 'can', 'shall', 'ought', 'will', 'need']);
// Reporting verbs: "X said that …", "according to …" mark an attributed statement of fact.
export const REPORTING = new Set([
  'said', 'says', 'say', 'told', 'reported', 'reports', 'announced', 'confirmed', 'stated', 'according',
  'claimed', 'claims', 'noted', 'added', 'estimated', 'showed', 'shows', 'found', 'revealed', 'denied',
]);
// Amounts: words that make a count or a statistic ("thousands of troops", "4.2 billion").
export const AMOUNT = new Set([
  'percent', 'million', 'billion', 'trillion', 'thousand', 'thousands', 'hundreds', 'millions', 'billions',
  'half', 'twice', 'double', 'dozens', 'dozen', 'majority',
]);
// Comparisons of quantity: the backbone of checkable statistics ("rose", "the highest", "doubled").
export const COMPARISON = new Set([
  'tripled', 'doubled', 'more', 'less', 'fewer', 'most', 'least', 'increase', 'increased', 'decrease',
  'decreased', 'rise', 'rose', 'fell', 'cut', 'lowest', 'highest', 'largest', 'record',
]);
// Calendar words: a sentence that says when something happened can be checked against the record.
export const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'yesterday',
  'today', 'tonight', 'year', 'years', 'month', 'months', 'week', 'weeks', 'ago', 'since', 'decade', 'decades',
]);
// Harm done to people or things. Negated ("No damage or casualties were recorded", "nobody was hurt") it is
// still a reported outcome of an event, which news prose states and debates almost never do.
export const HARM = new Set([
  'damage', 'damages', 'casualties', 'casualty', 'injuries', 'injury', 'injured', 'killed', 'wounded', 'hurt',
  'dead', 'deaths', 'death', 'fatalities', 'victims', 'destroyed', 'losses', 'hit', 'struck',
]);

export const IS_FIRST_PERSON = 1;
export const IS_SECOND_PERSON = 2;
export const IS_OPINION = 4;
export const IS_MODAL = 8;
export const IS_REPORTING = 16;
export const IS_AMOUNT = 32;
export const IS_COMPARISON = 64;
export const IS_DATE = 128;
export const IS_HARM = 256;
/** "no", "none", "nobody", "zero", "neither", "nor": words that negate the noun they go with */
export const IS_NEGATOR = 512;
const NEGATORS = new Set(['no', 'none', 'nobody', 'zero', 'neither', 'nor']);

// The lists of boilerplate.ts's rules (no feature of the model): kept here so that the bits the scorer's walk
// already holds for every word answer them too, without a lookup of their own per word (see boilerplateFactor).
// First-person opinion markers ("I think", "we must"): a statement of the speaker's view, not a fact.
export const OPINION_VERBS = new Set(['think', 'believe', 'feel', 'hope', 'wish', 'want', 'guess', 'suppose', 'must', 'should']);
// A note on the reporting itself rather than on the world: a source that "could not confirm", "declined to
// comment", "was not authorized to speak", "could not be reached", "it was not clear …".
export const SOURCING_VERBS = new Set([
  'confirm', 'confirmed', 'confirming', 'comment', 'commented', 'commenting', 'verify', 'verified', 'reached',
  'respond', 'responded', 'authorized', 'authorised', 'quoted', 'clear', 'disclose', 'disclosed',
]);
export const IS_OPINION_VERB = 1024;
export const IS_SOURCING_VERB = 2048;
/** "unclear" on its own */
export const IS_UNCLEAR = 4096;

/** Distinct words whose list bits are kept (a story has far fewer; the memo starts over beyond this). */
const MAX_MEMO = 100_000;
const memo = new Map<string, number>();

/** The lists a (lower-case, normal-form) word is on, as IS_* bits; one map lookup per token once warm. */
export function wordLists(w: string): number {
  let bits = memo.get(w);
  if (bits === undefined) {
    if (memo.size >= MAX_MEMO) memo.clear();
    bits = 0;
    if (FIRST_PERSON.has(w)) bits |= IS_FIRST_PERSON;
    if (SECOND_PERSON.has(w)) bits |= IS_SECOND_PERSON;
    if (OPINION.has(w)) bits |= IS_OPINION;
    if (MODAL.has(w)) bits |= IS_MODAL;
    if (REPORTING.has(w)) bits |= IS_REPORTING;
    if (AMOUNT.has(w)) bits |= IS_AMOUNT;
    if (COMPARISON.has(w)) bits |= IS_COMPARISON;
    if (DATE_WORDS.has(w)) bits |= IS_DATE;
    if (HARM.has(w)) bits |= IS_HARM;
    if (NEGATORS.has(w)) bits |= IS_NEGATOR;
    if (OPINION_VERBS.has(w)) bits |= IS_OPINION_VERB;
    if (SOURCING_VERBS.has(w)) bits |= IS_SOURCING_VERB;
    if (w === 'unclear') bits |= IS_UNCLEAR;
    memo.set(w, bits);
  }
  return bits;
}
