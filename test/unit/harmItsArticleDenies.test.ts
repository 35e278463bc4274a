import { strict as assert } from 'node:assert';
import { StoryIndex } from '../../src/core/story/storyIndex';
import type { CrossRef } from '../../src/core/story/crossRef';
import { SEED_FILES, seedText } from './seedStory';

// CNN reports "Russian air defenses reported intercepting five of the missiles, with one suffering damage" and,
// two sentences on, "there were no injuries or damages": the damage it reports is the missile's. Set against the
// digest's "No damage or casualties were recorded" it was a red "contradicts"; ABC's "six missiles successfully
// hit an ammunition depot" against CNN's denial is a real dispute and stays one.
function seedStoryIndex(): StoryIndex {
  const story = new StoryIndex();
  for (const name of ['cnn', 'digest', 'abc'] as const) story.setArticle(SEED_FILES[name], seedText(name));
  return story;
}

function ref(story: StoryIndex, from: keyof typeof SEED_FILES, claimStart: string, to: keyof typeof SEED_FILES, otherStart: string): CrossRef {
  const report = story.relations(SEED_FILES[from]).find((r) => r.claim.text.startsWith(claimStart));
  assert.ok(report, `no claim "${claimStart}…" in ${from}`);
  const found = report.crossRefs.find((c) => c.file === SEED_FILES[to] && c.text.startsWith(otherStart));
  assert.ok(found, `"${claimStart}…" has no cross-reference to "${otherStart}…" in ${to}`);
  return found;
}

describe('harm an article reports and denies elsewhere', () => {
  it('is no contradiction of another source that denies it, and says why', () => {
    const story = seedStoryIndex();
    const missile = ref(story, 'cnn', 'Russian air defenses reported intercepting five', 'digest', 'No damage or casualties');
    assert.equal(missile.relation, 'related');
    assert.match(missile.reason, /itself denies such harm elsewhere/);
    assert.equal(ref(story, 'digest', 'No damage or casualties', 'cnn', 'Russian air defenses reported intercepting five').relation, 'related');
  });

  it('leaves a real dispute a contradiction', () => {
    const story = seedStoryIndex();
    assert.equal(ref(story, 'abc', 'However, U.S. officials dispute this', 'cnn', 'Debris from the damaged missile').relation, 'contradicts');
  });
});
