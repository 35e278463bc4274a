import { strict as assert } from 'node:assert';
import { isTitleCase } from '../../src/core/text/titleCase';
import { SEED_FILES, seedText } from './seedStory';

// The definition isTitleCase was written from, with regular expressions: the one-pass version must answer the
// same on every line.
const SMALL = new Set(['with', 'from', 'into', 'onto', 'over', 'after', 'than', 'amid', 'upon', 'about', 'against', 'before', 'between', 'during', 'under', 'without', 'through', 'across', 'among']);
function byRegex(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 3 || !/^\p{Lu}/u.test(words[0])) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised / words.length >= 0.8) return true;
  return words.every((w) => /^\p{Lu}/u.test(w) || w.replace(/\P{L}/gu, '').length < 4 || SMALL.has(w.toLowerCase()));
}

describe('isTitleCase', () => {
  it('tells headlines from prose', () => {
    assert.equal(isTitleCase("Gary Ross Won't Direct 'Hunger Games' Sequel"), true);
    assert.equal(isTitleCase('How Big Data Is shaping Our Future'), true);
    assert.equal(isTitleCase('Tensions with Russia Intensify over Ukraine'), true);
    assert.equal(isTitleCase('The New York Times reported that the talks failed'), false);
    assert.equal(isTitleCase('Élan Über Straße'), true);
    assert.equal(isTitleCase('élan Über Straße'), false);
  });

  it('answers as the regular-expression definition on odd characters and every line of the sample story', () => {
    const pieces = ['The', 'the', 'With', 'with', 'over', 'WITH', 'x', 'Abc', 'abcd', 'ab-cd', 'a.b.c.d', '12', '“Quoted”', "'Hunger", 'Über',
      'über', 'Straße', 'ßtraße', '𝐀bcd', '𝐚bcd', 'a𝐚bc', '𝐚bc', 'x𝐚b', 'Δelta', 'δelta', '\ud835', 'ab\udc00cd', '日本語', 'İstanbul', 'ǅemal', 'abc1d'];
    const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', '\u180e'];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const lines: string[] = [];
    for (let k = 0; k < 5000; k++) {
      let line = next(3) === 0 ? spaces[next(spaces.length)] : '';
      const count = 1 + next(7);
      for (let w = 0; w < count; w++) line += pieces[next(pieces.length)] + (w < count - 1 ? spaces[next(spaces.length)] : '');
      lines.push(line);
    }
    for (const name of Object.keys(SEED_FILES) as (keyof typeof SEED_FILES)[]) lines.push(...seedText(name).split('\n'));
    let titles = 0;
    for (const line of lines) {
      assert.equal(isTitleCase(line), byRegex(line), JSON.stringify(line));
      if (byRegex(line)) titles++;
    }
    assert.ok(titles > 100 && titles < lines.length - 100, `both answers are tested (${titles} of ${lines.length})`);
  });
});
