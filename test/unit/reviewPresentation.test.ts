import { strict as assert } from 'node:assert';
import { verdictBadge } from '../../src/core/review/verdictBadge';
import { STATUS_LOOK, STATUS_ORDER } from '../../src/core/story/statusTable';
import { statusExplanation, type ExplainedRef } from '../../src/core/story/statusExplanation';
import { readableQuote } from '../../src/core/text/readableQuote';
import { sourceTitle } from '../../src/core/text/sourceTitle';

const ref = (over: Partial<ExplainedRef>): ExplainedRef => ({ relation: 'agrees', source: 'CNN', independent: true, conflicts: [], ...over });
const SIX = { type: 'quantity', here: 'eight ATACMS missiles', there: 'six ballistic missiles' };

describe('how a claim is presented', () => {
  it('statuses: one table, most urgent first, each with its own glyph', () => {
    assert.deepEqual(STATUS_ORDER, ['contradicted', 'disputed', 'uncorroborated', 'corroborated']);
    assert.equal(new Set(Object.values(STATUS_LOOK).map((l) => l.glyph)).size, 4);
  });

  it('verdict badges: a glyph and a tone per default label, a neutral dot for a newsroom label', () => {
    assert.deepEqual(verdictBadge('inaccurate'), { text: '✗ inaccurate', tone: 'wrong' });
    assert.deepEqual(verdictBadge('accurate'), { text: '✓ accurate', tone: 'sound' });
    assert.deepEqual(verdictBadge('partly-true'), { text: '• partly-true', tone: 'neutral' });
  });

  describe('the sentence that says why', () => {
    it('names what differs and where', () => {
      assert.equal(
        statusExplanation('contradicted', [ref({ relation: 'contradicts', source: 'Reuters', conflicts: [SIX] })]),
        'Reuters reports “six ballistic missiles” where this article says “eight ATACMS missiles” (quantity).',
      );
    });

    it('says when an agreement does not count: the same cited source', () => {
      const text = statusExplanation('uncorroborated', [ref({ independent: false, attribution: 'according to U.S. officials' })]);
      assert.match(text, /^Not independently confirmed: CNN reports it too, but cites the same source as this article \(according to U\.S\. officials\)\.$/);
    });

    it('weighs both sides of a dispute: one source by name (long headlines cut), several by number', () => {
      const long = 'Ukraine struck a Russian weapons depot with US-made ATACMS missiles, launching them across the border';
      const text = statusExplanation('disputed', [ref({ source: long }), ref({ relation: 'contradicts', source: 'AP', conflicts: [SIX] }), ref({ relation: 'contradicts', source: 'BBC', conflicts: [SIX] })]);
      assert.equal(text, 'Sources disagree: Ukraine struck a Russian weapons depot with US-… reports the same; 2 sources report “six ballistic missiles” where this article says “eight ATACMS missiles” (quantity).');
    });

    it('says when others only mention it, with nothing to compare', () => {
      assert.equal(
        statusExplanation('uncorroborated', [ref({ relation: 'related', source: 'AP' })]),
        'Not confirmed: AP mentions it, but with no fact to compare, or not surely about the same event.',
      );
    });

    it('says plainly when nobody else reports it', () => {
      assert.equal(statusExplanation('uncorroborated', []), 'No other source of the story reports this.');
    });
  });

  describe('a source\'s name', () => {
    it('is its headline: a section label skipped, Markdown marks dropped, front matter title first', () => {
      assert.equal(sourceTitle('News\nU.S. Approves Ukraine’s Use of ATACMS\nBody text.'), 'U.S. Approves Ukraine’s Use of ATACMS');
      assert.equal(sourceTitle('\ufeff# **Explainer:** the [first](https://x.org) strike\n\nBody'), 'Explainer: the first strike');
      assert.equal(sourceTitle('---\ntitle: "Desk explainer"\n---\n# Other heading\n'), 'Desk explainer');
      assert.equal(sourceTitle('  \n\n'), undefined);
      assert.equal(sourceTitle('x '.repeat(100))?.length, 80);
    });
  });

  it('quotes read as text: no raw Markdown, no half-parsed links', () => {
    assert.equal(
      readableQuote('according to U.S. officials quoted by [ABC News](https://abcnews.go.com/). See **this** at https://www.reuters.com/world/x).”'),
      'according to U.S. officials quoted by ABC News. See this at reuters.com).”',
    );
  });
});
