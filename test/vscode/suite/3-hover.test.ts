import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../../src/extension/commandIds';
import { CNN, DIGEST, DRAFT, hoverText, offsetOf, openArticle } from '../util';

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

  test('no hover outside claims', async () => {
    const { editor } = await openArticle(DRAFT);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', editor.document.uri, new vscode.Position(0, 0));
    assert.ok(!hoverText(hovers).includes('Crosscheck'));
  });
});
