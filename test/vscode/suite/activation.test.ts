import * as assert from 'node:assert';
import * as vscode from 'vscode';

suite('activation', () => {
  test('runs in a real VS Code', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  test('hover provider answers on a sample', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const files = await vscode.workspace.findFiles('**/*.{txt,md}');
    assert.ok(files.length > 0, `no sample files under ${folder.toString()}`);
    const doc = await vscode.workspace.openTextDocument(files[0]);
    await vscode.window.showTextDocument(doc);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 0));
    assert.ok(hovers.length > 0);
  });
});
