import assert from 'node:assert/strict';
import { StoryIndex } from '../../src/core/story/storyIndex';

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
});
