import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId } from '../../../src/extension/commandIds';
import { EXTENSION_ID, DRAFT, openArticle } from '../util';

suite('activation and manifest', () => {
  test('runs in a real VS Code 1.100+', () => {
    assert.match(vscode.version, /^1\.(\d+)\./);
    assert.ok(Number(vscode.version.split('.')[1]) >= 100, vscode.version);
  });

  test('activates on an article and returns its API', async () => {
    const { api } = await openArticle(DRAFT);
    assert.strictEqual(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.strictEqual(typeof api.whenIdle, 'function');
  });

  test('every command id is contributed, registered, and the other way round', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const pkg = JSON.parse(readFileSync(join(ext.extensionPath, 'package.json'), 'utf8'));
    const contributed = (pkg.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    assert.deepStrictEqual(contributed, Object.values(CommandId).sort());
    const registered = await vscode.commands.getCommands(true);
    for (const id of Object.values(CommandId)) assert.ok(registered.includes(id), `${id} is not registered`);
  });

  test('activation events are language-based only', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:plaintext', 'onLanguage:markdown']);
    assert.strictEqual(pkg.capabilities.virtualWorkspaces.supported, false);
  });
});
