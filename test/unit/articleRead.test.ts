import { strict as assert } from 'node:assert';
import { parseBlocks, readArticle } from '../../src/core/nlp/sentences';
import { maskedText } from '../../src/core/segment/proseBlocks';
import { blocksOf, type ArticleFormat } from '../../src/core/segment/blocksOf';
import { fncBodies } from '../../scripts/bench/corpus';

// parseBlocks reads an article with no earlier version in one call of wink (readArticle), and the blocks of an
// edited one each on its own (readBlock): both must give the same sentences, tokens and entities. An empty map
// of earlier blocks makes parseBlocks read block by block.
function bothWays(text: string, format: ArticleFormat) {
  const blocks = blocksOf(text, format);
  // (no read to warm wink first: it reads every text as a fresh instance does, src/core/nlp/wink.ts)
  const strip = (parsed: ReturnType<typeof parseBlocks>) => parsed.map((b) => ({ key: b.key, start: b.start, sentences: b.sentences }));
  return { atOnce: strip(parseBlocks(text, blocks)), blockByBlock: strip(parseBlocks(text, blocks, new Map())) };
}

describe('reading an article at once', () => {
  const texts: [string, ArticleFormat][] = [
    ['News\nA headline\n\nHe said 10\n\nmillion people came. "It was not\n\ngood," she said.\n\n» Then it ended.', 'plaintext'],
    ['# The U.S.\n\nArmy said it\'s not over.\n\n- item one, said 5\n- item two: .358 hits\n\n> «Quoted.» Then\n\n| a | b |\n|---|---|\n| Kyiv | 10 million |\n', 'markdown'],
    // more spaces than wink counts before a token (65,534)
    [`Ten${' '.repeat(70_000)}people came.\n\nThen 10 more.`, 'plaintext'],
    ['Odd\u2028whitespace\u00a0here.\n\n   \n\nNo\u3000more of it: 10 dollars.\n\n', 'plaintext'],
  ];
  for (const [text, format] of texts) {
    it(`gives the block-by-block sentences, tokens and entities: ${JSON.stringify(text.slice(0, 30))}`, () => {
      const { atOnce, blockByBlock } = bothWays(text, format);
      // read at once indeed, not fallen back to block by block
      const blocks = blocksOf(text, format);
      assert.ok(readArticle(text, blocks, blocks.map((b) => maskedText(text, b))));
      assert.ok(atOnce.some((b) => b.sentences.some((s) => s.entities.length > 0)));
      assert.deepEqual(atOnce, blockByBlock);
    });
  }

  it('gives the block-by-block reading of 40 FNC-1 bodies, as plain text and as Markdown', () => {
    for (const a of fncBodies().slice(0, 40)) {
      for (const format of ['plaintext', 'markdown'] as const) {
        const { atOnce, blockByBlock } = bothWays(a.text, format);
        assert.deepEqual(atOnce, blockByBlock, `${a.file} (${format})`);
      }
    }
  });
});
