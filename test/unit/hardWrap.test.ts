import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { indexArticleClaims } from '../../src/core/story/indexedClaim';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { seedStory } from '../../scripts/bench/corpus';

// Drafts and wire copy often come hard-wrapped (a line break every 72 columns inside a paragraph): a story must
// say the same of them as of the same paragraphs on one line each. Before, a quotation or a date broken over two
// lines was lost, and a bare count did not take what the sentence before counted ("…six ballistic missiles.
// Five were…") when a line break stood between them.
function wrapped(text: string, width: number): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim().replace(new RegExp(`(.{1,${width}})(?: +|$)`, 'g'), '$1\n').trimEnd())
    .join('\n\n');
}

function view(articles: { file: string; text: string }[]): string[] {
  const story = new StoryIndex();
  for (const a of articles) story.setArticle(a.file, a.text);
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return articles.flatMap((a) =>
    story.crossReference(a.file).map((r) =>
      JSON.stringify([a.file, flat(r.claim.text), r.status, r.claim.facts.map((f) => [f.type, flat(f.text), f.value ?? null, f.unit ?? null]), r.crossRefs.map((c) => [c.relation, c.file, flat(c.text)])]),
    ),
  );
}

describe('a hard-wrapped article', () => {
  it('gives the claims, facts, statuses and cross-references of its paragraphs on one line each', () => {
    const articles = seedStory().filter((a) => a.file.endsWith('.txt'));
    // each line of the samples a paragraph of its own, set apart by a blank line (so that wrapping cannot join them)
    const paragraphs = articles.map((a) => ({ file: a.file, text: a.text.split(/\n+/).map((p) => p.trim()).filter(Boolean).join('\n\n') }));
    const atWidth = (width: number) => view(paragraphs.map((a) => ({ file: a.file, text: wrapped(a.text, width) })));
    const oneLine = view(paragraphs);
    assert.deepEqual(atWidth(72), oneLine);
    assert.deepEqual(atWidth(60), oneLine);
  });

  it('reads a claim that points back ("U.S. officials dispute this") with the sentence before it, whatever line that is on', () => {
    const text = 'The Russian ministry said its air defense systems intercepted five of the rockets over the Bryansk region. However, U.S. officials dispute this, asserting that six missiles hit an ammunition depot.';
    // Markdown: a single line break inside a paragraph is only a soft break
    const terms = (t: string) => indexArticleClaims(analyzeArticle('d.md', t)).find((c) => c.claim.text.startsWith('However'))?.terms;
    const oneLine = terms(text);
    assert.ok(oneLine?.includes('w:rocket'), 'the sentence before is read with it');
    assert.deepEqual(terms(text.replace('region. However', 'region.\nHowever')), oneLine);
  });
});
