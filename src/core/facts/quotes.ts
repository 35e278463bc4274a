import type { Fact, Sentence } from '../model';

// Opening → closing marks. Straight double quotes pair with the next straight double quote. Single quotes are
// left out: they are apostrophes far more often than quotations, and nested scare quotes ('Neptune') are not
// a statement anyone made.
const PAIRS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“' };
const MIN_WORDS = 2;

export interface QuoteSpan {
  start: number;
  end: number;
}

/**
 * Quotations of two words or more inside the article's prose, across sentence boundaries but not past a
 * paragraph: `paragraphEnds`, per sentence, where its paragraph's last sentence ends.
 */
export function findQuotes(fileText: string, sentences: Sentence[], paragraphEnds: readonly number[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const { start, end } = sentences[s].span;
    for (let i = start; i < end; i++) {
      const c = fileText.charCodeAt(i);
      if (c !== 0x22 && c !== 0xab && c !== 0x201c && c !== 0x201e) continue; // " « “ „: the opening marks
      const close = PAIRS[fileText[i]];
      if (!close) continue;
      // A quotation does not run past its paragraph (the lines of a hard-wrapped one included).
      const j = fileText.indexOf(close, i + 1);
      if (j < 0 || j >= paragraphEnds[s]) continue;
      const inner = fileText.slice(i + 1, j);
      if (inner.trim().split(/\s+/).length >= MIN_WORDS) quotes.push({ start: i, end: j + 1 });
      i = j;
      if (j >= end) break;
    }
  }
  return dedupe(quotes);
}

function dedupe(quotes: QuoteSpan[]): QuoteSpan[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.start}:${q.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The part of each quotation that lies inside the sentence, as a fact, with its speaker when known. */
export function quoteFacts(sentence: Sentence, fileText: string, quotes: QuoteSpan[], speakerOf: (q: QuoteSpan) => string | undefined): Fact[] {
  const facts: Fact[] = [];
  for (const q of quotes) {
    const start = Math.max(q.start, sentence.span.start);
    const end = Math.min(q.end, sentence.span.end);
    if (end <= start) continue;
    const source = speakerOf(q);
    facts.push({ type: 'quote', text: fileText.slice(start, end), span: { start, end }, source });
  }
  return facts;
}
