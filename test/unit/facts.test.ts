import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import type { Fact } from '../../src/core/model';
import { allFacts, SEED_FILES, seedAnalysis, seedText } from './seedStory';

function find(facts: Fact[], type: Fact['type'], text: string): Fact {
  const f = facts.find((x) => x.type === type && x.text === text);
  assert.ok(f, `expected ${type} "${text}" among: ${facts.filter((x) => x.type === type).map((x) => x.text).join(' | ')}`);
  return f;
}

/** Facts of one made-up sentence, analysed as a claim whatever its score. */
function factsOf(text: string): Fact[] {
  return analyzeArticle('t.txt', text, { threshold: 0 }).claims.flatMap((c) => c.facts);
}

describe('facts inside claims (seed story)', () => {
  it('reads quantities with their value and what they count', () => {
    const cnn = allFacts(seedAnalysis('cnn'));
    const six = find(cnn, 'quantity', 'six ballistic missiles');
    assert.equal(six.value, 6);
    assert.equal(six.unit, 'ballistic missiles');
    assert.equal(find(cnn, 'quantity', 'five of the missiles').value, 5);
    const troops = find(cnn, 'quantity', 'thousands of North Korean troops');
    assert.equal(troops.approximate, true);
    assert.equal(troops.unit, 'north korean troops');
    assert.equal(find(cnn, 'quantity', 'two days').value, 2);
    const abc = allFacts(seedAnalysis('abc'));
    assert.equal(find(abc, 'quantity', 'eight ATACMS missiles').value, 8);
    const miles = find(abc, 'quantity', 'approximately 60 miles');
    assert.deepEqual([miles.value, miles.unit, miles.approximate], [60, 'miles', true]);
    const day = find(allFacts(seedAnalysis('digest')), 'quantity', '1,000th day');
    assert.deepEqual([day.value, day.ordinal], [1000, true]);
  });

  it('reads dates and times, normalised where the text allows', () => {
    const cnn = allFacts(seedAnalysis('cnn'));
    assert.equal(find(cnn, 'time', 'at 3:25 a.m. local time').value, '03:25');
    assert.equal(find(cnn, 'time', '7:25 p.m. ET').value, '19:25-05:00');
    assert.equal(find(cnn, 'date', 'on Sunday').value, 'Sunday');
    assert.equal(find(cnn, 'date', 'for several weeks').value, 'several weeks');
    assert.equal(factsOf('The summit opened on Nov. 19, 2024 in Rio.').find((f) => f.type === 'date')?.value, '2024-11-19');
  });

  it('gives one canonical name to the variants of a name across the story', () => {
    const cnn = allFacts(seedAnalysis('cnn'));
    const abc = allFacts(seedAnalysis('abc'));
    // "Miller underscored that …" states a position and scores just under the default threshold, and so does
    // "Lavrov emphasized the West's desire for escalation": read the facts of every sentence, since this is
    // about names, not about which sentences are claims.
    const abcAll = allFacts(analyzeArticle(SEED_FILES.abc, seedText('abc'), { threshold: 0 }));
    assert.equal(find(cnn, 'person', 'Sergey Lavrov').value, find(abcAll, 'person', 'Sergei Lavrov').value);
    assert.equal(find(cnn, 'person', 'Matthew Miller').value, find(abc, 'person', 'Matt Miller').value);
    assert.equal(find(abcAll, 'person', 'Miller').value, 'Matthew Miller', 'a surname alone refers back to the full name');
    assert.equal(find(cnn, 'place', 'US').value, 'United States');
    assert.equal(find(abc, 'place', 'U.S.').value, 'United States');
    assert.equal(find(abcAll, 'place', 'United States').value, 'United States');
    assert.equal(find(factsOf('Russian troops attacked Kiev on Friday.'), 'place', 'Kiev').value, 'Kyiv');
    assert.equal(find(cnn, 'organization', 'Defense Ministry').value, 'Ministry of Defense');
    // a title that goes on with "of" names no one in its object
    const persons = (text: string) => factsOf(text).filter((f) => f.type === 'person').map((f) => f.text);
    assert.deepEqual(persons('Deputy Chief of Staff of the armed forces Massoud Jazayeri said 40 people died.'), ['Massoud Jazayeri']);
    assert.deepEqual(persons('Secretary of State John Kerry said 40 people died.'), ['John Kerry']);
    assert.deepEqual(persons('Minister of Foreign Affairs Sergei Lavrov said 40 people died.'), ['Sergei Lavrov']);
    assert.deepEqual(persons('The Secretary of Defense said 40 people died.'), []);
  });

  it('reads quotations in straight, curly and guillemet quotes with who said them', () => {
    const abc = allFacts(seedAnalysis('abc'));
    assert.equal(find(abc, 'quote', '«Missiles will speak for themselves.»').source, 'Volodymyr Zelensky');
    const cnn = allFacts(seedAnalysis('cnn'));
    assert.equal(find(cnn, 'quote', '“providing cruise missiles would be a mistake.”').source, 'German Chancellor Olaf Scholz');
    const straight = factsOf('The mayor said, "We will rebuild the bridge by March."');
    assert.equal(straight.find((f) => f.type === 'quote')?.source, 'The mayor');
  });

  it('reads attributions with a source key that folds variants of one source', () => {
    const cnn = allFacts(seedAnalysis('cnn'));
    const abc = allFacts(seedAnalysis('abc'));
    const two = find(cnn, 'attribution', 'according to two US officials');
    const told = find(cnn, 'attribution', 'A US official told CNN');
    const confirmed = find(abc, 'attribution', 'confirmed by U.S. officials to ABC News');
    assert.equal(two.sourceKey, told.sourceKey);
    assert.equal(two.sourceKey, confirmed.sourceKey);
    find(cnn, 'attribution', 'Russia’s Defense Ministry reported');
  });

  it('reads an anonymous source with what ties it to the news ("a person familiar with the talks said")', () => {
    // Before: the source was "the talks", and two reports of different people's talks shared it.
    const cases: [string, string][] = [
      ['The club offered him an eight-year contract on Tuesday, a person familiar with the talks said.', 'a person familiar with the talks'],
      ['Two people close to the negotiations said the deal was done on Monday.', 'Two people close to the negotiations'],
      ['People with knowledge of the matter said the bank will cut 500 jobs.', 'People with knowledge of the matter'],
    ];
    for (const [text, source] of cases) assert.equal(factsOf(text).find((f) => f.type === 'attribution')?.source, source, text);
  });

  it('gives a date counted from the article\'s own day its words, not a day counted from the reference', () => {
    // Before: "eight days ago" = 1999-12-24 and "a week ago" = 1999-12-25, two days that no article gave, and two
    // reports of one shooting "contradicted" each other on its date.
    const dates = factsOf('The teenager killed by police eight days ago was buried a week ago, yesterday or last year, on Nov. 19, 2024.').filter((f) => f.type === 'date');
    const value = (text: string) => dates.find((f) => f.text.endsWith(text))?.value;
    assert.equal(value('eight days ago'), 'eight days ago');
    assert.equal(value('a week ago'), 'a week ago');
    assert.equal(value('last year'), 'last year');
    assert.equal(value('Nov. 19, 2024'), '2024-11-19');
  });

  it('reads no place in a month, and no figure in the decimals of "magnitude-6.4" (ECB+ 20/20_8ecbplus)', () => {
    // Before: place "February" ("in February" read as somewhere), and wink's split "magnitude-6" "." "4" ended the
    // sentence there and left a figure "4 earthquake".
    const a = analyzeArticle('a.txt', 'In February, a magnitude-6.4 earthquake struck the town of Zarand in Kerman Province, killing more than 600 people.', { threshold: 0 });
    assert.equal(a.sentences.length, 1);
    const facts = a.claims.flatMap((c) => c.facts);
    assert.ok(!facts.some((f) => f.type === 'place' && f.text === 'February'), JSON.stringify(facts));
    assert.deepEqual(facts.filter((f) => f.type === 'quantity').map((f) => f.text), ['more than 600 people']);
  });

  it('puts every fact inside its claim, at the exact characters of the article', () => {
    for (const name of ['cnn', 'digest', 'abc'] as const) {
      const a = seedAnalysis(name);
      for (const c of a.claims) {
        assert.equal(a.text.slice(c.span.start, c.span.end), c.text);
        for (const f of c.facts) {
          assert.equal(a.text.slice(f.span.start, f.span.end), f.text);
          assert.ok(f.span.start >= c.span.start && f.span.end <= c.span.end, `${f.text} outside ${c.text}`);
        }
      }
    }
  });
});
