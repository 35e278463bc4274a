import { strict as assert } from 'node:assert';
import { scoreSentence, scoreSignals } from '../../src/core/claims/checkworthiness';
import { signalGroupOf, SIGNAL_WORDS, topSignals, WORDING } from '../../src/core/claims/signals';
import { lineSentence } from '../../src/core/nlp/lineSentence';

// "Say why" (issue 14): the two or three kinds of fact behind a claim's score, in a fact-checker's words.
describe('the signals behind a check-worthiness score', () => {
  const signals = (text: string) => scoreSignals(lineSentence(text));

  it('names the count, the attribution and the money of a factual report', () => {
    const s = signals('The city council approved a $12 million budget for road repairs on Tuesday, officials said.');
    assert.ok(s.length >= 2 && s.length <= 3, s.join(' · '));
    assert.ok(s.includes('a count'), s.join(' · '));
    assert.ok(s.includes('an attribution') || s.includes('a sum of money'), s.join(' · '));
  });

  it('names casualties or damage first for a report that nothing was harmed', () => {
    assert.equal(signals('No damage or casualties were recorded.')[0], 'casualties or damage');
  });

  it('names a date', () => {
    assert.ok(signals('The bridge was closed on Monday after a truck hit it.').includes('a date'));
  });

  it('never names the shape or the tone of a sentence, and never more than three', () => {
    for (const text of ['I think this is a terrible idea and we should be ashamed of it.', 'Ukraine fired six missiles at Russia on Tuesday, officials said, and 40 people died.']) {
      const s = signals(text);
      assert.ok(s.length <= 3);
      assert.ok(!s.some((x) => x.startsWith('the shape') || x.startsWith('tone')), s.join(' · '));
    }
  });

  it('gives plain wording, with its strongest word, only when fewer than two kinds of fact are named', () => {
    const shares = new Float64Array(SIGNAL_WORDS.length);
    shares[WORDING] = 2;
    shares[0] = 1;
    assert.deepEqual(topSignals(shares, 'launched', 3), ['a count', 'wording often checked (“launched”)']);
    shares[3] = 0.5;
    assert.deepEqual(topSignals(shares, 'launched', 3), ['a count', 'a date']);
  });

  it('credits each feature name to the kind of fact it is about', () => {
    assert.equal(SIGNAL_WORDS[signalGroupOf('e:DATE')], 'a date');
    assert.equal(SIGNAL_WORDS[signalGroupOf('b:officials_said')], 'an attribution');
    assert.equal(SIGNAL_WORDS[signalGroupOf('b:<number>_missiles')], 'a count');
    assert.equal(SIGNAL_WORDS[signalGroupOf('e:MONEY')], 'a sum of money');
    assert.equal(SIGNAL_WORDS[signalGroupOf('f:negharm')], 'casualties or damage');
    assert.equal(signalGroupOf('c:mis'), WORDING);
  });

  it('leaves the score unchanged (explaining walks the same features)', () => {
    const s = lineSentence('Russia said it intercepted five of the six missiles on Tuesday.');
    const before = scoreSentence(s);
    scoreSignals(s);
    assert.equal(scoreSentence(s), before);
  });
});
