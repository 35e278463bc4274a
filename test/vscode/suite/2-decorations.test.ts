import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { DRAFT, openArticle, waitFor } from '../util';

suite('decorations', () => {
  test('every claim of the draft is decorated by its status, facts are marked', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => api.decorations(uri) !== undefined, 'decorations rendered');
    const state = api.article(uri)!;
    const deco = api.decorations(uri)!;
    // every claim is drawn by its status (all four are highlighted by default), a verdict adds a badge on top
    const claimRanges = deco.contradicted.length + deco.disputed.length + deco.uncorroborated.length + deco.corroborated.length;
    assert.ok(state.claims.length >= 3, `expected claims, got ${state.claims.length}`);
    assert.strictEqual(claimRanges, state.claims.length);
    assert.strictEqual(deco.verdict.length, state.claims.filter((c) => c.verdict).length);
    assert.ok(deco.fact.length > 0, 'facts are marked');

    // the "eight ATACMS missiles" claim sits on a decorated range
    const at = editor.document.getText().indexOf('eight ATACMS missiles');
    const pos = editor.document.positionAt(at);
    const all = [...deco.contradicted, ...deco.disputed, ...deco.uncorroborated, ...deco.corroborated];
    assert.ok(
      all.some(([l1, c1, l2, c2]) => (pos.line > l1 || (pos.line === l1 && pos.character >= c1)) && (pos.line < l2 || (pos.line === l2 && pos.character <= c2))),
      'the eight-missiles claim is decorated',
    );
  });

  test('crosscheck.decorations.statuses chooses which statuses are highlighted', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('crosscheck');
    const state = api.article(uri)!;
    const uncorroborated = state.claims.filter((c) => c.status === 'uncorroborated').length;
    assert.ok(uncorroborated > 0, 'the draft has uncorroborated claims');
    await waitFor(() => api.decorations(uri)?.uncorroborated.length === uncorroborated, 'uncorroborated drawn by default');
    await config.update('decorations.statuses', ['contradicted', 'disputed'], vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => api.decorations(uri)?.uncorroborated.length === 0, 'uncorroborated no longer drawn');
      const deco = api.decorations(uri)!;
      assert.strictEqual(deco.corroborated.length, 0);
      assert.strictEqual(deco.contradicted.length + deco.disputed.length, state.claims.filter((c) => c.status === 'contradicted' || c.status === 'disputed').length);
    } finally {
      await config.update('decorations.statuses', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => api.decorations(uri)?.uncorroborated.length === uncorroborated, 'back to the default');
  });
});
