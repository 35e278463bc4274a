// Rules for what a model trained on debate transcripts has never seen: the furniture of a news page
// (section labels, "Add a Comment", bylines, stray headlines pasted in from a sidebar), plus questions and
// pure opinion, which a fact-checker does not check however factual their words look. Each rule scales
// the learned score down rather than replacing it, so the ranking among sentences the rules do not touch
// is the model's own. Headlines with a verb are not scaled down: they state facts (issue 14).
import type { Sentence } from '../model';
import { IS_OPINION_VERB, IS_SOURCING_VERB, IS_UNCLEAR, wordLists } from './featureWords';

// First-person opinion markers ("I think", "we must", featureWords.ts's OPINION_VERBS) after one of these: a
// statement of the speaker's view, not a fact.
const FIRST_PERSON = new Set(['i', 'we']);
const SENTENCE_END = new Set(['.', '!', '?', '…', '"', '”', '’', '»', ')']);

// A note on the reporting itself rather than on the world (featureWords.ts's SOURCING_VERBS: "could not
// confirm", "declined to comment", "was not authorized to speak", "it was not clear …"): negated (wink's
// negation scope) or after "declined"/"refused"/"unable"; "unclear" on its own.
const REFUSALS = new Set(['declined', 'declines', 'refused', 'refuses', 'unable']);

const SOURCING_FACTOR = 0.5;

// A page stamp ("Originally published 05/03/2013 at 10:20 AM EDT", "Updated: June 13, 2013 4:59 PM"): when the
// page was written, not what happened; two pages' stamps differ without contradicting anything.
const PAGE_STAMP = /^\W*(?:originally |first |last )?(?:published|posted|updated|modified)\b/i;
const PAGE_STAMP_FACTOR = 0.2;

/** Fewer words than this is a label, a caption or a call to action, not a statement. */
const MIN_WORDS = 4;
/** Share of capitalised words that makes a line read as a title ("How Big Data Is Shaping Our Future"). */
const TITLE_CASE_SHARE = 0.7;

/**
 * A factor in (0, 1] by which the learned score is multiplied. `tokenLists`: per token, `wordLists` of its
 * normal form wherever the token is a word, as the scorer's walk of the same sentence left them
 * (FeatureScorer.lastTokenLists): a word's bits then cost no lookup of their own. Without it, each word is
 * looked up (the same bits).
 */
export function boilerplateFactor(sentence: Sentence, tokenLists?: Int32Array): number {
  const tokens = sentence.tokens;
  let words = 0;
  let titleWords = 0; // words that count for or against title case
  let capitalised = 0;
  let verbs = 0;
  let concrete = 0; // numbers and proper nouns: what makes an opinion checkable after all
  let opinionAt = -1;
  let sourcingNote = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'number' || t.pos === 'NUM') concrete++;
    if (t.kind !== 'word') continue;
    words++;
    const c = t.text.charCodeAt(0);
    // Short function words ("of", "a", "in") stay lower case in titles; they neither count for nor against.
    if (c >= 65 && c <= 90) capitalised++, titleWords++;
    else if (t.text.length > 3) titleWords++;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
    if (t.pos === 'PROPN' && i > 0) concrete++;
    const bits = (tokenLists ? tokenLists[i] : wordLists(t.normal)) & (IS_OPINION_VERB | IS_SOURCING_VERB | IS_UNCLEAR);
    if (bits === 0) continue;
    if (bits & IS_UNCLEAR || (bits & IS_SOURCING_VERB && (t.negated || (i > 1 && REFUSALS.has(tokens[i - 2].normal))))) sourcingNote = true;
    if (opinionAt < 0 && bits & IS_OPINION_VERB && i > 0 && FIRST_PERSON.has(tokens[i - 1].normal)) opinionAt = i;
  }
  const last = tokens[tokens.length - 1];
  const ended = last !== undefined && SENTENCE_END.has(last.text);
  let factor = 1;
  if (words < MIN_WORDS) factor *= 0.2;
  if (verbs === 0) factor *= 0.3;
  // A title: mostly capitalised words and no closing punctuation. One without a verb is a label ("Live
  // Updates", "World News"); one with a verb states a fact like any sentence ("U.S. Approves Ukraine's Use of
  // ATACMS"), and the model, which does not see the final period, scores it as one. A stray headline pasted
  // from a sidebar is left to the model too: it is rarely a checkable statement ("How Big Data Is Shaping …").
  const title = sentence.block === 'heading' || (!ended && titleWords >= 3 && capitalised >= TITLE_CASE_SHARE * titleWords);
  if (title && verbs === 0) factor *= 0.3;
  if (last?.text === '?') factor *= 0.5;
  // "I think we should …" with nothing concrete in it is opinion; "I think we lost 9 million jobs" is not.
  if (opinionAt >= 0 && concrete === 0) factor *= 0.5;
  if (sourcingNote) factor *= SOURCING_FACTOR;
  if (isPageStamp(sentence)) factor *= PAGE_STAMP_FACTOR;
  return factor;
}

/** A page stamp has no verb after its own ("Posted on Monday, the report showed 40 deaths" is a statement); "AM" is none. */
function isPageStamp(sentence: Sentence): boolean {
  const stamp = PAGE_STAMP.exec(sentence.text);
  if (!stamp) return false;
  const after = sentence.span.start + stamp[0].length;
  return !sentence.tokens.some((t) => t.start >= after && (t.pos === 'VERB' || t.pos === 'AUX') && !/^[ap]\.?m\.?$/i.test(t.text));
}
