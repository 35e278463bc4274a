// Paraphrase, stance and looking everywhere (issue 12, items 3 and 4), on real news sentences from the ECB+
// TRAIN topics (../shared/eval/ecbplus_train/text/<topic>/<file>, cited per test), not the sample story.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { ClaimSearch } from '../../src/core/story/claimSearch';
import { indexArticleClaims, type IndexedClaim } from '../../src/core/story/indexedClaim';
import { MentionSearch } from '../../src/core/story/mentionSearch';
import { areSynonyms } from '../../src/core/story/paraphrase';
import { relate } from '../../src/core/story/relate';
import { deniesThisClaim, stanceOf } from '../../src/core/story/stance';
import { StoryIndex } from '../../src/core/story/storyIndex';

/** Each sentence of the text as a claim (threshold 0), as the story index would index it. */
function claims(file: string, text: string): IndexedClaim[] {
  return indexArticleClaims(analyzeArticle(file, text, { threshold: 0 }));
}

function search(...articles: IndexedClaim[][]): ClaimSearch {
  const s = new ClaimSearch();
  for (const a of articles) s.setFileClaims(a[0].file, a);
  return s;
}

describe('paraphrase: the same thing in other words (WordNet)', () => {
  it('knows injured/wounded and buy/purchase/acquire as the engine writes them, not buy/kill', () => {
    assert.ok(areSynonyms('w:injur', 'w:wound'));
    assert.ok(areSynonyms('w:buy', 'w:purchas'));
    assert.ok(areSynonyms('w:buy', 'w:acquire'));
    assert.ok(!areSynonyms('w:buy', 'w:kill'));
    assert.ok(!areSynonyms('w:buy', 'w:buy'), 'the same word is a plain match, not a synonym');
  });

  it('counts "wounded" in one source as sharing "injured" in another (20/20_*ecbplus, the Qeshm quake)', () => {
    const a = claims('a.txt', 'As many as 80 people were also wounded.\n');
    const b = claims('b.txt', "Ten people were killed and at least 50 injured when an earthquake razed mud-brick villages on the Persian Gulf island of Qeshm off Iran's southern coast Sunday, officials and state media said.\n");
    const s = search(a, b);
    const { shared, similarity } = s.similarity(a[0], b[0]);
    assert.ok(shared.some((t) => t.startsWith('w:wound')), JSON.stringify(shared));
    assert.ok(similarity > 0.3, `similarity ${similarity}`);
  });
});

describe('stance: asserted, reported, asked', () => {
  // 6/6_9ecbplus, 6/6_6ecbplus, 1/1_12ecb
  const reported = claims('b.txt', 'Moviemaker Gary Ross has reportedly pulled out of negotiations to direct a sequel to "The Hunger Games. "\n');
  const asserted = claims('a.txt', "Gary Ross Won't Direct 'Hunger Games' Sequel\n");

  it('reads a hedge, a question and a plain statement', () => {
    assert.deepEqual(stanceOf(reported[0]), { stance: 'reported', cue: 'reportedly' });
    assert.equal(stanceOf(asserted[0]).stance, 'asserted');
    assert.equal(stanceOf(claims('c.txt', 'Why is he qualified to do this?\n')[0]).stance, 'questioned');
    assert.equal(stanceOf(claims('d.txt', 'Ross was paid $3 million to write and direct the film, his studio said.\n')[0]).stance, 'asserted', 'a plain attribution still asserts');
  });

  it('a source that only reports a claim observes it; it does not corroborate it', () => {
    const s = search(asserted, reported);
    const [toReported] = s.candidates(asserted[0]);
    const seen = relate(asserted[0], toReported);
    assert.equal(seen?.relation, 'related');
    assert.match(seen!.reason, /only reports it \(“reportedly”\)/);
  });

  it('a denial counts against the claim only when its clause holds the claim’s words (6/6_8ecbplus)', () => {
    const denial = claims('b.txt', 'The director denied reports that his talks with the studio, Lionsgate, hit a snag.\n')[0];
    assert.ok(denial.denial >= 0);
    assert.ok(deniesThisClaim(claims('a.txt', "Gary Ross back in talks to direct 'The Hunger Games' sequel 'Catching Fire'\n")[0], denial));
    assert.ok(!deniesThisClaim(claims('a.txt', 'He ended up taking a relatively low $3 million to write and direct.\n')[0], denial));
  });
});

