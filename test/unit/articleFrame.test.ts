import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { articleFrameOf, dayNumber } from '../../src/core/story/articleFrame';

// The date line is what relative days ("on Sunday", "in February") are resolved against (claimFrame.ts).
describe('an article\'s date line', () => {
  const dateOf = (text: string) => articleFrameOf(analyzeArticle('a.txt', text)).date;

  it('reads a date line with a label, a weekday and a clock time (ECB+ 20/20_1ecbplus)', () => {
    // 50 characters: the limit was 48, and the February quake recalled in it went unplaced.
    assert.equal(dateOf('Last Updated: Monday, 28 November 2005, 02:24 GMT\n\nTen dead in southern Iran quake\n'), dayNumber(2005, 11, 28));
    assert.equal(dateOf('May 03, 2013\n\nThe mayor opened the bridge on Tuesday.\n'), dayNumber(2013, 5, 3));
  });

  it('reads none in a headline that has a date in it, or in a long sentence', () => {
    assert.equal(dateOf('Voters approve the bond on March 3, 2009 after a long campaign\n\nThe bond passed.\n'), undefined);
    assert.equal(dateOf('On Monday, 28 November 2005, a powerful earthquake struck the island and killed ten people in five villages.\n'), undefined);
  });
});
