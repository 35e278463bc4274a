import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import type { Fact } from '../../src/core/model';

function namesOf(text: string): Fact[] {
  return analyzeArticle('t.txt', text, { threshold: 0 }).claims.flatMap((c) => c.facts).filter((f) => f.type === 'person' || f.type === 'place' || f.type === 'organization');
}

function typeOf(facts: Fact[], text: string): string[] {
  return facts.filter((f) => f.text === text).map((f) => f.type);
}

// Two capitalised words with nothing else to go on read as a person; how the article itself uses the name
// says otherwise (core/facts/names.ts, the usage pass).
describe('name typing by how the article uses a name', () => {
  it('a name after "in" is a place in every sentence of the article', () => {
    const facts = namesOf('Police said the shooting happened in San Diego on Tuesday.\nSan Diego officials said 12 people were hurt.\n');
    assert.deepEqual(typeOf(facts, 'San Diego'), ['place', 'place']);
  });

  it('a name after a determiner or before a common noun is no person', () => {
    const facts = namesOf('The Highway Patrol said 12 people were hurt.\nRed Crescent workers said 40 houses were destroyed.\nHighway Patrol officers closed the road for 5 hours.\n');
    assert.ok(!facts.some((f) => f.type === 'person'), JSON.stringify(facts));
    assert.deepEqual(typeOf(facts, 'Highway Patrol'), ['organization', 'organization']);
  });

  it('keeps people: a headline verb tagged as a noun, a possessive after "in"', () => {
    const facts = namesOf('Lindsay Lohan checks into rehab for 90 days.\nIn Lindsay Lohan\'s case the judge ordered 30 days in jail.\n');
    assert.deepEqual(typeOf(facts, 'Lindsay Lohan'), ['person', 'person']);
  });
});
