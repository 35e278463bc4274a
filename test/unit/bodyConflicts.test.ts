import { strict as assert } from 'node:assert';
import { compareClaims } from '../../src/core/story/compareClaims';
import type { IndexedClaim } from '../../src/core/story/indexedClaim';
import { claimOf } from './oneClaim';

// compareClaims sets two bodies of one kind side by side ("Defense Ministry" / "Foreign Ministry"), reading the
// other sentence's bodies only when the first names one (compareClaims.ts bodyConflicts): either side may be
// the one without.
describe('compareClaims: bodies of one kind named differently', () => {
  const defense = claimOf('a.txt', 'The Defense Ministry said on Tuesday that six missiles were fired at the arsenal in Bryansk.');
  const foreign = claimOf('b.txt', 'The Foreign Ministry said on Tuesday that six missiles were fired at the arsenal in Bryansk.');
  const none = claimOf('c.txt', 'Officials said on Tuesday that six missiles were fired at the arsenal in Bryansk.');
  const organizations = (here: IndexedClaim, there: IndexedClaim) => compareClaims(here, there, 0.9, 5).conflicts.filter((c) => c.type === 'organization');

  it('contradicts a body of one kind by another of that kind, from either side', () => {
    assert.deepEqual(organizations(defense, foreign).map((c) => [c.here, c.there]), [['Defense Ministry', 'Foreign Ministry']]);
    assert.deepEqual(organizations(foreign, defense).map((c) => [c.here, c.there]), [['Foreign Ministry', 'Defense Ministry']]);
  });

  it('finds no such conflict when one side names no body, whichever side it is', () => {
    assert.deepEqual(organizations(none, defense), []);
    assert.deepEqual(organizations(defense, none), []);
  });
});
