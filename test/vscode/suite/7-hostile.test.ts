// Issue 17 in the editor: a folder written by an attacker (story file, file names, article text, sidecar values)
// can at worst show wrong text. Every message the extension shows is collected (through its API) and none may
// hold a link VS Code would make clickable; nothing outside the workspace folder is read.
import * as assert from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { HOVER_COMMANDS } from '../../../src/extension/commandIds';
import { api as extensionApi, hoverText, storyDir, waitFor } from '../util';

// VS Code's notification link pattern: a Markdown link to a command, a file or a web address.
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const RUN_TERMINAL = 'command:workbench.action.terminal.new?%7B%22config%22%3A%7B%7D%7D';
const SECRET = 'The minister resigned on Tuesday after 12 officials confirmed the secret payment of 40 million dollars.';
const CLAIM = `[Read the full report](${RUN_TERMINAL}) Ukraine fired six missiles at an arms depot on Tuesday, two officials said.`;

suite('a hostile folder', () => {
  // inside the workspace folder (the runner's copy of samples/), beside story/
  const dir = join(dirname(storyDir()), 'hostile');
  const outside = mkdtempSync(join(tmpdir(), 'cc-outside-'));

  suiteSetup(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(outside, 'private.txt'), SECRET + '\n');
    writeFileSync(join(dir, 'a.txt'), `${CLAIM}\n\nRussia said eight missiles were fired at the depot on Tuesday, according to its defence ministry.\n`);
    writeFileSync(join(dir, 'b.txt'), 'Ukraine fired eight missiles at an arms depot on Tuesday, the ministry said.\n');
    // a binary "article" whose name is a link: the "not analysed" warning names it
    writeFileSync(join(dir, `[Fix it](${RUN_TERMINAL}).txt`), Buffer.from([0x41, 0x00, 0x42]));
    symlinkSync(join(outside, 'private.txt'), join(dir, 'linked.txt'));
    writeFileSync(
      join(dir, 'crosscheck-story.yaml'),
      ['sources:', `  - "[Fix the story sources](${RUN_TERMINAL})"`, `  - ${JSON.stringify(outside)}`, '  - ../../../../../../../../etc/'].join('\n') + '\n',
    );
  });

  suiteTeardown(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('shows no message with a link, reads nothing outside, and says what it refused where', async () => {
    const api = await extensionApi();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(dir, 'a.txt')));
    await vscode.window.showTextDocument(doc);
    await waitFor(() => api.article(doc.uri) !== undefined, 'a.txt analysed');
    await api.whenIdle();
    const state = api.article(doc.uri)!;

    // the story: the two articles of the folder, nothing from outside (neither listed nor linked)
    const sources = new Set(state.claims.flatMap((c) => c.refs.map((r) => r.file)));
    for (const file of sources) assert.ok(file.startsWith(dir), `a source outside the folder: ${file}`);
    assert.ok(!JSON.stringify(state).includes('secret payment'), 'the linked file outside was read');

    // "Not a claim" on the claim that starts with a link: its message quotes the claim
    const claim = state.claims.find((c) => c.claim.text.includes('six missiles'));
    assert.ok(claim, `the six-missiles claim among: ${state.claims.map((c) => c.claim.text).join(' | ')}`);
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.dismissClaim', { uri: doc.uri.toString(), claimId: claim.claim.id }), true);
    // a verdict label that is a link: refused, and the error quotes it
    const other = state.claims.find((c) => c.claim.id !== claim.claim.id)!;
    assert.strictEqual(
      await vscode.commands.executeCommand('crosscheck.recordVerdict', { uri: doc.uri.toString(), claimId: other.claim.id, label: `[ok](${RUN_TERMINAL})`, note: '' }),
      false,
    );

    const messages = api.messages().map((m) => m.text);
    const about = (pattern: RegExp) => messages.filter((m) => pattern.test(m));
    // the test sees the messages it must judge (else it could not fail)
    // one message for the story's several problems (not one each), naming the first
    assert.strictEqual(about(/problems with the story's sources/).length, 1, `refusals shown:\n${messages.join('\n')}`);
    assert.ok(about(/is not analysed/).length >= 1, 'the binary file reported');
    assert.ok(about(/dismissed as not a claim/).length >= 1, 'the dismissal reported');
    assert.ok(about(/unknown verdict/).length >= 1, 'the bad label reported');
    for (const m of messages) {
      assert.doesNotMatch(m, NOTIFICATION_LINK, `a clickable link in: ${m}`);
      assert.ok(!m.includes(']('), `a link-shaped text in: ${m}`);
      assert.ok(m.length <= 600, `an uncapped message (${m.length} characters)`);
    }

    // the refusals are Problems entries on the story file, at their line
    const problems = vscode.languages.getDiagnostics(vscode.Uri.file(join(dir, 'crosscheck-story.yaml')));
    assert.ok(problems.some((d) => d.range.start.line === 2 && /is outside the workspace folder/.test(d.message)), problems.map((d) => `${d.range.start.line}: ${d.message}`).join('\n'));

    // the hover renders the claim's link as text: only the extension's own commands are links
    const pos = doc.positionAt(doc.getText().indexOf('Russia said') + 3);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
    for (const m of hover.matchAll(/\]\(command:([^ )?]+)/g)) assert.ok((HOVER_COMMANDS as readonly string[]).includes(m[1]), `a foreign command link in the hover: ${m[1]}`);
  });
});
