import { strict as assert } from 'node:assert';
import { blocksOf } from '../../src/core/segment/blocksOf';
import { sentencesOf } from '../../src/core/nlp/sentences';

describe('probe', () => {
  it('splits', () => {
    const md = '---\ntitle: x\n---\n# Heading here\n\nSee [Kyiv](https://a.b/c) now. Then `code` it.\n\n```\nno prose\n```\n- item one said 5\n';
    const s = sentencesOf(md, blocksOf(md, 'markdown'));
    console.log(s.map((x) => [x.text, x.block]));
    assert.ok(s.length > 0);
  });
});
