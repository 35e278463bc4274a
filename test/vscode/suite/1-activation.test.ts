import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { CommandId, INTERNAL_COMMANDS } from '../../../src/extension/commandIds';
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

  test('every user-facing command id is contributed, every id registered, and the other way round', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const pkg = JSON.parse(readFileSync(join(ext.extensionPath, 'package.json'), 'utf8'));
    const contributed = (pkg.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    const userFacing = Object.values(CommandId).filter((id) => !INTERNAL_COMMANDS.includes(id));
    assert.deepStrictEqual(contributed, userFacing.sort());
    // false: with true, VS Code leaves out the `_` (private) ids of the internal commands
    const registered = await vscode.commands.getCommands(false);
    for (const id of Object.values(CommandId)) assert.ok(registered.includes(id), `${id} is not registered`);
  });

  test('internal commands are in neither the Command Palette nor Keyboard Shortcuts: not contributed, in no menu', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepStrictEqual([...INTERNAL_COMMANDS].sort(), ['_crosscheck.openPriorVerdict', '_crosscheck.openSource', '_crosscheck.revealClaim']);
    // `_` first: VS Code's private commands, which Keyboard Shortcuts does not list (the e2e looks there)
    for (const id of INTERNAL_COMMANDS) assert.ok(id.startsWith('_'), id);
    const named = new Set<string>([
      ...(pkg.contributes.commands as { command: string }[]).map((c) => c.command),
      ...Object.values(pkg.contributes.menus as Record<string, { command: string }[]>).flat().map((m) => m.command),
      ...(pkg.contributes.keybindings as { command: string }[]).map((k) => k.command),
    ]);
    for (const id of INTERNAL_COMMANDS) assert.ok(!named.has(id), `${id} is named in package.json`);
  });

  test('activation events are language-based only', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:plaintext', 'onLanguage:markdown']);
    assert.strictEqual(pkg.capabilities.virtualWorkspaces.supported, false);
  });
});
