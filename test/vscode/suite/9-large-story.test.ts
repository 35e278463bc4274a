// A story of many sources in the real extension host: the analysis worker loads it in a few batches (read ahead
// 25 at a time) and cross-references every article in the whole story.
import * as assert from 'node:assert';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { ABC, api as extensionApi, CNN, DIGEST, storyDir, waitFor } from '../util';

const ARTICLES = 300;

suite('a story of many sources', () => {
  // inside the workspace folder (the runner's copy of samples/), beside story/
  const dir = join(dirname(storyDir()), 'large-story');
  const samples = [ABC, CNN, DIGEST].map((name) => readFileSync(join(storyDir(), name), 'utf8'));
  const name = (k: number) => `dispatch-${String(k).padStart(3, '0')}.txt`;

  suiteSetup(() => {
    mkdirSync(dir, { recursive: true });
    for (let k = 0; k < ARTICLES; k++) writeFileSync(join(dir, name(k)), `Dispatch ${k}.\n\n${samples[k % samples.length]}`);
  });

  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  test('is analysed, each claim cross-referenced in the whole story', async () => {
    const api = await extensionApi();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(dir, name(0))));
    await vscode.window.showTextDocument(doc);
    await waitFor(() => api.article(doc.uri) !== undefined, `${name(0)} analysed`, 60000);
    await api.whenIdle();
    // every third article is a copy of this one: the claims are found in the copies (a claim with no fact to
    // compare, such as the headline, has them as mentions, which the card asks for itself)
    const state = api.article(doc.uri)!;
    assert.ok(state.claims.length > 5, `${state.claims.length} claims`);
    const inCopies = state.claims.filter((c) => c.refs.some((r) => r.file !== doc.uri.fsPath && r.file.startsWith(dir) && r.text === c.claim.text));
    assert.ok(inCopies.length >= state.claims.length / 2, `${inCopies.length} of ${state.claims.length} claims cross-referenced in the copies`);
  });
});
