import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoryIndex } from '../../src/core/story/storyIndex';

// The editor reads relations() after every edit and asks mentions() only for the claim a card shows; the CLI
// reads crossReference(), which is both. The split must change nothing a reviewer is told.
const dir = join(__dirname, '../../samples/story');
const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();

function sampleStory(): StoryIndex {
  const story = new StoryIndex();
  for (const f of files) story.setArticle(f, readFileSync(join(dir, f), 'utf8'));
  return story;
}

describe('StoryIndex relations and mentions', () => {
  it('relations() plus mentions() per claim are exactly crossReference(), and give every claim the same status', () => {
    const lazy = sampleStory();
    const full = sampleStory();
    let mentioned = 0;
    let related = 0;
    // mentions asked first, in reverse article order: the answers must not depend on what was asked before
    for (const f of [...files].reverse()) {
      for (const r of [...lazy.relations(f)].reverse()) {
        const m = lazy.mentions(f, r.claim.id);
        if (r.crossRefs.length > 0) assert.deepEqual(m, [], 'a claim with relations has no mentions');
        mentioned += m.length > 0 ? 1 : 0;
      }
    }
    for (const f of files) {
      const reports = full.crossReference(f);
      const relations = lazy.relations(f);
      assert.equal(relations.length, reports.length);
      reports.forEach((report, k) => {
        assert.equal(relations[k].status, report.status, `status of ${report.claim.id}`);
        related += relations[k].crossRefs.length > 0 ? 1 : 0;
        const expected = relations[k].crossRefs.length > 0 ? relations[k].crossRefs : lazy.mentions(f, report.claim.id);
        assert.deepEqual(expected, report.crossRefs, `${f} ${report.claim.id}`);
      });
    }
    // the sample story has both kinds, or the test would prove little
    assert.ok(mentioned > 0 && related > 0, `claims with mentions: ${mentioned}, with relations: ${related}`);
  });

  it('looks mentions up again after any article of the story changes', () => {
    const story = sampleStory();
    const [first] = files;
    const lone = story.relations(first).find((r) => r.crossRefs.length === 0 && story.mentions(first, r.claim.id).length > 0);
    assert.ok(lone, 'a claim mentioned by a sentence of another source');
    const before = story.mentions(first, lone.claim.id);
    const mentioning = before[0].file;
    story.removeArticle(mentioning);
    assert.ok(story.mentions(first, lone.claim.id).every((m) => m.file !== mentioning), 'no mention from a removed source');
    assert.equal(story.mentions('nowhere.txt', lone.claim.id).length, 0);
    assert.equal(story.mentions(first, 'no-such-claim').length, 0);
  });
});
