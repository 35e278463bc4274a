import type { ArticleAnalysis } from '../analyzeArticle';
import { spanSentence } from '../claims/spanSentence';
import type { Claim, Fact, Sentence, Span, Token } from '../model';
import { articleFrameAndTitleCase, emptyArticleFrame, type ArticleFrame } from './articleFrame';
import { claimFrameOf, type ClaimFrame } from './claimFrame';
import { claimTerms, nameWordTerms, NO_WORDS, wordTerm } from './claimTerms';
import { factMaskOf } from './compareClaims';
import { deniedHarmOf, harmBesides, harmBits, nobodyBefore } from './harmConflict';
import * as lexicon from './lexicon';
import { measureOf, rangeOf, type QuantityRange } from './quantityRange';
import { scopeOf, scopePhrases, tokenFrom, tokenUpTo } from './quantityScope';

// Local copies: a module's exports are read through getters when the code runs from source (tsx, the tests,
// `compareCommits.ts`), which costs in the per-token loop of indexClaim.
const { eventClass, HARM_KIND_SHIFT, NEGATIONS, ROLE_DENIAL_VERB, ROLE_DENIAL_WORD, ROLE_FALSE, ROLE_HARM, ROLE_HARM_NOUN, ROLE_NEGATION, unitClass, WORD_ROLES } = lexicon;

/** A quantity with what it counts and what happened to it, ready to be compared with another source's. */
export interface ComparableQuantity {
  fact: Fact;
  value: number;
  unitClass: string;
  /** the event class of the nearest verb ("launch", "intercept"), or the verb itself */
  event?: string;
  /** the values its words allow ("at least 50", "about 60 miles"), in a base unit */
  range: QuantityRange;
  /** said under a negation ("never hit fewer than 26"): not a value the sentence asserts */
  negated: boolean;
  /**
   * Whose figure it is: the nearest person named before it in the sentence, "?" when only a pronoun says
   * ("he finished with 269 yards"), undefined when the sentence names no one before it.
   */
  holder?: string;
  /** the period or unit of play it is counted over ("last season", "54 game", "per game"), if the sentence says */
  scope?: string;
}

/** A claim as the story index holds it: its article, its terms, and the facts that can be compared. */
export interface IndexedClaim {
  /** key in the search index: file + claim id */
  key: string;
  file: string;
  claim: Claim;
  terms: string[];
  /** word terms that come from inside names: not shared content (relate.ts) */
  nameTerms: ReadonlySet<string>;
  /**
   * word terms that describe a person named in the sentence ("Angels general manager", ", director of the
   * Endangered Species Program,"): two statements of one speaker share them, so they are not shared content
   */
  speakerTerms: ReadonlySet<string>;
  quantities: ComparableQuantity[];
  /** content words said under negation ("no damage", "did not confirm") and said plainly */
  negatedWords: ReadonlySet<string>;
  plainWords: ReadonlySet<string>;
  /** index in `tokens` of a word that calls a report untrue ("denied", "a hoax", "was false"), or -1 */
  denial: number;
  tokens: Token[];
  /** when, where and with whom its event happens (claimFrame.ts), for the same-event decision */
  frame: ClaimFrame;
  /**
   * the harm it denies and reports, and the classes of the figures it counts, as bits (compareClaims.ts
   * factMaskOf): whether two claims may share or dispute a fact is told by two numbers for most pairs
   */
  factMask: number;
}

const EVENT_WINDOW = 4;

/**
 * An article's claims as the story index holds them; a reviewer's span is read within its sentence.
 * `blindDateLine`: for training only (articleFrame.ts).
 */
export function indexArticleClaims(analysis: ArticleAnalysis, blindDateLine = false): IndexedClaim[] {
  const { file, text } = analysis;
  const sentences = analysis.sentences.map((s) => s.sentence);
  const { frame: article, titleCase } = articleFrameAndTitleCase(analysis, blindDateLine);
  // Frames by sentence index, so a sentence that continues the one before ("It killed 612…") is dated by it.
  const frames = new Map<number, ClaimFrame>();
  return analysis.claims.map((c, k) => {
    const sentence = c.sentence >= 0 ? sentences[c.sentence] : spanSentence(sentences, c.span, text);
    const previous = c.sentence > 0 ? sentences[c.sentence - 1] : undefined;
    const sameBlock = previous && sentence && analysis.paragraphs[c.sentence - 1] === analysis.paragraphs[c.sentence];
    const indexed = indexClaim(file, c, sentence, sameBlock ? previous : undefined, article, frames.get(c.sentence - 1), titleCase[k]);
    if (c.sentence >= 0) frames.set(c.sentence, indexed.frame);
    for (const q of indexed.quantities) if (q.range.exact && !q.negated) article.counts.add(`${q.value} ${q.unitClass}`);
    article.deniedHarm |= deniedHarmOf(indexed.factMask);
    return indexed;
  });
}

