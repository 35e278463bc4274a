import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { evalDir } from '../../scripts/lib/evalData';

// The hand-checked ECB+ sentence pairs of test/fixtures/xref-pairs.yaml (train topics only), run through the
// story index with the two articles of each topic they come from. Prints precision and recall of agrees and
// contradicts against the hand labels, and fails when the figures fall below what the engine reaches now.
type Label = 'same-value' | 'different-value' | 'different-attribute' | 'different-event';
interface Pair {
  label: Label;
  a: { file: string; line: number };
  b: { file: string; line: number };
  textA: string;
  textB: string;
}

const DATA = join(evalDir(), 'ecbplus_train', 'text');
const pairs: Pair[] = parse(readFileSync(join(__dirname, '../fixtures/xref-pairs.yaml'), 'utf8')).pairs;

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The strongest relation the story index shows between the two sentences, either way round, or "none". */
function relationOf(story: StoryIndex, texts: Map<string, string>, p: Pair): string {
  const order = ['contradicts', 'agrees', 'related'];
  let best = 'none';
  for (const [x, y] of [[p.a, p.b], [p.b, p.a]]) {
    const text = texts.get(x.file)!;
    for (const r of story.crossReference(x.file)) {
      if (lineOf(text, r.claim.span.start) > x.line || lineOf(text, r.claim.span.end) < x.line) continue;
      for (const ref of r.crossRefs) {
        if (ref.file !== y.file || lineOf(texts.get(y.file)!, ref.span.start) > y.line || lineOf(texts.get(y.file)!, ref.span.end) < y.line) continue;
        if (best === 'none' || order.indexOf(ref.relation) < order.indexOf(best)) best = ref.relation;
      }
    }
  }
  return best;
}

describe('hand-checked ECB+ sentence pairs (test/fixtures/xref-pairs.yaml)', function () {
  before(function () {
    if (!existsSync(DATA)) this.skip();
  });

  it('keeps contradicts precise and sister events apart (precision and recall printed)', function () {
    this.timeout(120_000);
    assert.ok(pairs.length >= 100, `${pairs.length} pairs`);
    const byTopic = new Map<string, Pair[]>();
    for (const p of pairs) {
      const topic = p.a.file.split('/')[0];
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), p]);
    }
    const got = new Map<Pair, string>();
    for (const [, list] of byTopic) {
      const texts = new Map<string, string>();
      for (const p of list) for (const end of [p.a, p.b]) if (!texts.has(end.file)) texts.set(end.file, readFileSync(join(DATA, end.file), 'utf8'));
      for (const p of list) {
        assert.equal(texts.get(p.a.file)!.split('\n')[p.a.line], p.textA, `${p.a.file}:${p.a.line} moved`);
        assert.equal(texts.get(p.b.file)!.split('\n')[p.b.line], p.textB, `${p.b.file}:${p.b.line} moved`);
      }
      // every sentence a claim: the pairs judge the relation of two sentences, not the check-worthiness model
      // (which decides which sentences the editor shows, and changes on its own schedule)
      const story = new StoryIndex({ threshold: 0 });
      for (const [file, text] of texts) story.setArticle(file, text);
      for (const p of list) got.set(p, relationOf(story, texts, p));
    }
    const count = (relation: string, label?: Label) => pairs.filter((p) => got.get(p) === relation && (!label || p.label === label)).length;
    const of = (label: Label) => pairs.filter((p) => p.label === label).length;
    const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
    const c = { tp: count('contradicts', 'different-value'), predicted: count('contradicts'), gold: of('different-value') };
    const a = { tp: count('agrees', 'same-value'), predicted: count('agrees'), gold: of('same-value') };
    const sisterLinks = pairs.filter((p) => p.label === 'different-event' && (got.get(p) === 'agrees' || got.get(p) === 'contradicts')).length;
    console.log(`      ${pairs.length} pairs: contradicts precision ${ratio(c.tp, c.predicted)} (${c.tp}/${c.predicted}), recall ${ratio(c.tp, c.gold)} (${c.tp}/${c.gold}); agrees precision ${ratio(a.tp, a.predicted)} (${a.tp}/${a.predicted}), recall ${ratio(a.tp, a.gold)} (${a.tp}/${a.gold}); agrees/contradicts on different events ${sisterLinks}/${of('different-event')}`);
    if (process.env.SHOW_PAIRS) for (const p of pairs) if ((got.get(p) === 'contradicts') !== (p.label === 'different-value') || (got.get(p) === 'agrees') !== (p.label === 'same-value')) console.log(`${p.label} got ${got.get(p)}: ${p.textA.slice(0, 100)} | ${p.textB.slice(0, 100)}`);
    // Regression bounds: the figures of the committed engine, rounded down.
    // (Committed: contradicts 4 right of 5, recall 4 of 8 (the wrong one: 46 arrested by the end / one arrested
    // at first, one protest; "two injured" / "three injured" on Qeshm fell below the contradicts bar, which rose
    // from 0.625 to 0.704 out of fold once relative days and denials of denials stopped counting); agrees 26 right of 29, recall 26 of 47 — precision bought with recall: statements about
    // different people or by different actors, figures that differ, two bounds the same way, two years, one
    // speaker's two statements are related, not agreeing; no link between different events of 53.)
    assert.equal(count('contradicts', 'different-event'), 0, 'contradictions between two different events');
    assert.ok(count('contradicts', 'different-attribute') <= 1, 'contradictions between different attributes');
    assert.ok(c.tp >= 4, 'contradictions found');
    assert.ok(a.tp / Math.max(1, a.predicted) >= 0.85, 'agrees precision');
    assert.ok(a.tp / a.gold >= 0.55, 'agrees recall');
    assert.ok(sisterLinks <= 1, 'links between different events');
  });
});
