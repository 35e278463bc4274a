import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { DRAFT, offsetOf, openArticle, storyUri, waitFor } from '../util';

const SIDECAR = `${DRAFT}.crosscheck.yaml`;
const PENDING = `${DRAFT}.crosscheck.pending.yaml`;

async function readSidecar(): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(storyUri(SIDECAR)));
  } catch {
    return undefined;
  }
}

suite('verdicts', () => {
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(storyUri(SIDECAR)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(storyUri(PENDING)).then(undefined, () => undefined);
  });

  test('the verdict command writes the sidecar; views follow', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const uri = editor.document.uri;
    const at = offsetOf(editor.document, 'eight ATACMS missiles');
    const info = api.article(uri)!.claims.find((c) => c.claim.span.start <= at && at <= c.claim.span.end)!;
    const ok = await vscode.commands.executeCommand<boolean>('crosscheck.recordVerdict', {
      uri: uri.toString(),
      claimId: info.claim.id,
      label: 'inaccurate',
      note: 'CNN and the digest both say six.',
    });
    assert.strictEqual(ok, true);
    const text = await readSidecar();
    assert.ok(text, 'the sidecar exists');
    assert.match(text, /verdict: inaccurate/);
    assert.match(text, /CNN and the digest both say six\./);
    await waitFor(() => api.article(uri)!.claims.some((c) => c.verdict?.label === 'inaccurate'), 'verdict attached');
    await waitFor(() => (api.decorations(uri)?.verdict.length ?? 0) > 0, 'verdict decoration');
    const tree = await api.claimsTree();
    const draft = tree.find((n) => n.label === DRAFT)!;
    assert.ok(draft.children.flatMap((c) => c.children).some((c) => c.description === '✗ inaccurate'));
    // status and verdict both visible: the claim keeps its status mark and gets the verdict's badge
    const deco = api.decorations(uri)!;
    const claimPos = editor.document.positionAt(info.claim.span.start);
    const onClaim = ([l1, c1]: number[]) => l1 === claimPos.line && c1 === claimPos.character;
    assert.ok(deco[info.status].some(onClaim), `still drawn as ${info.status}`);
    assert.ok(deco.verdict.some(onClaim), 'the verdict badge');
  });

  test('a hand edit of the sidecar is picked up at once', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const text = (await readSidecar())!;
    await vscode.workspace.fs.writeFile(storyUri(SIDECAR), new TextEncoder().encode(text.replace('verdict: inaccurate', 'verdict: misleading')));
    await waitFor(() => api.article(editor.document.uri)!.claims.some((c) => c.verdict?.label === 'misleading'), 'hand edit seen');
  });

  test('a verdict whose claim is gone is kept and shown as a warning on the sidecar', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const orphan = [
      'version: 1',
      'verdicts:',
      '  - claim: The minister resigned on Friday after the vote of no confidence in parliament.',
      '    verdict: accurate',
      '    anchor:',
      '      before: "nothing like this is in the draft"',
      '      after: "and neither is this"',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(storyUri(SIDECAR), new TextEncoder().encode(orphan));
    await waitFor(() => api.article(editor.document.uri)!.sidecar.orphans.length === 1, 'orphan seen');
    await waitFor(
      () => vscode.languages.getDiagnostics(storyUri(SIDECAR)).some((d) => /not attached to any claim/.test(d.message) && d.range.start.line === 2),
      'orphan warning at its line',
    );
  });

  test('a broken sidecar shows one error at its line, is never overwritten, and the verdict is kept pending', async () => {
    const { editor, api } = await openArticle(DRAFT);
    const broken = 'version: 1\nverdicts:\n  - claim: "unclosed\n    verdict: accurate\n';
    await vscode.workspace.fs.writeFile(storyUri(SIDECAR), new TextEncoder().encode(broken));
    await waitFor(() => api.article(editor.document.uri)!.sidecar.issues.some((i) => i.severity === 'error'), 'sidecar error');
    await waitFor(
      () => vscode.languages.getDiagnostics(storyUri(SIDECAR)).some((d) => d.severity === vscode.DiagnosticSeverity.Error),
      'the error is a Problems entry on the sidecar',
    );
    const info = api.article(editor.document.uri)!.claims[0];
    const ok = await vscode.commands.executeCommand<boolean>('crosscheck.recordVerdict', {
      uri: editor.document.uri.toString(),
      claimId: info.claim.id,
      label: 'accurate',
      note: '',
    });
    assert.strictEqual(ok, false);
    assert.strictEqual(await readSidecar(), broken, 'nothing was written');
    const pending = new TextDecoder().decode(await vscode.workspace.fs.readFile(storyUri(PENDING)));
    assert.match(pending, /verdict: accurate/, 'the verdict is kept in the pending file, not discarded');
    const errors = vscode.languages.getDiagnostics(storyUri(SIDECAR)).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.strictEqual(errors.length, 1, 'one YAML mistake, one Problems entry');
    await vscode.commands.executeCommand('notifications.clearAll');
  });
});