/**
 * `previous` is the sentence before the claim in the same paragraph: when the claim points back to it
 * ("U.S. officials dispute this, asserting…"), its words say what the claim is about and are indexed too.
 */
export function indexClaim(file: string, claim: Claim, sentence: Sentence | undefined, previous?: Sentence, article: ArticleFrame = emptyArticleFrame(), frameBefore?: ClaimFrame, titleCase?: boolean): IndexedClaim {
  const tokens = sentence ? tokensWithin(sentence.tokens, claim.span) : [];
  // negated words are rare (795 of 936 FNC-1 claims have none): their set is made for the first, else shared (NO_WORDS)
  let negatedWords: Set<string> | undefined;
  const plainWords = new Set<string>();
  // One pass over the tokens, one lookup each (WORD_ROLES), for the negated and plain words, the harm the claim
  // denies and reports (harmConflict.ts harmBits) and its first denial (isDenial): a pass and a lookup per set
  // each took ~7 % of the indexing's profile. The last negation seen answers `negatedBefore(tokens, i)` for every word.
  let lastNegation = -NEGATION_REACH - 1;
  let deniedHarm = 0;
  let reportedHarm = 0;
  let denial = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const role = WORD_ROLES.get(t.lower) ?? 0;
    if (t.kind === 'word' && t.pos !== 'DET' && t.pos !== 'ADP') {
      // A negation just before the word ("no injuries or damages", "did not damage"). wink's negation scope runs
      // to the end of the clause, which would read "did not deny reports that it caused deaths" as no deaths.
      if (i - lastNegation <= NEGATION_REACH) {
        (negatedWords ??= new Set()).add(t.lower);
        if (role & ROLE_HARM_NOUN && !harmBesides(tokens, lastNegation, i)) deniedHarm |= role >>> HARM_KIND_SHIFT;
      } else {
        plainWords.add(t.lower);
        if (role & ROLE_HARM) reportedHarm |= role >>> HARM_KIND_SHIFT;
      }
    }
    if (role === 0) continue;
    // "nobody was injured": a harm word after "no one"/"nobody" (a harm noun denies harm only negated, above)
    if (role & ROLE_HARM && !(role & ROLE_HARM_NOUN) && nobodyBefore(tokens, i)) deniedHarm |= role >>> HARM_KIND_SHIFT;
    if (denial < 0 && isDenial(tokens, i, role)) denial = i;
    if (role & ROLE_NEGATION) lastNegation = i;
  }
  const quantities: ComparableQuantity[] = [];
  let scopes: ReturnType<typeof scopePhrases> | undefined;
  for (const fact of claim.facts) {
    if (fact.type !== 'quantity' || typeof fact.value !== 'number' || fact.ordinal) continue;
    // Ages ("the 32-year-old champion") describe a person at the time of writing, not the event; and a figure
    // in brackets right after another ("$1 million ($1.52 million)") is a conversion of it.
    if (/-year-old|years? old/i.test(fact.text) || isConversion(claim, fact)) continue;
    const cls = measureOf(fact.unitKey) ?? unitClass(fact.unitKey, fact.unit);
    if (!cls) continue;
    const at = tokenFrom(tokens, fact.span.start);
    scopes ??= scopePhrases(tokens);
    quantities.push({ fact, value: fact.value, unitClass: cls, event: eventOf(tokens, at, tokenUpTo(tokens, fact.span.end)), range: rangeOf(fact, fact.value), negated: at >= 0 && negatedBefore(tokens, at), holder: holderOf(claim, tokens, at), scope: scopeOf(tokens, fact, scopes, at) });
  }
  const terms = claimTerms(claim, sentence);
  if (previous && pointsBack(tokens)) {
    for (const t of claimTerms({ ...claim, span: previous.span, facts: [] }, previous)) if (!terms.includes(t)) terms.push(t);
  }
  const negated = negatedWords ?? NO_WORDS;
  const factMask = factMaskOf(quantities, harmBits(deniedHarm, reportedHarm));
  return { key: `${file}#${claim.id}`, file, claim, terms, nameTerms: nameWordTerms(claim, sentence), speakerTerms: speakerWordTerms(claim, tokens), quantities, negatedWords: negated, plainWords, denial, tokens, frame: claimFrameOf(claim, tokens, article, frameBefore, titleCase), factMask };
}