describe('a denial against what the other source holds (28/28_10ecbplus, 28/28_1ecbplus, 28/28_5ecbplus)', () => {
  const denial = 'LaRue discounted rumors that he was Deep Throat, saying the source for the reporters was not one person, but probably a combination of several people.\n';
  const refsTo = (other: string) => {
    const s = new StoryIndex();
    s.setArticle('a.txt', denial);
    s.setArticle('b.txt', other);
    return s.crossReference('a.txt').flatMap((r) => r.crossRefs);
  };

  it('does not set a denial against a sentence that says it is not so as well', () => {
    const r = refsTo('Although LaRue insisted he was not Deep Throat, and that the source was a combination of several people, the reporters have insisted Deep Throat was one person.\n');
    assert.ok(r.length > 0 && !r.some((x) => x.relation === 'contradicts'), JSON.stringify(r));
  });

  it('does not set a denial against a rumour passed on', () => {
    const r = refsTo('LaRue, who was among those rumored to be Deep Throat, the secret source for the reporters, has died at 75.\n');
    assert.ok(!r.some((x) => x.relation === 'contradicts'), JSON.stringify(r));
  });

  it('still sets it against a plain statement of what is denied', () => {
    const r = refsTo('A former aide said LaRue was Deep Throat, the source for the reporters, and the source was one person.\n');
    assert.ok(r.some((x) => x.relation === 'contradicts' && x.conflicts.some((c) => c.type === 'denial')), JSON.stringify(r));
  });
});

describe('looking everywhere before "no other source"', () => {
  // 1/1_13ecb and 1/1_11ecb: Tara Reid enters rehab; 3/3_4ecb: another story.
  const claim = 'Perpetual mess Tara Reid has finally decided to try and shed her drunk-girl image and has entered rehab.\n';
  const sameStory =
    "Tara Reid has entered a rehab program, the American Pie star's rep confirmed to People and Us Weekly on Friday.\n\n" +
    'While Reid has been out of the cinematic spotlight, she recently launched a clothing line, Mantra.\n';
  const otherStory = 'The frustrated prosecutor gambled on getting a death penalty decision when he denied a Nichols offer a year ago to plead guilty in exchange for a life prison sentence.\n';

  it('finds the other source that reports it in other words, and not a source of another story', () => {
    const s = new StoryIndex();
    s.setArticle('a.txt', claim);
    s.setArticle('b.txt', sameStory);
    s.setArticle('c.txt', otherStory);
    const report = s.crossReference('a.txt')[0];
    assert.deepEqual(
      report.crossRefs.map((r) => [r.file, r.relation]),
      [['b.txt', 'related']],
      JSON.stringify(report.crossRefs.map((r) => [r.file, r.relation, r.reason])),
    );
    assert.match(report.crossRefs[0].text, /entered a rehab program/);
  });

  it('counts a sentence that shares little with the claim when its article tells the same story (1/1_11ecb, 1/1_14ecb)', () => {
    const s = new StoryIndex();
    s.setArticle('a.txt', 'In an interview in October, Reid told People she was a "social drinker" who\'s no longer tempted to fall back into her old habits.\n');
    s.setArticle(
      'b.txt',
      'Tara Reid Finally Checks Into Rehab For Undisclosed Reasons\n\n' +
        'The 33-year-old hard partying actress finally decided to put an end to her drinking days and get help for her addictions, although her publicist refused to disclose the real reason why Reid checked into rehab.\n\n' +
        'Earlier this year, the star said she had turned a corner from being a hard-hitting drinker and was now a "social drinker."\n',
    );
    const refs = s.crossReference('a.txt')[0].crossRefs;
    assert.deepEqual(refs.map((r) => [r.relation, r.text.slice(0, 30)]), [['related', 'Earlier this year, the star sa']], JSON.stringify(refs));
    assert.match(refs[0].reason, /tells the same story/);
  });

  it('the article as a whole must hold enough of the claim: a sentence sharing one word of another story is no mention', () => {
    const mentions = new MentionSearch();
    const analysis = analyzeArticle('c.txt', otherStory);
    mentions.setArticle('c.txt', analysis, indexArticleClaims(analysis));
    const [a] = claims('a.txt', claim);
    assert.ok(mentions.articleCoverage(a, 'c.txt') < 0.2);
    assert.deepEqual(mentions.mentions(a), []);
  });
});
