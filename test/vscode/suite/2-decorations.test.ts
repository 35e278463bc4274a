import * as assert from 'node:assert';
import { DRAFT, openArticle, waitFor } from '../util';

suite('decorations', () => {
  test('every claim of the draft is decorated by its status, facts are marked', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => api.decorations(uri) !== undefined, 'decorations rendered');
    const state = api.article(uri)!;
    const deco = api.decorations(uri)!;
    const claimRanges = deco.contradicted.length + deco.disputed.length + deco.uncorroborated.length + deco.corroborated.length + deco.verdict.length;
    assert.ok(state.claims.length >= 3, `expected claims, got ${state.claims.length}`);
    assert.strictEqual(claimRanges, state.claims.length);
    assert.ok(deco.fact.length > 0, 'facts are marked');

    // the "eight ATACMS missiles" claim sits on a decorated range
    const at = editor.document.getText().indexOf('eight ATACMS missiles');
    const pos = editor.document.positionAt(at);
    const all = [...deco.contradicted, ...deco.disputed, ...deco.uncorroborated, ...deco.corroborated, ...deco.verdict];
    assert.ok(
      all.some(([l1, c1, l2, c2]) => (pos.line > l1 || (pos.line === l1 && pos.character >= c1)) && (pos.line < l2 || (pos.line === l2 && pos.character <= c2))),
      'the eight-missiles claim is decorated',
    );
  });
});
