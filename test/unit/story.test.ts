import { strict as assert } from 'node:assert';
import { StoryIndex, type ClaimReport } from '../../src/core/story/storyIndex';
import { SEED_FILES, seedText } from './seedStory';

// Two articles of one event carry its context: a date line ("Tuesday" is then a day) and the place. A bare
// sentence alone gives the same-event model nothing to go on, and it abstains to "related".
function dated(text: string, line = 'Nov. 19, 2024'): string {
  return `${line}\n\n${text}\n${CONTEXT}\n`;
}
// What two reports of one event share beyond the sentence compared: who and where (names across the article).
const CONTEXT = 'Governor Alexander Bogomaz said teams from Moscow and Kursk were sent to the Bryansk region, and President Vladimir Putin ordered an inquiry.';

function seedStory(): StoryIndex {
  const story = new StoryIndex();
  for (const name of ['cnn', 'digest', 'abc'] as const) story.setArticle(SEED_FILES[name], seedText(name));
  return story;
}

function claimStarting(story: StoryIndex, file: string, start: string): ClaimReport {
  const r = story.crossReference(file).find((x) => x.claim.text.startsWith(start));
  assert.ok(r, `no claim starting "${start}" in ${file}`);
  return r;
}

describe('cross-referencing the seed story', () => {
  const story = seedStory();

  it('finds six against eight missiles, in both directions, naming both values', () => {
    const eight = claimStarting(story, SEED_FILES.abc, 'Subsequently, Ukrainian forces launched');
    const against = eight.crossRefs.filter((r) => r.relation === 'contradicts');
    assert.deepEqual(new Set(against.map((r) => r.file)), new Set([SEED_FILES.cnn, SEED_FILES.digest]));
    for (const r of against) assert.ok(r.conflicts.some((c) => c.type === 'quantity' && c.here === 'eight ATACMS missiles' && c.there === 'six ballistic missiles'));
    assert.equal(eight.status, 'contradicted');
    const six = claimStarting(story, SEED_FILES.cnn, 'Russia’s Defense Ministry reported that Ukraine launched six');
    const back = six.crossRefs.find((r) => r.relation === 'contradicts' && r.file === SEED_FILES.abc);
    assert.ok(back?.conflicts.some((c) => c.here === 'six ballistic missiles' && c.there === 'eight ATACMS missiles'));
  });

  it('finds "five intercepted" agreeing across all three sources', () => {
    const cnn = claimStarting(story, SEED_FILES.cnn, 'Russian air defenses reported intercepting five');
    const agreeing = new Set(cnn.crossRefs.filter((r) => r.relation === 'agrees').map((r) => r.file));
    assert.deepEqual(agreeing, new Set([SEED_FILES.abc, SEED_FILES.digest]));
    const digest = claimStarting(story, SEED_FILES.digest, 'Five were stopped');
    assert.ok(digest.crossRefs.some((r) => r.relation === 'agrees' && r.file === SEED_FILES.abc));
  });

  it('finds "no injuries or damages" against "six missiles successfully hit an ammunition depot"', () => {
    const debris = claimStarting(story, SEED_FILES.cnn, 'Debris from the damaged missile');
    const hit = debris.crossRefs.find((r) => r.relation === 'contradicts' && r.file === SEED_FILES.abc);
    assert.ok(hit, JSON.stringify(debris.crossRefs.map((r) => [r.relation, r.text.slice(0, 40)])));
    assert.ok(hit.text.includes('successfully hit an ammunition depot'));
    assert.ok(hit.conflicts.some((c) => c.type === 'negation' && /no injuries or damages/.test(c.here) && /hit an ammunition depot/.test(c.there)));
  });

  it('does not count two reports of the same official source as independent corroboration', () => {
    const six = claimStarting(story, SEED_FILES.cnn, 'Russia’s Defense Ministry reported that Ukraine launched six');
    const digest = six.crossRefs.find((r) => r.file === SEED_FILES.digest && r.relation === 'agrees');
    assert.ok(digest, 'the digest repeats the ministry’s six');
    assert.equal(digest.independent, false);
    assert.equal(six.status, 'contradicted', 'not disputed: the only agreement rests on the same ministry');
  });

  it('never links a claim to its own article', () => {
    for (const file of story.files()) for (const r of story.crossReference(file)) for (const ref of r.crossRefs) assert.notEqual(ref.file, file);
  });
});

describe('stories where nothing should link', () => {
  it('does not relate claims that only share a country', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', 'Russia exported 40 million tonnes of wheat last year, according to the agriculture ministry.\n');
    story.setArticle('b.txt', 'A Russian court sentenced the journalist to 12 years in prison on Monday, his lawyer said.\n');
    story.setArticle('c.txt', 'The Bolshoi Ballet in Russia opened its season with a new production of Swan Lake, the theatre said.\n');
    for (const f of story.files()) for (const r of story.crossReference(f)) assert.deepEqual(r.crossRefs, [], `${f}: ${r.claim.text}`);
  });

  it('does not contradict counts of different things or different events', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', dated('The army said it launched six missiles at the base in Bryansk on Tuesday.\n'));
    story.setArticle('b.txt', 'Air defences intercepted four missiles over the city on Tuesday, the army said.\nThe storm destroyed 30 houses in the village, officials said.\n');
    for (const f of story.files()) for (const r of story.crossReference(f)) assert.ok(!r.crossRefs.some((x) => x.relation === 'contradicts'), `${f}: ${r.claim.text}`);
  });
});

