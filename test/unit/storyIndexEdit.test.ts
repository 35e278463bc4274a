import assert from 'node:assert/strict';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { SEED_FILES, seedText } from './seedStory';

const A = 'Russia fired 90 missiles and 60 drones at Ukraine on Sunday, officials said. The attack hit power plants in Kyiv.';
const B = 'Ukraine said Russia fired 120 missiles and 90 drones at its energy grid on Sunday. Power plants in Kyiv were hit.';

describe('StoryIndex edits', () => {
  it('re-analyses an edited article that has claims (one-word edit, then back)', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', A);
    story.setArticle('b.txt', B);
    const before = story.crossReference('a.txt');
    assert.ok(before.length > 0, 'the article has claims');
    story.setArticle('a.txt', A.replace('Sunday', 'Monday'));
    assert.ok(story.crossReference('a.txt').length > 0);
    story.setArticle('a.txt', A);
    assert.deepEqual(story.crossReference('a.txt'), before);
    story.removeArticle('b.txt');
    assert.deepEqual(story.files(), ['a.txt']);
  });

  // relate() keeps each pair's result while both claims live (core/story/relate.ts): after edits to one
  // article, the others' reports must be exactly what a fresh index computes from the same texts.
  it('after edits, every report equals a fresh index of the same texts (per-pair results kept only while valid)', () => {
    const files = Object.values(SEED_FILES);
    const texts = new Map(files.map((f) => [f, seedText(Object.keys(SEED_FILES).find((k) => SEED_FILES[k as keyof typeof SEED_FILES] === f) as keyof typeof SEED_FILES)]));
    const story = new StoryIndex();
    for (const [f, t] of texts) story.setArticle(f, t);
    for (const f of files) story.crossReference(f);
    const edited = files[0];
    const text = texts.get(edited)!;
    for (const edit of [text.replace(/\bsix\b/, 'seven'), text.replace(/\bmissiles\b/, 'rockets'), `${text}\nOfficials said five missiles were intercepted over the region.\n`]) {
      story.setArticle(edited, edit);
      texts.set(edited, edit);
      const fresh = new StoryIndex();
      for (const [f, t] of texts) fresh.setArticle(f, t);
      for (const f of files) assert.deepEqual(story.crossReference(f), fresh.crossReference(f), `${f} after an edit of ${edited}`);
    }
  });
});
