import type { Fact, Sentence, Span, Token } from '../model';
import { extractAttributions, type AttributionContext } from './attributions';
import { extractDates } from './dates';
import { extractNames, newNameContext, type NameContext } from './names';
import { extractQuantities } from './quantities';
import { findQuotes, quoteFacts, type QuoteSpan } from './quotes';
import { isWhitespaceCode } from '../text/whitespace';

/**
 * Reads the facts of an article's sentences in order. Names are read for every sentence, because a later
 * "Miller" or "he emphasized" refers back to them (each sentence keeps the last person named before it);
 * the other facts, attributions included, only for the sentences asked for (the claims, and the sentences
 * a quotation opens or closes in), which keeps the per-keystroke cost down.
 */
export class ArticleFacts {
  private readonly names: Fact[][];
  /** per sentence: the last person named before it, which a pronoun source ("he said") stands for */
  private readonly lastPersons: (string | undefined)[];
  /** per sentence, read when first asked for (the claims and the sentences around quotations) */
  private readonly attributionsRead: (Fact[] | undefined)[];
  private readonly quotes: QuoteSpan[];

  /**
   * `paragraphs`: per sentence, the number of its paragraph (its block): a hard-wrapped paragraph breaks its lines
   * where any sentence may go on, so a line break says nothing of where a paragraph ends.
   */
  constructor(
    private readonly fileText: string,
    private readonly sentences: Sentence[],
    private readonly paragraphs: readonly number[],
  ) {
    const nameContext: NameContext = newNameContext(sentences);
    let lastPerson: string | undefined;
    this.names = [];
    this.lastPersons = [];
    this.attributionsRead = [];
    for (const sentence of sentences) {
      const names = extractNames(sentence, nameContext);
      this.lastPersons.push(lastPerson);
      this.attributionsRead.push(undefined);
      this.names.push(names);
      for (let k = names.length - 1; k >= 0; k--) {
        if (names[k].type !== 'person') continue;
        lastPerson = String(names[k].value);
        break;
      }
    }
    this.quotes = findQuotes(fileText, sentences, paragraphEnds(sentences, paragraphs));
  }

  /** The attributions of one sentence, read with the article's context as it stood before that sentence. */
  private attributions(index: number): Fact[] {
    let facts = this.attributionsRead[index];
    if (facts === undefined) {
      const context: AttributionContext = this.lastPersons[index] === undefined ? {} : { lastPerson: this.lastPersons[index] };
      facts = extractAttributions(this.sentences[index], this.fileText, context);
      this.attributionsRead[index] = facts;
    }
    return facts;
  }

  /** Every fact inside one sentence, in text order. */
  factsOf(index: number): Fact[] {
    const sentence = this.sentences[index];
    const facts = [
      ...extractQuantities(sentence, this.fileText),
      ...extractDates(sentence, this.fileText),
      ...this.names[index],
      ...quoteFacts(sentence, this.fileText, this.quotes, (q) => this.speakerOf(q)),
      ...this.attributions(index),
    ];
    this.inheritUnits(index, facts);
    for (const f of facts) f.text = proseText(this.fileText, sentence.tokens, f.span);
    return dropOverlappingNumbers(facts).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  }

  /**
   * The facts of any span (a reviewer's selection): those of the sentences it touches that lie inside it,
   * read exactly as for a detected claim, so a marked claim is compared like any other.
   */
  factsIn(span: Span): Fact[] {
    const facts: Fact[] = [];
    this.sentences.forEach((s, i) => {
      if (s.span.start >= span.end || span.start >= s.span.end) return;
      for (const f of this.factsOf(i)) if (f.span.start >= span.start && f.span.end <= span.end) facts.push(f);
    });
    return facts;
  }

  /**
   * "…said that six ballistic missiles were fired. Five were stopped": a bare count opening a sentence
   * counts what the previous sentence of the same paragraph counted, so it can be compared across sources.
   */
  private inheritUnits(index: number, facts: Fact[]): void {
    const bare = facts.filter((f) => f.type === 'quantity' && !f.unitKey && !f.ordinal);
    if (bare.length === 0 || index === 0) return;
    const previous = this.sentences[index - 1];
    const sentence = this.sentences[index];
    if (this.paragraphs[index - 1] !== this.paragraphs[index]) return;
    const counted = extractQuantities(previous, this.fileText).filter((f) => f.unitKey && !f.ordinal).pop();
    if (!counted) return;
    for (const f of bare) {
      if (f.span.start !== sentence.span.start) continue;
      f.unit = counted.unit;
      f.unitKey = counted.unitKey;
    }
  }

