import { strict as assert } from 'node:assert';
import { claimTextHash, fnv1a, normaliseClaimText } from '../../src/core/claims/claimId';
import { collapsedLength, isWhitespaceCode } from '../../src/core/text/whitespace';

// The per-character loops of the analysis (claim ids, a line's width) stand for regular expressions over /\s/:
// they must agree with them exactly, or claim ids change (and every verdict anchored by id with them).
describe('whitespace by code unit', () => {
  it('isWhitespaceCode is /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isWhitespaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  const samples = [
    '',
    ' ',
    'Russia fired six missiles.',
    '  leading and trailing  ',
    'tabs\tand\nnew\r\nlines\u2028and\u00a0NBSP\u3000ideographic\ufeffBOM',
    '\u200b zero width is no space \u180e nor the Mongolian separator',
    'a  \t\n b',
    'emoji 👍  pair',
  ];

  it('claimTextHash is fnv1a of the normalised claim text', () => {
    for (const s of samples) assert.equal(claimTextHash(s), fnv1a(normaliseClaimText(s)), JSON.stringify(s));
  });

  it('collapsedLength is the length with each whitespace run as one space', () => {
    for (const s of samples) assert.equal(collapsedLength(s), s.replace(/\s+/g, ' ').length, JSON.stringify(s));
  });
});
