import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { compareClaims } from '../../src/core/story/compareClaims';
import { indexArticleClaims, type IndexedClaim } from '../../src/core/story/indexedClaim';
import { PERIOD_OF, PERIODS } from '../../src/core/story/quantityScope';
import { singular } from '../../src/core/facts/singular';

function claimOf(file: string, text: string): IndexedClaim {
  const claims = indexArticleClaims(analyzeArticle(file, text, { threshold: 0 }));
  assert.equal(claims.length, 1, `one claim in ${file}`);
  return claims[0];
}

/** The scope of each figure whose words include `figure`. */
function scopes(text: string, figure = ''): (string | undefined)[] {
  return claimOf('s.txt', text).quantities.filter((q) => q.fact.text.includes(figure)).map((q) => q.scope);
}

// The period a figure is counted over is part of its attribute (quantityScope.ts).
describe('quantity scope', () => {
  it('knows a period noun by each word whose singular it is (PERIOD_OF)', () => {
    // every form singular() may take back to a period noun: the noun, "-s", "-es", "-ies", and near misses
    const words = [...PERIODS].flatMap((p) => [p, `${p}s`, `${p}es`, `${p.slice(0, -1)}ies`, `${p}ss`, `${p.slice(0, -1)}`, `x${p}`]);
    for (const w of [...words, 'seasons', 'matches', 'days', 'daies', 'series', 'halves', 'innings', 'games', 'gamer', 'sery']) {
      const period = PERIODS.has(singular(w)) ? singular(w) : undefined;
      assert.equal(PERIOD_OF.get(w), period, w);
    }
  });

  it('reads the period a figure is counted over, in its clause or for the whole sentence', () => {
    assert.deepEqual(scopes('Smith rushed for 1,200 yards last season.'), ['last season']);
    assert.deepEqual(scopes('In 54 games with the Angels he hit 13 home runs.', '13'), ['54 game']);
    assert.deepEqual(scopes('Last season, split between two teams, Teixeira hit 33 home runs.', '33'), ['last season']);
    assert.deepEqual(scopes('He averaged 22 points a game.'), ['per game']);
    assert.deepEqual(scopes('Russia fired six missiles at the city.'), [undefined]);
    assert.deepEqual(scopes('The company was founded a year ago and employs 40 people.'), [undefined]);
  });

  it('compares only figures of the same scope', () => {
    const season = claimOf('a.txt', 'Last season, Smith rushed for 1,200 yards.');
    const game = claimOf('b.txt', 'Smith rushed for 150 yards against Denver.');
    const otherSeason = claimOf('c.txt', 'Last season, Smith rushed for 1,100 yards.');
    assert.notEqual(compareClaims(season, game, 0.6, 3).relation, 'contradicts', 'a season total against a game\'s');
    const same = compareClaims(season, otherSeason, 0.6, 3);
    assert.equal(same.relation, 'contradicts', 'two totals of one season');
    assert.equal(same.conflicts[0].type, 'quantity');
  });
});