  /**
   * Who said a quotation: the attribution of the sentence it opens in ("he emphasized, “…”"), else one
   * after it in its closing sentence ("…,” said Miller), else the last person named before it.
   */
  private speakerOf(q: QuoteSpan): string | undefined {
    const opening = this.sentenceAt(q.start);
    const closing = this.sentenceAt(q.end - 1);
    // The nearest speaker before the quotation in its sentence: an attribution ("A US official told CNN, “…”")
    // or a person named after one ("The Times reported that Zelensky expressed approval, saying «…»").
    const before = opening >= 0
      ? [...this.attributions(opening), ...this.names[opening].filter((f) => f.type === 'person')]
          .filter((f) => f.span.end <= q.start)
          .sort((a, b) => a.span.end - b.span.end)
      : [];
    const nearest = before[before.length - 1];
    if (nearest) return nearest.type === 'person' ? String(nearest.value) : nearest.source;
    const after = closing >= 0 ? this.attributions(closing).find((a) => a.span.start >= q.end) : undefined;
    if (after) return after.source;
    for (let s = opening; s >= 0; s--) {
      const person = this.names[s].filter((f) => f.type === 'person' && f.span.start < q.start).pop();
      if (person) return String(person.value);
    }
    return undefined;
  }

  private sentenceAt(offset: number): number {
    return this.sentences.findIndex((s) => s.span.start <= offset && offset < s.span.end);
  }
}

/**
 * A fact's text: the article's own words over its span (an NBSP stays an NBSP, where an extractor joining
 * tokens would write a plain space), without the markup the span crosses — an inline HTML tag inside a
 * Markdown fact ("six</b> missiles") is not words of the article. Between two tokens, the article's
 * whitespace is kept and anything else (masked markup; wink reads every prose character as a token) dropped.
 */
function proseText(fileText: string, tokens: readonly Token[], span: Span): string {
  // The tokens inside the span are one run of the sentence's, [first, end): tokens are in text order and do not
  // overlap. Found without a copy: this runs for every fact of every claim.
  let first = 0;
  while (first < tokens.length && tokens[first].start < span.start) first++;
  let end = first;
  while (end < tokens.length && tokens[end].end <= span.end) end++;
  if (end === first) return fileText.slice(span.start, span.end);
  // Nearly always nothing but whitespace lies around and between the tokens: then the words are the span itself.
  let plain = onlyWhitespace(fileText, span.start, tokens[first].start) && onlyWhitespace(fileText, tokens[end - 1].end, span.end);
  for (let k = first + 1; plain && k < end; k++) plain = onlyWhitespace(fileText, tokens[k - 1].end, tokens[k].start);
  if (plain) return fileText.slice(span.start, span.end);
  const inside = tokens.slice(first, end);
  let text = fileText.slice(span.start, inside[0].start).replace(/\S/g, '');
  inside.forEach((t, k) => {
    if (k > 0) {
      const gap = fileText.slice(inside[k - 1].end, t.start);
      text += /^\s*$/.test(gap) ? gap : gap.replace(/\S/g, '');
    }
    text += fileText.slice(t.start, t.end);
  });
  return text + fileText.slice(inside[inside.length - 1].end, span.end).replace(/\S/g, '');
}

function onlyWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** A number that wink also read as part of a date or time is the date's, not a quantity. */
function dropOverlappingNumbers(facts: Fact[]): Fact[] {
  const temporal = facts.filter((f) => f.type === 'date' || f.type === 'time');
  return facts.filter(
    (f) => f.type !== 'quantity' || f.unitKey || !temporal.some((d) => d.span.start <= f.span.start && f.span.end <= d.span.end),
  );
}

/** Per sentence, where its paragraph's last sentence ends (`paragraphs`: per sentence, its paragraph's number). */
function paragraphEnds(sentences: readonly Sentence[], paragraphs: readonly number[]): number[] {
  const ends = new Array<number>(sentences.length);
  for (let k = sentences.length - 1; k >= 0; k--) {
    ends[k] = k + 1 < sentences.length && paragraphs[k + 1] === paragraphs[k] ? ends[k + 1] : sentences[k].span.end;
  }
  return ends;
}
