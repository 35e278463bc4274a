import { strict as assert } from 'node:assert';
import type { Candidate } from '../../src/core/story/candidate';
import { claimOf } from './oneClaim';
import { relate, RELATED_SIMILARITY } from '../../src/core/story/relate';

// relate() keeps a pair's result per pair of indexed claims and band of similarity (relate.ts): the same pair
// at a similarity across a bar must be related again, not served from the cache.
describe('relate() per-pair cache', () => {
  const here = claimOf('a.txt', 'The mayor said the new bridge over the river will open to traffic next spring.');
  const there = claimOf('b.txt', 'City officials said the bridge across the river would open to cars in the spring.');
  const shared = here.terms.filter((t) => there.terms.includes(t));
  const at = (similarity: number): Candidate => ({ claim: there, similarity, shared, coverage: 1, bm25: 1 });

  it('re-relates a pair whose similarity crosses a bar, and matches a fresh computation at every step', () => {
    assert.ok(shared.some((t) => t.startsWith('w:')), 'the two claims share content words');
    const below = RELATED_SIMILARITY - 0.02;
    const above = 0.9;
    assert.equal(relate(here, at(below)), undefined, 'below the related bar: not about the same thing');
    assert.ok(relate(here, at(above)), 'the same pair above the bar is related (not the cached "nothing")');
    assert.equal(relate(here, at(below)), undefined, 'and below it again nothing');
    for (const similarity of [0.9, 0.6, 0.4, 0.25, 0.1, 0.35, 0.55, 0.2]) {
      // A copy of the claim is a new key: its result is computed afresh.
      const fresh = relate({ ...here }, at(similarity));
      assert.deepEqual(relate(here, at(similarity)), fresh, `similarity ${similarity}`);
    }
  });
});
