import { strict as assert } from 'node:assert';
import { blocksOf } from '../../src/core/segment/blocksOf';
import { sentencesOf } from '../../src/core/nlp/sentences';
import { maskedText } from '../../src/core/segment/proseBlocks';
import { decodeArticle } from '../../src/core/text/decode';
import { LineIndex } from '../../src/core/text/lineIndex';

function sentences(text: string, format: 'markdown' | 'plaintext') {
  return sentencesOf(text, blocksOf(text, format)).map((s) => [s.text, s.block]);
}

describe('segmentation', () => {
  it('masks a block: its prose in place, line breaks and what is not prose as spaces, one piece or several', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const whole = { start: 0, end: text.length };
    // one piece, the whole block (the common case, read without the pieces' array): line breaks still masked
    assert.equal(maskedText(text, { kind: 'paragraph', span: whole, pieces: [whole] }), 'ab cd  ef gh');
    assert.equal(maskedText('one line', { kind: 'paragraph', span: { start: 0, end: 8 }, pieces: [{ start: 0, end: 8 }] }), 'one line');
    // a piece inside the block: the rest of the block is spaces, the same length
    assert.equal(maskedText(text, { kind: 'paragraph', span: whole, pieces: [{ start: 3, end: 5 }] }), '   cd       ');
    assert.equal(maskedText(text, { kind: 'paragraph', span: whole, pieces: [{ start: 0, end: 2 }, { start: 7, end: 11 }] }), 'ab     ef g ');
  });

  it('reads Markdown prose only: headings, paragraphs, list items; not front matter, code or URLs', () => {
    const md = '---\ntitle: x\n---\n# Heading here\n\nSee [Kyiv](https://a.b/c) now. Then `code` it.\n\n```\nno prose\n```\n- item one said 5\n\nMore at https://example.org/page today.\n';
    assert.deepEqual(sentences(md, 'markdown'), [
      ['Heading here', 'heading'],
      ['See [Kyiv](https://a.b/c) now.', 'paragraph'],
      ['Then `code` it.', 'paragraph'],
      ['item one said 5', 'list-item'],
      ['More at https://example.org/page today.', 'paragraph'],
    ]);
  });

  it('ends a plain-text paragraph at each short line but joins hard-wrapped lines', () => {
    const text = 'News\nA headline without a period\nThe ministry said that six missiles were launched at the facility and\nfive were intercepted. A second sentence.\n';
    assert.deepEqual(
      sentences(text, 'plaintext').map((s) => s[0]),
      ['News', 'A headline without a period', 'The ministry said that six missiles were launched at the facility and\nfive were intercepted.', 'A second sentence.'],
    );
  });

  it('keeps a closing guillemet with the sentence it closes', () => {
    const text = 'He said, «Missiles will speak for themselves.» Subsequently, forces struck.';
    assert.deepEqual(sentences(text, 'plaintext').map((s) => s[0]), ['He said, «Missiles will speak for themselves.»', 'Subsequently, forces struck.']);
  });

  it('does not end a sentence at the point of a decimal written without its zero (" .358")', () => {
    const text = 'In 54 games with the Angels he hit .358 with 13 home runs. The deal was done. Prices rose 3.5 percent.';
    assert.deepEqual(sentences(text, 'plaintext').map((s) => s[0]), ['In 54 games with the Angels he hit .358 with 13 home runs.', 'The deal was done.', 'Prices rose 3.5 percent.']);
  });

  it('maps offsets to VS Code positions with CRLF, lone CR and surrogate pairs', () => {
    const lines = new LineIndex('a\r\nb🚀c\rd\ne');
    assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(6), { line: 1, character: 3 }, 'the emoji is two UTF-16 units');
    assert.deepEqual(lines.positionAt(8), { line: 2, character: 0 });
    assert.equal(lines.offsetAt({ line: 3, character: 0 }), 10);
    assert.equal(lines.lineCount, 4);
  });

  it('refuses binary and non-UTF-8 files with the place of the problem, and drops a BOM', () => {
    const binary = decodeArticle(new Uint8Array([65, 10, 66, 0, 67]));
    assert.ok(!binary.ok && /binary/.test(binary.message) && binary.line === 1);
    const latin1 = decodeArticle(new Uint8Array([65, 10, 10, 0x63, 0x61, 0x66, 0xe9, 10]));
    assert.ok(!latin1.ok && /UTF-8/.test(latin1.message) && latin1.line === 2);
    const bom = decodeArticle(new TextEncoder().encode('\uFEFFHello'));
    assert.ok(bom.ok && bom.text === 'Hello' && bom.hadBom);
    const big = decodeArticle(new Uint8Array(11), 10);
    assert.ok(!big.ok && /limit/.test(big.message));
  });
});
