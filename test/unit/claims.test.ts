import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { seedAnalysis } from './seedStory';

describe('claims of an article', () => {
  it('rejects boilerplate: section labels, page furniture, a stray headline, an opinion', () => {
    const texts = (['cnn', 'abc'] as const).flatMap((n) => seedAnalysis(n).claims.map((c) => c.text));
    for (const boiler of ['News', 'Add a Comment', 'The Data Science Revolution: How Big Data Is shaping Our Future']) {
      assert.ok(!texts.includes(boiler), `"${boiler}" should not be a claim`);
    }
    assert.ok(!texts.some((t) => t.startsWith('Russia won’t sit quitely')), 'an opinion should not be a claim');
  });

  it('leaves out a page stamp, and keeps a statement that starts like one', () => {
    // "Originally published 05/03/2013 at 10:20 AM EDT" (ECB+ 1/1_14ecbplus) was a claim, and two pages'
    // stamps "contradicted" each other on the date.
    const text = ['Originally published 05/03/2013 at 10:20 AM EDT', 'First Published: June 13, 2013 4:59 PM EDT', 'Posted on Monday, the ministry report showed that 40 people died in the floods.'].join('\n\n');
    const claims = analyzeArticle('a.txt', text).claims.map((c) => c.text);
    assert.deepEqual(claims, ['Posted on Monday, the ministry report showed that 40 people died in the floods.']);
  });

  it('keeps the factual sentences with numbers and attributions', () => {
    const texts = seedAnalysis('cnn').claims.map((c) => c.text);
    assert.ok(texts.some((t) => t.startsWith('Russia’s Defense Ministry reported that Ukraine launched six ballistic missiles')));
    assert.ok(texts.some((t) => t.startsWith('Russian air defenses reported intercepting five of the missiles')));
  });

  it('gives ids that are stable across runs and across edits elsewhere', () => {
    const text = 'Officials said 40 people died in the flood on Monday.\nThe mayor said 12 bridges were closed on Tuesday.\n';
    const a = analyzeArticle('a.txt', text);
    const b = analyzeArticle('a.txt', 'A new first line about 3 new schools opening in May.\n' + text);
    assert.ok(a.claims.length >= 2);
    for (const c of a.claims) assert.ok(b.claims.some((d) => d.id === c.id && d.text === c.text));
  });

  it('maps Markdown back to the file: front matter, code and link targets are not prose', () => {
    const md = '---\ntitle: "Ten missiles were fired"\n---\n# Report\n\nThe ministry said [six missiles](https://x.org/a) were fired on Tuesday.\n\n```\nEight missiles were fired on Monday.\n```\n';
    const a = analyzeArticle('a.md', md);
    const texts = a.sentences.map((s) => s.sentence.text);
    assert.ok(!texts.some((t) => t.includes('Ten missiles') || t.includes('Eight missiles')), texts.join(' | '));
    const claim = a.claims.find((c) => c.text.includes('six missiles'));
    assert.ok(claim);
    assert.equal(md.slice(claim.span.start, claim.span.end), claim.text);
    assert.ok(!claim.facts.some((f) => f.text.includes('https')));
    assert.deepEqual(a.lines.positionAt(claim.span.start), { line: 5, character: 0 });
  });

  it('counts positions as VS Code does: CRLF lines and UTF-16 characters', () => {
    const text = 'Intro line.\r\n“Émigré” 🚀 officials said 300 drones hit Kyiv on Friday.\r\n';
    const a = analyzeArticle('a.txt', text, { threshold: 0 });
    const claim = a.claims.find((c) => c.text.includes('300 drones'));
    assert.ok(claim);
    assert.deepEqual(a.lines.positionAt(claim.span.start), { line: 1, character: 0 });
    const drones = claim.facts.find((f) => f.type === 'quantity');
    assert.equal(drones?.text, '300 drones');
    const pos = a.lines.positionAt(drones.span.start);
    assert.equal(pos.line, 1);
    assert.equal(pos.character, '“Émigré” 🚀 officials said '.length, 'the emoji counts as two UTF-16 units');
  });
});
