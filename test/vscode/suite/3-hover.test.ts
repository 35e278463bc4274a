import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../../src/extension/commandIds';
import { ABC, CNN, DIGEST, DRAFT, hoverText, offsetOf, openArticle, waitFor } from '../util';

suite('hover', () => {
  test('the "eight ATACMS missiles" claim: two sources say six, with links to them', async () => {
    const { editor } = await openArticle(DRAFT);
    const doc = editor.document;
    const pos = doc.positionAt(offsetOf(doc, 'eight ATACMS missiles') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hoverText(hovers);
    assert.match(text, /2 sources say six ballistic missiles/);
    assert.match(text, /eight ATACMS missiles/);
    assert.ok(text.includes(CNN.replace(/-/g, '\\-').replace(/\./g, '\\.')), 'names the CNN source');
    assert.ok(text.includes(DIGEST.replace(/-/g, '\\-').replace(/\./g, '\\.')), 'names the digest');
    assert.match(text, /command:_crosscheck\.openSource\?/);
    assert.match(text, /command:crosscheck\.recordVerdict\?/);
    assert.match(text, /check-worthiness 0\.\d\d/);
    assert.match(text, /Why a claim: .*a count/, 'the signals behind the score');
  });

  test('the hover Markdown trusts only the extension\'s own commands', async () => {
    const { editor } = await openArticle(DRAFT);
    const doc = editor.document;
    const pos = doc.positionAt(offsetOf(doc, 'eight ATACMS missiles'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    // executeHoverProvider converts the contents (the trust flags do not survive it): check every command link
    const text = hoverText(hovers);
    const commands = [...text.matchAll(/\(command:([\w.]+)\?/g)].map((m) => m[1]);
    assert.ok(commands.length >= 3);
    for (const c of commands) assert.ok((HOVER_COMMANDS as readonly string[]).includes(c), c);
  });

  test('the open-source link opens the other file at its sentence', async () => {
    const { editor } = await openArticle(DRAFT);
    const doc = editor.document;
    const pos = doc.positionAt(offsetOf(doc, 'eight ATACMS missiles'));
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
    const link = /\(command:_crosscheck\.openSource\?([^ )]+)/.exec(text);
    assert.ok(link, 'an open-source link');
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand('_crosscheck.openSource', ...args);
    const active = vscode.window.activeTextEditor!;
    assert.ok([CNN, DIGEST].some((n) => active.document.uri.fsPath.endsWith(n)), active.document.uri.fsPath);
    assert.match(active.document.getText(active.selection), /six ballistic missiles/);
  });

  // The states leave out the sentences that merely mention a claim nothing relates to: the card asks the
  // worker for them when shown (the first lookup may take longer than a hover waits: "hover again").
  test('a claim nothing relates to: the card looks up which sources mention it', async () => {
    const { editor, api } = await openArticle(CNN);
    const doc = editor.document;
    const card = async (phrase: string) => {
      const pos = doc.positionAt(offsetOf(doc, phrase) + 2);
      let text = '';
      await waitFor(async () => {
        text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
        return !text.includes('hover again in a moment');
      }, `the card of "${phrase}" without a pending lookup`);
      return text;
    };
    const info = api.article(doc.uri)!.claims.find((c) => c.claim.text.startsWith('Other Western allies are still treading carefully'));
    assert.ok(info && info.refs.length === 0 && info.mentions === undefined, 'a claim with no relations, its mentions not in the state');
    assert.match(await card('Other Western allies are still treading carefully'), /Mentioned by 1 other source, nothing to compare/);
    const abc = await openArticle(ABC);
    const arsenal = abc.editor.document;
    const lone = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', arsenal.uri, arsenal.positionAt(offsetOf(arsenal, 'The arsenal is considered') + 2)));
    assert.match(lone, /No other source of the story reports this|hover again in a moment/);
    // the Claims view's tooltip of such a claim says it too (resolved when hovered)
    const tree = await api.claimsTree();
    const tip = tree.find((n) => n.label === CNN)!.children.flatMap((g) => g.children).find((c) => c.label.startsWith('Other Western allies'))!.tooltip ?? '';
    assert.match(tip.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1'), /Not confirmed: .* mentions it|hover again in a moment/);
  });

  test('no hover outside claims', async () => {
    const { editor } = await openArticle(DRAFT);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 0));
    assert.ok(!hoverText(hovers).includes('Crosscheck'));
  });
});
