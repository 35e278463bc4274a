// The claim under the cursor (core/review/claimAtOffset.ts): hover, quick fixes and commands act on it.
import { strict as assert } from 'node:assert';
import type { ArticleState, ClaimInfo } from '../../src/core/review/articleState';
import { claimAt, claimById, dismissedAt } from '../../src/core/review/claimAtOffset';

const claim = (id: string, start: number, end: number) => ({ id, text: '', span: { start, end }, score: 1, facts: [], sentence: 0, origin: 'detected' as const });
const info = (id: string, start: number, end: number) => ({ claim: claim(id, start, end), status: 'uncorroborated', refs: [], mentions: [] }) as unknown as ClaimInfo;
const state = {
  claims: [info('a', 0, 10), info('b', 12, 20)],
  dismissed: [{ claim: claim('c', 30, 40), line: 3 }],
} as unknown as ArticleState;

describe('the claim under the cursor', () => {
  it('finds the claim whose span holds the offset, its end included; none between claims', () => {
    assert.equal(claimAt(state, 0)?.claim.id, 'a');
    assert.equal(claimAt(state, 10)?.claim.id, 'a', 'the cursor just after the last character');
    assert.equal(claimAt(state, 11), undefined);
    assert.equal(claimAt(state, 15)?.claim.id, 'b');
    assert.equal(claimAt(undefined, 5), undefined, 'no state: no claim');
  });

  it('finds a dismissed claim for Restore, and a claim by id', () => {
    assert.equal(dismissedAt(state, 35)?.claim.id, 'c');
    assert.equal(dismissedAt(state, 5), undefined);
    assert.equal(claimById(state, 'b')?.claim.span.start, 12);
    assert.equal(claimById(state, 'z'), undefined);
  });
});
