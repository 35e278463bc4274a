// Issue 16: the review flow a fact-checker expects. The card leads with the status and its actions (one click
// per verdict label) and says why; the same actions are quick fixes (Ctrl+.); sources are named by headline.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { CNN, DRAFT, hoverText, offsetOf, openArticle, storyUri, waitFor } from '../util';

const SIDECAR = `${DRAFT}.crosscheck.yaml`;
const EIGHT = 'eight ATACMS missiles';

async function hoverOn(doc: vscode.TextDocument, phrase: string): Promise<string> {
  const pos = doc.positionAt(offsetOf(doc, phrase) + 2);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
}

/** the arguments of the first link to `command` whose arguments hold `label` */
function labelLinkArgs(hover: string, label: string): unknown[] {
  for (const m of hover.matchAll(/\(command:crosscheck\.recordVerdict\?([^ )]+)/g)) {
    const args = JSON.parse(decodeURIComponent(m[1])) as { label?: string }[];
    if (args[0]?.label === label) return args;
  }
  assert.fail(`no one-click link for "${label}" in:\n${hover}`);
}

suite('the review flow', () => {
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(storyUri(SIDECAR)).then(undefined, () => undefined);
  });

  test('the card leads with status, one-click verdicts and why; sources by headline', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const hover = await hoverOn(editor.document, EIGHT);
    const [lead] = hover.split('\n---\n');
    // first the status, then every label as a link, "with a note…", "Not a claim", next claim, then why
    assert.match(lead, /^Crosscheck · \$\((error|warning)\) \*\*(Contradicted|Disputed)\*\* · (no verdict yet|verdict \*\*)/);
    // every label but the current one (the sample sidecar may hold one)
    const current = api.article(editor.document.uri)!.claims.find((c) => c.claim.text.includes(EIGHT))?.verdict?.label;
    for (const label of ['accurate', 'inaccurate', 'misleading', 'unsupported', 'needs-context', 'not-checkable']) if (label !== current) labelLinkArgs(lead, label);
    assert.match(lead, /with a note…/);
    assert.match(lead, /Not a claim/);
    assert.match(lead, /command:crosscheck\.nextClaim/);
    assert.match(lead, /reports? “six/, 'the sentence that says why');
    // the other sources are named by their headline, the file name stays in the link's title
    assert.match(hover, /\[\$\(go-to-file\) Ukraine struck a Russian weapons depot/);
  });

  test('one click on a label records it; the card and the decorations then show status and verdict together', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const uri = editor.document.uri;
    const args = labelLinkArgs(await hoverOn(editor.document, EIGHT), 'unsupported');
    assert.strictEqual(await vscode.commands.executeCommand('crosscheck.recordVerdict', ...args), true);
    const sidecar = new TextDecoder().decode(await vscode.workspace.fs.readFile(storyUri(SIDECAR)));
    assert.match(sidecar, /verdict: unsupported/);
    const info = () => api.article(uri)!.claims.find((c) => c.claim.text.includes(EIGHT))!;
    await waitFor(() => info().verdict?.label === 'unsupported', 'the verdict attached');
    const hover = await hoverOn(editor.document, EIGHT);
    assert.match(hover.split('\n---\n')[0], /\*\*(Contradicted|Disputed)\*\* · verdict \*\*\? unsupported\*\*/);
    await waitFor(() => (api.decorations(uri)?.verdict.length ?? 0) > 0, 'the badge');
    const start = editor.document.positionAt(info().claim.span.start);
    const at = ([l, c]: number[]) => l === start.line && c === start.character;
    assert.ok(api.decorations(uri)![info().status].some(at), 'the status mark stays');
    assert.ok(api.decorations(uri)!.verdict.some(at), 'the verdict badge is added');

    // a note of several lines: the card links to the verdict's block in the sidecar
    const link = /\(command:crosscheck\.openSidecar\?([^ )]+) "/.exec(hover);
    assert.ok(link, `a link to write a longer note in:\n${hover}`);
    const [linkArgs] = JSON.parse(decodeURIComponent(link[1])) as { uri: string; line: number }[];
    assert.strictEqual(linkArgs.line, info().verdict!.line);
    await vscode.commands.executeCommand('crosscheck.openSidecar', linkArgs);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.fsPath === storyUri(SIDECAR).fsPath, 'the sidecar opened');
    assert.strictEqual(vscode.window.activeTextEditor!.selection.active.line, linkArgs.line - 1);
    assert.match(vscode.window.activeTextEditor!.document.lineAt(linkArgs.line - 1).text, /claim/);
  });

  test('the same actions are quick fixes on a claim and on its Problems entry', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const doc = editor.document;
    const claim = api.article(doc.uri)!.claims.find((c) => c.status === 'contradicted' || c.status === 'disputed')!;
    assert.ok(claim, 'a contradicted or disputed claim in the draft');
    const range = new vscode.Range(doc.positionAt(claim.claim.span.start + 1), doc.positionAt(claim.claim.span.start + 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Crosscheck: verdict ✗ inaccurate') || claim.verdict?.label === 'inaccurate', titles.join(' | '));
    assert.ok(titles.includes('Crosscheck: verdict with a note…'), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Crosscheck: open ')), 'open the contradicting source');
    if (!claim.verdict) {
      const fix = actions.find((a) => a.title === 'Crosscheck: verdict ✗ inaccurate')!;
      assert.ok(fix.diagnostics?.some((d) => d.source === 'crosscheck'), 'the quick fix names the Problems entry it fixes');
    }
    // nothing outside claims
    const none = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.QuickFix.value);
    assert.ok(!none.some((a) => a.title.startsWith('Crosscheck')), 'no action on the front matter');
  });

  test('a titles: entry in crosscheck-story.yaml names a source in the card', async () => {
    const { editor } = await openArticle(DRAFT);
    const storyFile = storyUri('crosscheck-story.yaml');
    await vscode.workspace.fs.writeFile(storyFile, new TextEncoder().encode(`titles:\n  ${CNN}: "CNN, 19 November"\n`));
    try {
      await waitFor(async () => /\[\$\(go-to-file\) CNN, 19 November\]/.test(await hoverOn(editor.document, EIGHT)), 'the CNN source named by its title', 15000);
    } finally {
      await vscode.workspace.fs.delete(storyFile);
    }
    await waitFor(async () => /\[\$\(go-to-file\) Ukraine struck/.test(await hoverOn(editor.document, EIGHT)), 'back to its headline', 15000);
  });
});
