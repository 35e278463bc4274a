import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { HARM_BITS } from '../../src/core/story/harmConflict';
import { indexArticleClaims } from '../../src/core/story/indexedClaim';
import * as lexicon from '../../src/core/story/lexicon';

const { DENIAL_VERBS, DENIAL_WORDS, HARM_KIND_SHIFT, HARM_KINDS, HARM_NOUNS, HARM_WORDS, NEGATIONS, WORD_ROLES } = lexicon;

// WORD_ROLES answers in one lookup what the lexicon's sets answer one by one (indexedClaim.ts reads every token
// through it): it must say of each word what the sets say.
describe('WORD_ROLES', () => {
  const sets: [ReadonlySet<string>, number][] = [
    [NEGATIONS, lexicon.ROLE_NEGATION],
    [HARM_WORDS, lexicon.ROLE_HARM],
    [HARM_NOUNS, lexicon.ROLE_HARM_NOUN],
    [DENIAL_VERBS, lexicon.ROLE_DENIAL_VERB],
    [DENIAL_WORDS, lexicon.ROLE_DENIAL_WORD],
    [new Set(['false', 'fake']), lexicon.ROLE_FALSE],
    ...HARM_KINDS.map((kind, k): [ReadonlySet<string>, number] => [kind, 1 << (HARM_KIND_SHIFT + k)]),
  ];

  it('gives each word of the sets the bit of every set it is in, and nothing else', () => {
    const words = new Set(sets.flatMap(([set]) => [...set]));
    assert.equal(WORD_ROLES.size, words.size);
    for (const w of words) {
      const expected = sets.reduce((bits, [set, bit]) => (set.has(w) ? bits | bit : bits), 0);
      assert.equal(WORD_ROLES.get(w), expected, w);
    }
    assert.equal(WORD_ROLES.get('missile'), undefined);
  });

  it('keeps the role bits below the harm kinds', () => {
    const roles = lexicon.ROLE_NEGATION | lexicon.ROLE_HARM | lexicon.ROLE_HARM_NOUN | lexicon.ROLE_DENIAL_VERB | lexicon.ROLE_DENIAL_WORD | lexicon.ROLE_FALSE;
    assert.ok(roles < 1 << HARM_KIND_SHIFT);
    assert.ok(HARM_KIND_SHIFT + HARM_KINDS.length <= 31);
  });

  it('reads the harm a claim denies and reports, and its denial, through the roles', () => {
    const claim = (text: string) => indexArticleClaims(analyzeArticle('r.txt', text, { threshold: 0 }))[0];
    const denied = claim('Officials said nobody was injured in the attack on Monday.');
    const reported = claim('Officials said two people were injured in the attack on Monday.');
    const noDamage = claim('Officials said there was no damage to the depot on Monday.');
    assert.equal(denied.factMask & HARM_BITS & 0xff, 1, 'denies injury (kind 0)');
    assert.equal((reported.factMask & HARM_BITS) >>> 8, 1, 'reports injury (kind 0)');
    assert.equal(reported.factMask & HARM_BITS & 0xff, 0);
    assert.equal(noDamage.factMask & HARM_BITS & 0xff, 2, 'denies damage (kind 1)');
    const denial = claim('The ministry denied reports that the plant was hit by six missiles.');
    assert.equal(denial.tokens[denial.denial].lower, 'denied');
    assert.equal(claim('The ministry did not deny that six missiles hit the plant on Monday.').denial, -1);
    // harm besides some denies none: "no one else was injured" says someone was
    assert.equal(claim('Fanning said no one else was injured in the blast on Monday.').factMask & HARM_BITS & 0xff, 0);
    assert.equal(claim('Police said there were no other injuries in the blast on Monday.').factMask & HARM_BITS & 0xff, 0);
  });
});
