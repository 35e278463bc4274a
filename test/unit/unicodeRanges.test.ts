// Ranges are exact whatever characters come before a claim: every claim's and fact's text is the article's
// text at its span, and inserting any Unicode (the whitespace wink drops — U+FEFF, U+2028, U+2029, VT, FF,
// U+3000 — NBSP, emoji, combining marks, random code points) before a claim only shifts its spans.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import type { ArticleAnalysis } from '../../src/core/analyzeArticle';

const CLAIM = 'Officials said 1,200 people were evacuated from Kherson on Tuesday after President Joe Biden spoke.';
const ODD = ['\ufeff', '\u2028', '\u2029', '\v', '\f', '\u3000', '\u00a0', '\u202f', '\u200b', '\t', '😀', 'e\u0301', '\u0600', '\ud800'];

function shape(a: ArticleAnalysis, claimStart: number) {
  const claim = a.claims.find((c) => c.text.includes('1,200'));
  assert.ok(claim, 'the claim is found');
  return {
    text: claim.text,
    start: claim.span.start - claimStart,
    facts: claim.facts.map((f) => ({ type: f.type, text: f.text, value: f.value, start: f.span.start - claimStart, end: f.span.end - claimStart })),
  };
}

function assertExact(a: ArticleAnalysis): void {
  for (const c of a.claims) {
    assert.equal(a.text.slice(c.span.start, c.span.end), c.text);
    for (const f of c.facts) if (f.type !== 'quote') assert.equal(a.text.slice(f.span.start, f.span.end), f.text, `${f.type} fact`);
  }
  for (const s of a.sentences) for (const t of s.sentence.tokens) assert.equal(a.text.slice(t.start, t.end), t.text);
}

describe('ranges: exact for every character before a claim', () => {
  const reference = shape(analyzeArticle('a.txt', CLAIM + '\n'), 0);

  for (const [name, ch] of [['U+FEFF', '\ufeff'], ['U+2028', '\u2028'], ['U+2029', '\u2029'], ['VT', '\v'], ['FF', '\f'], ['U+3000', '\u3000'], ['NBSP', '\u00a0']]) {
    it(`${name} before the claim shifts nothing`, () => {
      const text = `Intro${ch}words here.${ch}\n\n${ch}${ch}${CLAIM}\n`;
      const start = text.indexOf('Officials');
      const a = analyzeArticle('a.txt', text);
      assertExact(a);
      assert.deepEqual(shape(a, start), reference);
    });
  }

  it('an NBSP inside a name keeps the fact\'s words as the article writes them', () => {
    const text = CLAIM.replace('Joe Biden', 'Joe\u00a0Biden') + '\n';
    const a = analyzeArticle('a.txt', text);
    const person = a.claims[0].facts.find((f) => f.type === 'person')!;
    assert.equal(person.text, 'Joe\u00a0Biden');
    assert.equal(person.value, reference.facts.find((f) => f.type === 'person')!.value);
  });

  it('an inline HTML tag does not leak into a Markdown fact', () => {
    const a = analyzeArticle('a.md', 'Ukraine fired <b>six</b> missiles at the arsenal in Karachev on Tuesday, officials said.\n');
    const quantity = a.claims[0].facts.find((f) => f.type === 'quantity')!;
    assert.equal(quantity.text, 'six missiles');
  });

  it('property: random Unicode inserted before the claim (plain text and Markdown)', () => {
    const noise = fc.array(fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(noise, noise, fc.constantFrom('a.txt', 'a.md'), (before, glue, file) => {
        // The noise paragraph, then the claim's paragraph; glue (whitespace-like noise) right before the claim.
        // whitespace only (a letter-like character would join the word); in Markdown no tabs or spaces, which
        // would indent the paragraph into a code block
        const lead = glue.replace(file.endsWith('.md') ? /[^\s]|[\t ]/g : /[^\s]/g, '');
        const text = `${before}\n\n${lead}${CLAIM}\n`;
        const a = analyzeArticle(file, text);
        assertExact(a);
        assert.deepEqual(shape(a, text.lastIndexOf('Officials')), reference);
      }),
      { numRuns: 150, seed: 1301 }, // fixed: the same cases on every run
    );
  });
});