describe('matching in other words', () => {
  it('reads "shot down" as an interception, agreeing with "intercepted"', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', dated("Russia's Defense Ministry said its air defences shot down five of the missiles over Bryansk on Tuesday.\n"));
    story.setArticle('b.txt', dated('Russian air defenses reported intercepting five of the missiles over Bryansk on Tuesday, with one damaged.\n'));
    const refs = story.crossReference('a.txt')[0].crossRefs;
    assert.equal(refs[0]?.relation, 'agrees', JSON.stringify(refs));
  });

  it('does not call two statements of one spokesperson agreement just because both name him', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', 'State Department spokesperson Matt Miller said North Korean troops in Russia were "a major escalation".\n');
    story.setArticle('b.txt', 'A State Department spokesperson, Matt Miller, commented on the new nuclear doctrine, calling it an intimidation tactic.\n');
    for (const r of story.crossReference('a.txt')) assert.ok(!r.crossRefs.some((x) => x.relation === 'agrees'), JSON.stringify(r.crossRefs));
  });
});

describe('denials', () => {
  it('a source that denies what another reports contradicts it, naming the denial', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', dated('The health ministry said on Monday the new vaccine caused dozens of deaths in Bryansk.\n'));
    story.setArticle('b.txt', dated('The health ministry on Monday denied reports that the new vaccine caused deaths in Bryansk, calling them baseless.\n'));
    const ref = story.crossReference('a.txt')[0].crossRefs[0];
    assert.equal(ref?.relation, 'contradicts', JSON.stringify(ref));
    assert.ok(ref.conflicts.some((c) => c.type === 'denial' && /denied/.test(c.there)), JSON.stringify(ref.conflicts));
  });

  it('a denial of something about the denier does not contradict what another says of someone else', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', dated('John Dean secretly guided reporter Bob Woodward on the Watergate story, the magazine reported.\n'));
    story.setArticle('b.txt', dated('Fred LaRue denied reports that he secretly guided reporter Bob Woodward on the Watergate story.\n'));
    const refs = story.crossReference('a.txt').flatMap((r) => r.crossRefs);
    assert.ok(refs.length > 0 && !refs.some((r) => r.relation === 'contradicts'), JSON.stringify(refs));
  });

  it('"did not deny" is no denial', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', 'The health ministry said the new vaccine caused dozens of deaths in the capital last month.\n');
    story.setArticle('b.txt', 'The health ministry did not deny reports that the new vaccine caused deaths in the capital last month.\n');
    assert.ok(!story.crossReference('a.txt')[0].crossRefs.some((r) => r.relation === 'contradicts'));
  });
});

describe('the story index is incremental', () => {
  it('re-analyses only the edited article and keeps the others', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', dated('The army said it launched six missiles at the base in Bryansk on Tuesday.\n'));
    const other = story.setArticle('b.txt', dated('Officials said the army launched eight missiles at the base in Bryansk on Tuesday.\n'));
    assert.ok(story.crossReference('a.txt')[0].crossRefs.some((r) => r.relation === 'contradicts'));
    const same = story.setArticle('b.txt', dated('Officials said the army launched eight missiles at the base in Bryansk on Tuesday.\n'));
    assert.equal(same, other, 'unchanged text is not re-analysed');
    story.setArticle('a.txt', dated('The army said it launched eight missiles at the base in Bryansk on Tuesday.\n'));
    assert.equal(story.analysis('b.txt'), other, 'the other article keeps its analysis');
    const refs = story.crossReference('a.txt')[0].crossRefs;
    assert.ok(refs.some((r) => r.relation === 'agrees') && !refs.some((r) => r.relation === 'contradicts'));
    story.removeArticle('b.txt');
    assert.deepEqual(story.crossReference('a.txt')[0].crossRefs, []);
  });

  it('drops a dismissed claim as a source of other articles, and keeps it in its own article', () => {
    const story = new StoryIndex();
    story.setArticle('a.txt', dated('The army said it launched six missiles at the base in Bryansk on Tuesday.\n'));
    const b = story.setArticle('b.txt', dated('Officials said the army launched eight missiles at the base in Bryansk on Tuesday.\n'));
    assert.equal(story.crossReference('a.txt')[0].crossRefs.length, 1);
    story.setDismissed('b.txt', new Set([b.claims[0].id]));
    assert.deepEqual(story.crossReference('a.txt')[0].crossRefs, []);
    assert.ok(story.crossReference('b.txt').some((r) => r.claim.id === b.claims[0].id), 'still listed in its own article');
    story.setArticle('b.txt', dated('Officials said the army launched eight missiles at the base in Bryansk on Tuesday.\nA new line.'));
    assert.deepEqual(story.crossReference('a.txt')[0].crossRefs, [], 'the dismissal carries over an edit elsewhere');
    story.setDismissed('b.txt', new Set());
    assert.equal(story.crossReference('a.txt')[0].crossRefs.length, 1, 'restored');
  });
});
