import type { Claim, Fact, Sentence, Token } from '../model';
import { singular } from '../facts/singular';
import { STOP_WORDS, unitClass } from './lexicon';
import { boundedMemo } from '../text/boundedMemo';

/**
 * The terms a claim is indexed and compared by: content words (singular, lower case), the canonical value
 * of each person, place and organisation, and the class of what each quantity counts. Prefixes keep the
 * kinds apart ("e:" entity, "u:" unit class, "w:" word).
 */
export function claimTerms(claim: Claim, sentence: Sentence | undefined): string[] {
  // Distinct terms in order of first occurrence. An array, not a Set spread into one: a sentence has a
  // dozen terms or so, and each term is one string per distinct value (the memos below), so the test for a
  // repeat compares references.
  const terms: string[] = [];
  const { start, end } = claim.span;
  const tokens = sentence?.tokens ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.start < start || t.end > end) continue;
    if (t.kind !== 'word' || t.text.length < 3) continue;
    if (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'ADV') continue;
    // Most words' normal form is their lower case: then one memo answers both questions (see contentWordTerm).
    let term: string;
    if (t.lower === t.normal) term = contentWordTerm(t.normal);
    else if (STOP_WORDS.has(t.lower)) continue;
    else term = contentTerm(t.normal);
    if (term && !terms.includes(term)) terms.push(term);
  }
  for (const f of claim.facts) {
    let term: string | undefined;
    if (f.type === 'person' || f.type === 'place' || f.type === 'organization') term = entityTerm(String(f.value));
    else if (f.type === 'quantity') {
      const cls = unitClass(f.unitKey, f.unit);
      if (cls) term = unitTerm(cls);
    }
    if (term !== undefined && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/**
 * The terms of a name's canonical value and of a unit class: one string per distinct value, not a new one per
 * fact, so the term dictionaries (bm25.ts) hash each once.
 */
const entityTerm = boundedMemo((value: string) => `e:${value.toLowerCase().replace(/\s+/g, '_')}`, 20_000);
const unitTerm = boundedMemo((cls: string) => `u:${cls}`, 1_000);

/**
 * The term of a word, from its normal form: "w:" and the stem of its singular. Pure and asked for every word
 * of every claim and sentence (the same words recur through a story): results are kept, up to a bound, and a
 * kept term is one string, not a new one per word.
 */
export const wordTerm = boundedMemo((normal: string) => `w:${stem(singular(normal))}`, 50_000);

/** wordTerm, or '' for a stop word (its singular one): not content. */
const contentTerm = boundedMemo((normal: string) => (STOP_WORDS.has(singular(normal)) ? '' : wordTerm(normal)), 50_000);

/**
 * contentTerm of a word whose lower case is its normal form, or '' when that is a stop word: what claimTerms
 * asks of most words, answered by one lookup instead of two.
 */
const contentWordTerm = boundedMemo((word: string) => (STOP_WORDS.has(word) ? '' : contentTerm(word)), 50_000);

/**
 * The empty set of words a claim's sets share when they hold none (IndexedClaim, ClaimFrame): read-only once a
 * claim is indexed, so one object serves them all (most are empty, and every claim of a story is kept).
 */
export const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * The word terms ("w:") that come from inside a name. They still help find the same story (a name's words
 * match where its canonical value may not), but sharing only names ("Russia", a spokesperson) is not saying
 * the same thing, so they do not count as shared content (relate.ts).
 */
export function nameWordTerms(claim: Claim, sentence: Sentence | undefined): ReadonlySet<string> {
  if (!sentence || !claim.facts.some(isName)) return NO_WORDS;
  let out: Set<string> | undefined;
  for (const t of sentence.tokens) if (t.kind === 'word' && insideName(claim.facts, t)) (out ??= new Set()).add(wordTerm(t.normal));
  return out ?? NO_WORDS;
}

function isName(f: Fact): boolean {
  return f.type === 'person' || f.type === 'place' || f.type === 'organization';
}

// A loop over the facts, not a list of the names and a closure per token: asked of every word of a sentence.
function insideName(facts: readonly Fact[], t: Token): boolean {
  for (const f of facts) if (isName(f) && f.span.start <= t.start && t.end <= f.span.end) return true;
  return false;
}

/**
 * A crude suffix stripper so "intercepting"/"intercepted" and "escalation"/"escalating" meet. Pure and called
 * for every content word of every claim: results are kept, up to a bound.
 */
export const stem = boundedMemo(computeStem, 50_000);

function computeStem(word: string): string {
  return word.replace(/(ations?|ings?|ed|ly|ment|ments|ion|ions)$/, '').slice(0, 8) || word;
}
