import { strict as assert } from 'node:assert';
import MiniSearch from 'minisearch';
import { Bm25Index } from '../../src/core/story/bm25';
import { indexArticleClaims } from '../../src/core/story/indexedClaim';
import { seedAnalysis } from './seedStory';

// The claim search uses its own BM25 top-k because MiniSearch builds a result object for every matching
// document (most of the cost of cross-referencing). It must rank exactly as MiniSearch does.
describe('BM25 claim index', () => {
  const claims = (['cnn', 'digest', 'abc'] as const).flatMap((n) => indexArticleClaims(seedAnalysis(n)));

  function both() {
    const ours = new Bm25Index();
    const theirs = new MiniSearch<{ id: number; terms: string }>({
      fields: ['terms'],
      tokenize: (t) => t.split(' '),
      processTerm: (t) => t,
      searchOptions: { combineWith: 'OR' },
    });
    claims.forEach((c, id) => {
      ours.addTerms(id, c.terms);
      theirs.add({ id, terms: c.terms.join(' ') });
    });
    return { ours, theirs };
  }

  it('returns the same best hits, in the same order, as MiniSearch', () => {
    const { ours, theirs } = both();
    for (const c of claims) {
      const expected = theirs.search(c.terms.join(' ')).slice(0, 10).map((h) => Number(h.id));
      assert.deepEqual(ours.searchTerms(c.terms, 10, () => false), expected, c.claim.text);
    }
  });

  it('forgets a removed document at once', () => {
    const { ours } = both();
    ours.discard(0);
    for (const c of claims) assert.ok(!ours.searchTerms(c.terms, 50, () => false).includes(0));
  });
});
