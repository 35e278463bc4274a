import { strict as assert } from 'node:assert';
import { analyzeArticle, type ArticleAnalysis } from '../../src/core/analyzeArticle';
import { fncBodies } from '../../scripts/bench/corpus';
import { SEED_FILES, seedText } from './seedStory';

/** Everything an analysis says, as plain data (what a caller can read). */
function plain(a: ArticleAnalysis): unknown {
  return JSON.parse(JSON.stringify({ sentences: a.sentences, claims: a.claims }));
}

/** Edits of every kind: a word replaced, a paragraph inserted at the top, one removed, a link target changed. */
function edits(text: string): string[] {
  const paragraphs = text.split('\n\n');
  const word = text.indexOf(' the ', Math.floor(text.length / 2));
  const out = [
    'Breaking: 12 people were hurt in a second blast on Monday, police said.\n\n' + text,
    text.slice(0, word) + ' a ' + text.slice(word + 5),
    text + '\n\nNo damage was recorded, officials said.',
  ];
  if (paragraphs.length > 2) out.push([...paragraphs.slice(0, 1), ...paragraphs.slice(2)].join('\n\n'));
  return out;
}

describe('analysing an edit with the previous analysis', () => {
  const articles = [
    ...(Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[]).map((name) => ({ file: SEED_FILES[name], text: seedText(name) })),
    ...(() => {
      try {
        return fncBodies().slice(0, 15);
      } catch {
        return []; // the eval data is optional here: the seeds still run
      }
    })(),
    { file: 'link.md', text: '# Report\n\nThe ministry said [six missiles](https://x.org/a) were fired on Tuesday.\n\nFive were stopped.\n' },
  ];

  it('gives exactly what a fresh analysis of the new text gives', () => {
    for (const a of articles) {
      const before = analyzeArticle(a.file, a.text);
      const changed = a.file.endsWith('.md') ? [...edits(a.text), a.text.replace('https://x.org/a', 'https://x.org/b')] : edits(a.text);
      for (const text of changed) {
        assert.deepEqual(plain(analyzeArticle(a.file, text, { previous: before })), plain(analyzeArticle(a.file, text)), `${a.file}, edit of ${text.length} chars`);
      }
    }
  });

  it('reads again only the blocks that changed', () => {
    const text = seedText('cnn');
    const before = analyzeArticle('cnn.txt', text);
    const after = analyzeArticle('cnn.txt', 'One new paragraph about 3 schools.\n\n' + text, { previous: before });
    const reused = [...after.parsedBlocks!.values()].filter((b) => [...before.parsedBlocks!.values()].some((e) => e.sentences[0]?.tokens[0]?.text === b.sentences[0]?.tokens[0]?.text && e.scores === b.scores));
    // every block of the old text kept its scores (the same array: not scored again); only the new one was read
    assert.equal(reused.length, before.parsedBlocks!.size);
    assert.equal(after.parsedBlocks!.size, before.parsedBlocks!.size + 1);
  });

  it('keeps the blocks out of any output', () => {
    const a = analyzeArticle('a.txt', 'Officials said 40 people died in the flood on Monday.');
    assert.ok(!Object.keys(a).includes('parsedBlocks'));
    assert.ok(!JSON.stringify(a).includes('parsedBlocks'));
  });
});