/**
 * The tokens inside a span. A detected claim is its whole sentence: then the sentence's own array, not a copy
 * per claim (nothing writes to a token array once the sentence is read).
 */
function tokensWithin(tokens: Token[], span: Span): Token[] {
  if (tokens.length === 0 || (tokens[0].start >= span.start && tokens[tokens.length - 1].end <= span.end)) return tokens;
  return tokens.filter((t) => t.start >= span.start && t.end <= span.end);
}

const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'they', 'their']);
// A title before a name is a short run of nouns ("Highway Patrol Officer"); one after it an apposition
// between commas (", executive vice president of the advocacy group Defenders of Wildlife,").
const TITLE_BEFORE = 4;
const APPOSITION = 14;

/** The word terms of the titles around each person the claim names (see IndexedClaim.speakerTerms). */
function speakerWordTerms(claim: Claim, tokens: Token[]): ReadonlySet<string> {
  // made for the first word (most claims name no one with a title), else the shared empty set
  let out: Set<string> | undefined;
  for (const f of claim.facts) {
    if (f.type !== 'person') continue;
    const first = tokenFrom(tokens, f.span.start);
    const last = tokenUpTo(tokens, f.span.end);
    if (first < 0 || last < 0) continue;
    for (let k = first - 1; k >= 0 && first - k <= TITLE_BEFORE && /^(NOUN|PROPN|ADJ)$/.test(tokens[k].pos); k--) out = withWordTerm(out, tokens[k]);
    if (tokens[last + 1]?.text !== ',') continue;
    for (let k = last + 2; k < tokens.length && k - last <= APPOSITION && tokens[k].text !== ',' && tokens[k].pos !== 'VERB'; k++) out = withWordTerm(out, tokens[k]);
  }
  return out ?? NO_WORDS;
}

// A module function, not a closure in speakerWordTerms: the build keeps function names (keepNames), which
// costs a call per closure created. `out`: the set so far, undefined until a word is added; the set to go on with.
function withWordTerm(out: Set<string> | undefined, t: Token): Set<string> | undefined {
  if (t.kind !== 'word') return out;
  out ??= new Set();
  out.add(wordTerm(t.normal));
  return out;
}

/** The nearest person named before token `at`, "?" for a pronoun nearer than any name, else undefined. */
function holderOf(claim: Claim, tokens: Token[], at: number): string | undefined {
  if (at < 0) return undefined;
  const start = tokens[at].start;
  // the last person fact (in the facts' order) ending before the figure
  let person: Fact | undefined;
  for (const f of claim.facts) if (f.type === 'person' && f.span.end <= start) person = f;
  for (let i = at - 1; i >= 0; i--) {
    if (person && tokens[i].end <= person.span.end) return String(person.value);
    if (PRONOUNS.has(tokens[i].lower) && tokens[i].pos === 'PRON') return '?';
  }
  return person ? String(person.value) : undefined;
}

/** "$1 million ($1.52 million)": a figure opening a bracket right after another figure. */
function isConversion(claim: Claim, fact: Fact): boolean {
  // the figure just before it first: most have none, and the text test slices and trims the claim's text
  return claim.facts.some((f) => f.type === 'quantity' && f !== fact && f.span.end <= fact.span.start && fact.span.start - f.span.end <= 3) && claim.text.slice(0, fact.span.start - claim.span.start).trimEnd().endsWith('(');
}

const NO_FRAME: ClaimFrame = { article: emptyArticleFrame(), times: [], places: NO_WORDS, participants: NO_WORDS, people: NO_WORDS, names: NO_WORDS, years: new Set(), weekdays: NO_WORDS, background: false, offNews: false };

/**
 * A sentence that is not a claim, indexed by its terms only (StoryIndex looks there before saying no other
 * source mentions a claim): no facts, so nothing to compare, and none of a claim's per-word work.
 */
export function indexSentence(file: string, claim: Claim, sentence: Sentence): IndexedClaim {
  return { key: `${file}#${claim.id}`, file, claim, terms: claimTerms(claim, sentence), nameTerms: NO_WORDS, speakerTerms: NO_WORDS, quantities: [], negatedWords: NO_WORDS, plainWords: NO_WORDS, denial: -1, tokens: [], frame: NO_FRAME, factMask: 0 };
}

