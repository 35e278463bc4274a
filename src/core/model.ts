// The engine's data model: what an analysis produces. Plain data, no behaviour, no `vscode`.
// Offsets are 0-based UTF-16 code-unit offsets into the article text as VS Code holds it (BOM stripped,
// line endings kept), so `text.slice(span.start, span.end)` is always the exact words of the article.

export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One token as the NLP library saw it, with its place in the article. */
export interface Token {
  /** the characters of the article */
  text: string;
  /** lower-cased text */
  lower: string;
  /** universal POS tag (wink-nlp), e.g. NOUN, PROPN, NUM */
  pos: string;
  /** wink-nlp token type: word, number, ordinal, punctuation, url, email, currency, symbol, … */
  kind: string;
  /** lemma-like normal form (wink's `its.normal`) */
  normal: string;
  /** wink-nlp negation flag: inside the scope of a negation ("no", "not", "never") */
  negated: boolean;
  start: number;
  end: number;
}

/** A named entity found by wink-nlp (numbers, dates, times, durations, money, percent…). */
export interface NlpEntity {
  /** wink type: CARDINAL, ORDINAL, DATE, TIME, DURATION, MONEY, PERCENT, … */
  type: string;
  /** index of the first and last token (inclusive) in the sentence's `tokens` */
  first: number;
  last: number;
}

export interface Sentence {
  /** 0-based index in the article */
  index: number;
  text: string;
  span: Span;
  tokens: Token[];
  entities: NlpEntity[];
  /** the block (paragraph, heading, list item…) it came from */
  block: BlockKind;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table-cell';

export type FactType =
  | 'quantity'
  | 'date'
  | 'time'
  | 'person'
  | 'place'
  | 'organization'
  | 'quote'
  | 'attribution';

export interface Fact {
  type: FactType;
  /** the words in the article */
  text: string;
  span: Span;
  /**
   * Normalised value: a number for quantities, an ISO-8601 date/time or a relative description for dates
   * and times, one canonical name for people/places/organisations.
   */
  value?: string | number;
  /** quantities: what is counted, as written ("ballistic missiles"); lower case */
  unit?: string;
  /** quantities: the head noun of the unit, singular ("missile"), used to compare across sources */
  unitKey?: string;
  /** quantities: "approximately 60 miles", "thousands of troops" */
  approximate?: boolean;
  /** quantities: ordinal ("the 1,000th day") rather than a count */
  ordinal?: boolean;
  /** attributions and quotes: who said it, as written */
  source?: string;
  /** attributions and quotes: the canonical key of the source (for "same official source" checks) */
  sourceKey?: string;
}

export type ClaimOrigin = 'detected' | 'reviewer';

export interface Claim {
  /** stable across runs on unchanged text: derived from the claim's words (see claimId.ts) */
  id: string;
  text: string;
  span: Span;
  /** check-worthiness in [0, 1] */
  score: number;
  facts: Fact[];
  /** index of the sentence it was found in, or -1 for a reviewer-marked span */
  sentence: number;
  origin: ClaimOrigin;
}

export interface ScoredSentence {
  sentence: Sentence;
  score: number;
}
