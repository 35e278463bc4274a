import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { compareClaims, mayShareOrDisputeFact } from '../../src/core/story/compareClaims';
import { harmConflict } from '../../src/core/story/harmConflict';
import { indexArticleClaims, type IndexedClaim } from '../../src/core/story/indexedClaim';

// relate() skips the full comparison of a weakly similar pair when mayShareOrDisputeFact says no fact could be
// shared or disputed (relate.ts). That is only sound if it never says no where compareClaims finds one: checked
// here on every pair of claims of the sample story, and on pairs written to hold each kind of strong fact.
describe('mayShareOrDisputeFact: a necessary condition of a shared or disputed fact', () => {
  const strong = (a: IndexedClaim, b: IndexedClaim) => {
    const c = compareClaims(a, b, 0.1, 1, 0);
    return c.shared.length > 0 || c.conflicts.some((x) => x.type === 'quantity' || x.type === 'negation');
  };
  const claimsOf = (file: string, text: string) => indexArticleClaims(analyzeArticle(file, text, { threshold: 0 }));

  it('says yes for every pair compareClaims finds a shared or disputed fact in (sample story)', () => {
    const dir = 'samples/story';
    const claims = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).flatMap((f) => claimsOf(f, readFileSync(join(dir, f), 'utf8')));
    let strongPairs = 0;
    let skipped = 0;
    for (const a of claims) {
      for (const b of claims) {
        if (a === b || a.file === b.file) continue;
        const may = mayShareOrDisputeFact(a, b);
        if (!may) skipped++;
        if (strong(a, b)) {
          strongPairs++;
          assert.ok(may, `a fact is shared or disputed but the pre-check says none: "${a.claim.text}" / "${b.claim.text}"`);
        }
      }
    }
    assert.ok(strongPairs > 0, 'the story has pairs with a shared or disputed fact');
    assert.ok(skipped > strongPairs, 'and the pre-check rules out most pairs');
  });

  // It reads two fact masks (IndexedClaim.factMask: harm bits, hashed figure classes) before any figure: the
  // masks must say no only where the definition does (figures of one class, or a harm conflict).
  it('answers as its definition on every pair, masks read first', () => {
    const dir = 'samples/story';
    const claims = [
      ...readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).flatMap((f) => claimsOf(f, readFileSync(join(dir, f), 'utf8'))),
      ...claimsOf('f.txt', 'No one was hurt and there was no damage, police said. Nobody was killed in the blast. Two people were injured and 40 homes were damaged. The storm destroyed 12 homes and killed three people.'),
    ];
    const definition = (a: IndexedClaim, b: IndexedClaim) =>
      a.quantities.some((x) => b.quantities.some((y) => x.unitClass === y.unitClass && !x.negated && !y.negated && x.range.hi !== 0 && y.range.hi !== 0)) || harmConflict(a, b) !== undefined;
    const seen = { yes: 0, harm: 0 };
    for (const a of claims) {
      for (const b of claims) {
        if (a === b) continue;
        const expected = definition(a, b);
        assert.equal(mayShareOrDisputeFact(a, b), expected, `"${a.claim.text}" / "${b.claim.text}"`);
        if (expected) seen.yes++;
        if (harmConflict(a, b)) seen.harm++;
      }
    }
    assert.ok(seen.yes > 20 && seen.harm > 2, `pairs with a fact and with a harm conflict (${JSON.stringify(seen)})`);
  });

  it('says yes for a disputed count and for harm denied against harm reported, no for unrelated figures', () => {
    const [six] = claimsOf('a.txt', 'The ministry said rebels fired six rockets at the base on Monday.');
    const [eight] = claimsOf('b.txt', 'Officials said rebels fired eight rockets at the base on Monday.');
    const [none] = claimsOf('c.txt', 'No one was injured in the attack on the base, the army said.');
    const [hurt] = claimsOf('d.txt', 'Three soldiers were injured when the base was attacked, officials said.');
    const [years] = claimsOf('e.txt', 'The mayor has led the city council for twelve years, records show.');
    assert.ok(mayShareOrDisputeFact(six, eight));
    assert.ok(mayShareOrDisputeFact(none, hurt));
    assert.ok(!mayShareOrDisputeFact(six, years), 'rockets against years');
  });
});