/** Whether token i (its WORD_ROLES bits `role`) calls a report untrue, not itself negated ("did not deny" is no denial). */
function isDenial(tokens: Token[], i: number, role: number): boolean {
  const t = tokens[i];
  if (t.negated) return false;
  // "denied reports that…", "denies that…"; not "deny it the protections" (to refuse something).
  if (role & ROLE_DENIAL_VERB && t.pos === 'VERB' && deniesAReport(tokens, i)) return true;
  if (role & ROLE_DENIAL_WORD) return true;
  // "dismissed the reports as false", "the claim was false"
  return (role & ROLE_FALSE) !== 0 && /^(as|is|was|were|are|be|been)$/.test(tokens[i - 1]?.lower ?? '');
}

const REPORT_NOUNS = /^(that|reports?|claims?|allegations?|suggestions?|rumou?rs?|accusations?|charges?|involvement|responsibility|wrongdoing|this|any|having|being)$/;

function deniesAReport(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (REPORT_NOUNS.test(tokens[k].lower)) return true;
    if (!/^(the|a|an|all|these|those|media|press|earlier|recent|any)$/.test(tokens[k].lower)) return false;
  }
  return false;
}

/** How many tokens before a word a negation reaches ("did not damage": 1, "no injuries or damages": 3). */
const NEGATION_REACH = 3;

/** A negation ("no", "not", "without", "never"…) among the NEGATION_REACH tokens before token i. */
function negatedBefore(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - NEGATION_REACH); k < i; k++) if (NEGATIONS.has(tokens[k].lower)) return true;
  return false;
}


// "this"/"that" as a pronoun early in the sentence, or a sentence opening with a contrast, refers back.
const CONTRASTS = new Set(['however', 'but', 'yet', 'still', 'instead']);
function pointsBack(tokens: Token[]): boolean {
  if (tokens.length && CONTRASTS.has(tokens[0].lower)) return true;
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const t = tokens[i];
    if ((t.lower === 'this' || t.lower === 'that' || t.lower === 'these') && t.pos === 'PRON') return true;
  }
  return false;
}

/**
 * The verb of the event a quantity takes part in: after it when the sentence is passive ("five were
 * stopped", "six ballistic missiles were fired"), else the nearest before it ("launched six"). Verbs of
 * reporting ("said that six…") are not the event. `first`, `last`: the quantity's first token and the token
 * its span ends in (tokenFrom, tokenUpTo).
 */
function eventOf(tokens: Token[], first: number, last: number): string | undefined {
  if (first < 0) return undefined;
  const passive = last >= 0 && /^(were|was|been|are|is|be|being|have|had|has)$/.test(tokens[last + 1]?.lower ?? '');
  const verb = passive ? eventAfter(tokens, last) ?? eventBefore(tokens, first) : eventBefore(tokens, first) ?? eventAfter(tokens, last);
  if (!verb) return undefined;
  // Phrasal verbs: "shot down" is an interception, not a launch.
  const next = tokens[tokens.indexOf(verb) + 1]?.lower;
  if (next === 'down' || next === 'out') return eventClass(`${verb.lower} ${next}`) ?? eventClass(verb.lower) ?? verb.lower;
  return eventClass(verb.lower) ?? verb.lower;
}

// wink tags "shot" in "shot down" as a noun at times; a known phrasal verb is an event whatever its tag.
function isPhrasal(tokens: Token[], t: Token): boolean {
  const next = tokens[tokens.indexOf(t) + 1]?.lower;
  return (next === 'down' || next === 'out') && eventClass(`${t.lower} ${next}`) !== undefined;
}

function isEvent(tokens: Token[], t: Token | undefined): t is Token {
  return t !== undefined && ((t.pos === 'VERB' && !REPORTING.has(t.lower)) || isPhrasal(tokens, t));
}

/** The first event verb within EVENT_WINDOW tokens after `last`. */
function eventAfter(tokens: Token[], last: number): Token | undefined {
  for (let d = 1; d <= EVENT_WINDOW && last >= 0; d++) if (isEvent(tokens, tokens[last + d])) return tokens[last + d];
  return undefined;
}

/** The nearest event verb within EVENT_WINDOW tokens before `first`, not past a ";" or a verb of reporting. */
function eventBefore(tokens: Token[], first: number): Token | undefined {
  for (let d = 1; d <= EVENT_WINDOW; d++) {
    const t = tokens[first - d];
    if (!t || t.text === ';' || REPORTING.has(t.lower)) return undefined;
    if (isEvent(tokens, t)) return t;
  }
  return undefined;
}

const REPORTING = new Set(['said', 'says', 'say', 'reported', 'told', 'stated', 'claimed', 'confirmed', 'announced', 'according', 'asserting', 'asserted', 'noted', 'added', 'estimated']);
