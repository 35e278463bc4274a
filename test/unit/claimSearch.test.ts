import { strict as assert } from 'node:assert';
import { ClaimReading, ClaimSearch, type Candidate } from '../../src/core/story/claimSearch';
import { indexArticleClaims, indexSentence, type IndexedClaim } from '../../src/core/story/indexedClaim';
import { SEED_FILES, seedAnalysis } from './seedStory';

// The claim search numbers terms once per story and shares the numbers (and each claim's reading) between the
// story's two searches (claimSearch.ts, ClaimReading). Sharing must change no answer: a search answers the
// same whether its reading is its own or shared with a search that numbered other terms first and goes on
// adding them, and after a file's claims are replaced as after they were first added.
describe('claim search on numbered terms', () => {
  const names = ['cnn', 'digest', 'abc'] as const;
  const claims = names.map((n) => indexArticleClaims(seedAnalysis(n)));
  // every sentence of each article as an entry, as the mention search indexes them
  const sentences = names.map((n) => {
    const a = seedAnalysis(n);
    return a.sentences.map((s, i) => indexSentence(a.file, { id: `s${i}`, text: s.sentence.text, span: s.sentence.span, score: s.score, facts: [], sentence: i, origin: 'detected' }, s.sentence));
  });
  // bm25 to 9 digits: the average document length is kept as a running mean, so an index that saw a removal
  // differs from a fresh one in the last bits (as it always has)
  const view = (cs: Candidate[], digits = 17) => cs.map((c) => [c.claim.key, c.similarity, Number(c.bm25.toPrecision(digits)), c.coverage, c.shared.join(' ')]);
  const fill = (search: ClaimSearch, files: IndexedClaim[][]) => files.forEach((f) => search.setFileClaims(f[0].file, f));

  it('answers the same with its own reading and with one shared with another search', () => {
    const alone = new ClaimSearch();
    fill(alone, claims);
    const reading = new ClaimReading();
    const other = new ClaimSearch(reading);
    fill(other, sentences); // numbers the sentences' terms first
    for (const s of sentences[0]) other.candidates(s);
    const shared = new ClaimSearch(reading);
    fill(shared, claims);
    for (const c of claims.flat()) {
      assert.deepEqual(view(shared.candidates(c)), view(alone.candidates(c)), c.claim.text);
      other.candidates(c); // the other search reads the same claim with the same numbers
    }
    for (const c of claims.flat()) assert.deepEqual(view(shared.candidates(c)), view(alone.candidates(c)), c.claim.text);
  });

  it('answers after a file is replaced as a search built in that order', () => {
    const edited = new ClaimSearch();
    fill(edited, claims);
    for (const c of claims.flat()) edited.candidates(c); // weights and norms kept
    edited.setFileClaims(SEED_FILES.cnn, claims[0].slice(1));
    edited.removeFile(SEED_FILES.digest);
    const fresh = new ClaimSearch();
    fresh.setFileClaims(SEED_FILES.abc, claims[2]);
    fresh.setFileClaims(SEED_FILES.cnn, claims[0].slice(1));
    for (const c of [...claims.flat(), ...sentences[1]]) assert.deepEqual(view(edited.candidates(c), 9), view(fresh.candidates(c), 9), c.claim.text);
  });

  // The story index asks only for the candidates it can use (storyIndex.ts, `usable`): the others are compared
  // but not built, and those built must be what the full search gives, their shared terms included (they are
  // gathered in one scratch array reused from hit to hit).
  it('builds only the candidates `keep` accepts, each as the full search gives it', () => {
    const search = new ClaimSearch();
    fill(search, [...claims, ...sentences]);
    let left = 0;
    for (const c of [...claims.flat(), ...sentences.flat()]) {
      const all = search.candidates(c);
      const asked: number[] = [];
      // every other hit: a rule that depends on nothing but the order would pass a list kept whole or shifted
      const kept = search.candidates(c, undefined, (claim, other, similarity) => {
        assert.equal(claim, c);
        asked.push(similarity);
        return asked.length % 2 === 1;
      });
      assert.deepEqual(asked, all.map((x) => x.similarity), c.claim.text);
      assert.deepEqual(view(kept), view(all.filter((_, k) => k % 2 === 0)), c.claim.text);
      left += all.length - kept.length;
    }
    assert.ok(left > 50, `some candidates left out (${left})`);
  });
});
