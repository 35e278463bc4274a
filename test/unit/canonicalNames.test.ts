import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { canonicalOrganization, canonicalPerson, surnameKey } from '../../src/core/facts/canonicalNames';
import { knownOrganization } from '../../src/core/facts/gazetteer';

// The canonical value of a name is what the card shows ("both name …"): transliteration folding must give
// one value to "Sergei"/"Sergey" without rewriting English names and places.
describe('canonical names', () => {
  it('knows organisations by their own names only, not by the names every object has', () => {
    assert.equal(knownOrganization('nato'), 'NATO');
    assert.equal(canonicalOrganization('the Kremlin'), 'Kremlin');
    // looked up on a plain object, "constructor" was a known organisation named by a function
    for (const key of ['constructor', 'tostring', '__proto__']) assert.equal(knownOrganization(key), undefined, key);
    assert.equal(canonicalOrganization('Constructor'), 'Constructor');
  });

  it('folds Slavic transliterations to one real spelling', () => {
    assert.equal(canonicalPerson('Sergei Lavrov'), canonicalPerson('Sergey Lavrov'));
    assert.equal(canonicalPerson('Andrei Belousov'), 'Andrey Belousov');
    assert.equal(canonicalPerson('Dmitriy Peskov'), canonicalPerson('Dmitry Peskov'));
    assert.equal(canonicalPerson('Dmitrii Peskov'), 'Dmitry Peskov');
    assert.equal(canonicalPerson('Volodymyr Zelenskiy'), canonicalPerson('Volodymyr Zelenskyy'));
    assert.equal(canonicalPerson('Volodymyr Zelenskiy'), 'Volodymyr Zelensky');
    assert.equal(surnameKey('Zelenskyy'), surnameKey('Zelensky'));
  });

  it('leaves English names and places as written', () => {
    for (const name of ['Key Biscayne', 'Surrey Police', 'Harvey Weinstein', 'Sadiq Khan', 'Mikhail Gorbachev', 'Wang Wei', 'Ren Zhengfei Huawei']) {
      assert.equal(canonicalPerson(name), name);
    }
  });

  it('shows "Key Biscayne" and "Surrey Police" as written in an article', () => {
    const facts = analyzeArticle('t.txt', 'Surrey Police said Key Biscayne residents reported 12 burglaries on Monday.', { threshold: 0 }).claims.flatMap((c) => c.facts);
    const values = facts.filter((f) => f.type !== 'quantity' && f.type !== 'date').map((f) => String(f.value));
    assert.ok(values.includes('Surrey Police'), values.join(' | '));
    assert.ok(!values.some((v) => /Kei |Surrei/.test(v)), values.join(' | '));
  });
});
