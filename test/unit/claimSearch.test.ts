import { strict as assert } from 'node:assert';
import { ClaimReading } from '../../src/core/story/claimReading';
import { ClaimSearch } from '../../src/core/story/claimSearch';
import type { Candidate } from '../../src/core/story/candidate';
import { indexArticleClaims, indexSentence, type IndexedClaim } from '../../src/core/story/indexedClaim';
import { SEED_FILES, seedAnalysis } from './seedStory';
import { wordTerm } from '../../src/core/story/claimTerms';
import lexicon from '../../src/core/story/synonyms.json';

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
    // replaced again and again, as edits do: the runs of synonym words the search keeps per claim (its
    // synonymPool) fill with removed claims' and are rebuilt
    for (let k = 0; k < 60; k++) edited.setFileClaims(SEED_FILES.cnn, claims[0].slice(k % 3));
    edited.setFileClaims(SEED_FILES.cnn, claims[0].slice(1));
    edited.removeFile(SEED_FILES.digest);
    const fresh = new ClaimSearch();
    fresh.setFileClaims(SEED_FILES.abc, claims[2]);
    fresh.setFileClaims(SEED_FILES.cnn, claims[0].slice(1));
    for (const c of [...claims.flat(), ...sentences[1]]) assert.deepEqual(view(edited.candidates(c), 9), view(fresh.candidates(c), 9), c.claim.text);
  });

  // The story index asks only for the candidates it can use (storyIndex.ts: `mayRelate`, `mayMention`): the others are compared
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
      const kept = search.candidates(c, undefined, (claim, other, similarity, otherMask) => {
        assert.equal(claim, c);
        assert.equal(otherMask, other.factMask, 'the fact mask the search keeps for the other claim');
        asked.push(similarity);
        return asked.length % 2 === 1;
      });
      assert.deepEqual(asked, all.map((x) => x.similarity), c.claim.text);
      assert.deepEqual(view(kept), view(all.filter((_, k) => k % 2 === 0)), c.claim.text);
      left += all.length - kept.length;
    }
    assert.ok(left > 50, `some candidates left out (${left})`);
  });

  // A search sums each hit's exact-term products while it walks the postings (Bm25Index.searchTokenIds's
  // matchWeights), then adds the synonyms: the candidate must be what the pair's own product gives (similarity()),
  // also when a term holds a space, whose words are BM25 tokens that match other terms ("u:percent of kurds"
  // holds the token "u:percent", not the term), when a term repeats, and when synonyms pair.
  it("gives each candidate the pair's own similarity, coverage and shared terms", () => {
    const entry = (file: string, terms: string[]) => ({ ...claims[0][0], key: `${file}#x`, file, terms });
    const w = wordTerm;
    const entries = [
      entry('a', [w('kurd'), 'u:percent', w('fighter'), w('injured'), 'e:kobani']),
      entry('b', [w('kurd'), 'u:percent of kurds', w('fighter'), w('wounded')]),
      entry('c', ['u:percent', w('fighter'), w('kurd'), w('kurd'), w('hurt')]),
      entry('d', ['e:kobani', w('injured'), 'u:percent', w('people')]),
      entry('e', [w('wounded'), w('injured'), w('fighter'), 'u:percent of kurds', 'e:kobani']),
      ...claims.flat(),
    ];
    const search = new ClaimSearch();
    const byFile = new Map<string, IndexedClaim[]>();
    for (const e of entries) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    for (const [file, list] of byFile) search.setFileClaims(file, list);
    let pairs = 0;
    for (const c of entries) {
      for (const candidate of search.candidates(c, 50)) {
        const own = search.similarity(c, candidate.claim);
        assert.deepEqual([candidate.similarity, candidate.coverage, candidate.shared], [own.similarity, own.coverage, own.shared], `${c.terms} / ${candidate.claim.terms}`);
        pairs++;
      }
    }
    assert.ok(pairs > 100, `pairs compared (${pairs})`);
    // a word the other holds itself is not also paired with its synonym there ("injured" / "wounded")
    const ae = search.candidates(entries[0], 50).find((x) => x.claim === entries[4]);
    assert.deepEqual(ae?.shared, [w('fighter'), w('injured'), 'e:kobani']);
    const ab = search.candidates(entries[0], 50).find((x) => x.claim === entries[1]);
    assert.deepEqual(ab?.shared, [w('kurd'), w('fighter'), w('injured')]);
  });

  // ClaimReading keeps each term's synonym groups once, in a pool shared by all its claims (groupFrom/groupTo):
  // a claim read after hundreds of others (the per-term arrays and the pool grown) still pairs its words.
  it('counts synonyms as shared after the reading has grown', () => {
    const entry = (file: string, terms: string[]) => ({ ...claims[0][0], key: `${file}#x`, file, terms });
    const reading = new ClaimReading();
    const search = new ClaimSearch(reading);
    // words WordNet groups, each in its own claim with 'injured' and 'buy': every group read into the pool
    const grouped = [...new Set((lexicon.groups as string[]).flatMap((line) => line.split(' ')))].slice(0, 600);
    const filler = grouped.map((key, k) => entry(`f${k}`, [`w:${key}`, wordTerm('injured'), wordTerm('buy'), wordTerm(`other${k}`)]));
    filler.forEach((e) => search.setFileClaims(e.file, [e]));
    assert.ok(reading.groupPool.length > 1024 && reading.kindWeight.length > 256, 'the reading grew');
    const a = entry('a', [wordTerm('injured'), wordTerm('purchase'), wordTerm('people')]);
    const b = entry('b', [wordTerm('wounded'), wordTerm('buy'), wordTerm('people')]);
    const { shared, similarity } = search.similarity(a, b);
    assert.deepEqual(shared, [wordTerm('people'), wordTerm('injured'), wordTerm('purchase')]);
    // the same pair read by a fresh reading that numbered nothing else first
    const fresh = new ClaimSearch();
    const again = fresh.similarity(entry('a', a.terms), entry('b', b.terms));
    assert.deepEqual(again.shared, shared);
    assert.ok(similarity > 0);
  });

  // The search finds a candidate's synonyms of the asking claim's words through the terms read so far per group
  // (ClaimReading.lastInGroup, lists linked through the pool): a synonym read long before the asking word, with
  // other words of its group read in between, is still found.
  it('pairs a word with a synonym read before it, whatever was read in between', () => {
    const entry = (file: string, terms: string[]) => ({ ...claims[0][0], key: `${file}#x`, file, terms });
    const groups = (lexicon.groups as string[]).map((line) => line.split(' ')).filter((g) => g.length >= 3).slice(0, 40);
    assert.equal(groups.length, 40);
    for (const [asking, first, ...between] of groups) {
      const search = new ClaimSearch();
      const other = entry('b', [`w:${first}`, wordTerm('people')]);
      search.setFileClaims('b', [other]);
      between.forEach((key, k) => search.setFileClaims(`f${k}`, [entry(`f${k}`, [`w:${key}`, wordTerm('people')])]));
      const a = entry('a', [`w:${asking}`, wordTerm('people')]);
      search.setFileClaims('a', [a]);
      assert.deepEqual(search.similarity(a, other).shared, [wordTerm('people'), `w:${asking}`], `${asking} / ${first}`);
    }
  });
});
