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

  it('ranks as MiniSearch in a larger index, with repeated and spaced query terms and documents re-added', () => {
    // 300 documents over a small vocabulary: every query meets most of them (the walk's buffers grow), many
    // scores tie (the order of first match decides), and a document removed and added back goes last. Ours
    // removes at once, MiniSearch lazily: it is given the final documents in their final order.
    const ours = new Bm25Index();
    const theirs = new MiniSearch<{ id: number; terms: string }>({ fields: ['terms'], tokenize: (t) => t.split(' '), processTerm: (t) => t, searchOptions: { combineWith: 'OR' } });
    const words = Array.from({ length: 40 }, (_, k) => `w:t${k}`);
    const doc = (id: number) => Array.from({ length: 3 + (id % 7) }, (_, k) => words[((id % 1000) * 7 + k * k * 3) % words.length]);
    const readded = [5, 17, 120];
    for (let id = 0; id < 300; id++) ours.addTerms(id, doc(id));
    for (const w of words) ours.searchTerms([w], 5, () => false); // scores kept per posting, before the documents change
    for (const id of readded) {
      ours.discard(id);
      ours.addTerms(1000 + id, doc(id));
    }
    for (let id = 0; id < 300; id++) if (!readded.includes(id)) theirs.add({ id, terms: doc(id).join(' ') });
    for (const id of readded) theirs.add({ id: 1000 + id, terms: doc(id).join(' ') });
    for (const query of [doc(3), doc(5), [...doc(8), ...doc(8)], ['w:t1 w:t2', 'w:t3'], words]) {
      const expected = theirs.search(query.join(' ')).slice(0, 30).map((h) => Number(h.id));
      assert.deepEqual(ours.searchTerms(query, 30, () => false), expected, query.join(' '));
    }
  });

  it('forgets a removed document at once', () => {
    const { ours } = both();
    ours.discard(0);
    for (const c of claims) assert.ok(!ours.searchTerms(c.terms, 50, () => false).includes(0));
  });
});
