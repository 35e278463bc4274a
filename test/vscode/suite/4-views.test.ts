import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { ABC, CNN, DIGEST, DRAFT, offsetOf, openArticle, storyUri, waitFor } from '../util';

suite('Claims view, Problems, status bar, navigation', () => {
  test('the Claims view lists the story by article and status', async () => {
    const { api } = await openArticle(DRAFT);
    const tree = await api.claimsTree();
    assert.deepStrictEqual(tree.map((n) => n.label).sort(), [ABC, CNN, DIGEST, DRAFT].sort());
    const draft = tree.find((n) => n.label === DRAFT)!;
    assert.match(draft.description ?? '', /^\d+ claims · \d+ reviewed/);
    const statuses = draft.children.map((c) => c.label);
    assert.ok(statuses.includes('Disputed') || statuses.includes('Contradicted'), statuses.join());
    const claims = draft.children.flatMap((c) => c.children);
    assert.strictEqual(claims.length, api.article(storyUri(DRAFT))!.claims.length);
    assert.ok(claims.some((c) => c.label.includes('eight ATACMS missiles')));
    assert.ok(claims.every((c) => c.description === 'unreviewed' || /^[✓✗≠?…∅•] /.test(c.description ?? '')), claims.map((c) => c.description).join());
    // the most urgent status first
    const order = ['Contradicted', 'Disputed', 'Uncorroborated', 'Corroborated'];
    assert.deepStrictEqual(statuses, [...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  test('within a status, the most check-worthy claim comes first, and its tooltip says why', async () => {
    const { api } = await openArticle(CNN);
    const tree = await api.claimsTree();
    const state = api.article(storyUri(CNN))!;
    const scoreOf = (label: string) => state.claims.find((c) => c.claim.text.replace(/\s+/g, ' ') === label)!.claim.score;
    for (const group of tree.find((n) => n.label === CNN)!.children) {
      const scores = group.children.map((c) => scoreOf(c.label));
      assert.deepStrictEqual(scores, [...scores].sort((a, b) => b - a), group.label);
    }
    // the tooltip is Markdown built with appendText, which escapes punctuation and writes spaces as &nbsp;
    const plain = (t: string) => t.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    const tips = tree.find((n) => n.label === CNN)!.children.flatMap((g) => g.children).map((c) => plain(c.tooltip ?? ''));
    assert.ok(tips.every((t) => /check-worthiness \d\.\d\d/.test(t)));
    assert.ok(tips.some((t) => /a count|an attribution|a date/.test(t)), 'some claim is explained');
  });

  test('contradicted and disputed claims without a verdict are Problems entries', async () => {
    const { api } = await openArticle(CNN);
    await waitFor(() => vscode.languages.getDiagnostics().some(([, d]) => d.some((x) => x.source === 'crosscheck')), 'diagnostics');
    const all = vscode.languages.getDiagnostics().flatMap(([uri, ds]) => ds.filter((d) => d.source === 'crosscheck').map((d) => ({ uri, d })));
    for (const { uri, d } of all) {
      const state = api.article(uri)!;
      const info = state.claims.find((c) => c.claim.span.start === state.lines.offsetAt({ line: d.range.start.line, character: d.range.start.character }));
      assert.ok(info, `a claim at ${uri.fsPath}:${d.range.start.line + 1}`);
      assert.ok(info.status === 'contradicted' || info.status === 'disputed', info.status);
      assert.strictEqual(d.code, info.status);
      assert.strictEqual(info.verdict, undefined);
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(d.message, info.status === 'contradicted' ? /^Contradicted by \d+ sources?; no verdict yet$/ : /^Disputed: /);
    }
    const expected = [ABC, CNN, DIGEST, DRAFT]
      .map((n) => api.article(storyUri(n))!)
      .flatMap((s) => s.claims.filter((c) => (c.status === 'contradicted' || c.status === 'disputed') && !c.verdict)).length;
    assert.strictEqual(all.length, expected);
  });

  test('severity follows crosscheck.diagnostics.severity', async () => {
    await openArticle(DRAFT);
    const config = vscode.workspace.getConfiguration('crosscheck');
    await config.update('diagnostics.severity', 'off', vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => !vscode.languages.getDiagnostics().some(([, d]) => d.some((x) => x.code === 'contradicted')), 'no diagnostics');
    } finally {
      await config.update('diagnostics.severity', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('the status bar counts claims, contradicted, unreviewed', async () => {
    const { api } = await openArticle(DRAFT);
    const state = api.article(storyUri(DRAFT))!;
    await waitFor(() => /claims/.test(api.statusText()), 'status text');
    assert.match(api.statusText(), new RegExp(`${state.claims.length} claims .*contradicted .*unreviewed`));
    const disputed = state.claims.filter((c) => c.status === 'disputed').length;
    if (disputed) assert.match(api.statusText(), new RegExp(`\\$\\(warning\\) ${disputed} disputed`));
    else assert.doesNotMatch(api.statusText(), /disputed/);
  });

  test('next/previous claim move the cursor from claim to claim', async () => {
    const { editor, api } = await openArticle(ABC);
    const starts = api.article(editor.document.uri)!.claims.map((c) => c.claim.span.start).sort((a, b) => a - b);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('crosscheck.nextClaim');
    const first = editor.document.offsetAt(editor.selection.active);
    assert.strictEqual(first, starts.find((s) => s > 0) ?? starts[0]);
    await vscode.commands.executeCommand('crosscheck.nextClaim');
    const second = editor.document.offsetAt(editor.selection.active);
    assert.ok(second > first);
    await vscode.commands.executeCommand('crosscheck.previousClaim');
    assert.strictEqual(editor.document.offsetAt(editor.selection.active), first);
  });

  test('re-analysis as you type (debounced) and on a change on disk', async () => {
    const { editor, api } = await openArticle(DIGEST);
    const before = api.article(editor.document.uri)!.claims.length;
    const sentence = ' The Pentagon said 4,000 soldiers were moved to Kursk on 12 November 2024.';
    await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().length), sentence));
    await waitFor(() => api.article(editor.document.uri)!.text.includes('4,000 soldiers'), 're-analysed after typing');
    assert.ok(api.article(editor.document.uri)!.claims.length >= before);
    await vscode.commands.executeCommand('workbench.action.files.revert');

    // another source of the story changes on disk: the draft's cross-references follow
    const abc = storyUri(ABC);
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(abc));
    try {
      await vscode.workspace.fs.writeFile(abc, new TextEncoder().encode(original.replace(/eight ATACMS missiles/g, 'six ATACMS missiles')));
      await waitFor(() => api.article(abc)!.text.includes('six ATACMS missiles'), 'the changed source re-read');
    } finally {
      await vscode.workspace.fs.writeFile(abc, new TextEncoder().encode(original));
      await waitFor(() => api.article(abc)!.text === original, 'restored');
    }
  });

  test('a file over crosscheck.analysis.maxFileSize is not analysed, with a message', async () => {
    const big = storyUri('zz-huge-wire-copy.txt');
    const para = 'Officials said 40 trucks crossed the border on Monday, according to the ministry. ';
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(para.repeat(3000)));
    try {
      const doc = await vscode.workspace.openTextDocument(big);
      await vscode.window.showTextDocument(doc);
      const { api } = await openArticle(DRAFT).catch(() => ({ api: undefined as never }));
      await vscode.window.showTextDocument(doc);
      await api.whenIdle();
      await waitFor(() => /not analysed/.test(api.statusText()), 'status says not analysed');
      assert.strictEqual(api.article(big), undefined);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(big);
    }
  });
});
