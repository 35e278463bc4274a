// Issue 16, onboarding: the walkthrough and its sample story, the reviewer's name asked once, an over-limit
// article explained with a button to its setting.
import * as assert from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { defaultReviewerName } from '../../../src/node/reviewerName';
import { EXTENSION_ID, api as extensionApi, storyUri, waitFor } from '../util';

const SAMPLE = ['draft-atacms-explainer.md', 'abc-us-approves-atacms.txt', 'cnn-ukraine-fires-atacms.txt', 'digest-1000th-day-strike.txt'];

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}

/** runs a command that shows an InputBox; keeps pressing `key` (a quick-input command) until the command ends */
async function answeringQuickInput<T>(run: Thenable<T>, key: string): Promise<{ result: T; presses: number }> {
  let done = false;
  let result!: T;
  const finished = Promise.resolve(run).then((r) => {
    done = true;
    result = r;
  });
  let presses = 0;
  const deadline = Date.now() + 10000;
  while (!done) {
    assert.ok(Date.now() < deadline, 'the command did not finish');
    await new Promise((r) => setTimeout(r, 150));
    if (done) break;
    presses++;
    await vscode.commands.executeCommand(key);
  }
  await finished;
  return { result, presses };
}

/** the `by:` of the sidecar's verdict with that label */
function byOf(sidecar: string, label: string): string | undefined {
  const data = parse(sidecar) as { verdicts?: { verdict: string; by?: string }[] };
  return data.verdicts?.find((v) => v.verdict === label)?.by;
}

/** resolves within `ms` or fails: the command must not wait for any input */
async function withoutInput<T>(run: Thenable<T>, ms = 5000): Promise<T> {
  return Promise.race([
    Promise.resolve(run),
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('the command waited for input')), ms)),
  ]);
}

suite('onboarding', () => {
  let draft: vscode.Uri;

  test('the walkthrough is contributed, its step files are shipped, and each step can be ticked', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const walkthroughs = ext.packageJSON.contributes.walkthroughs as { id: string; steps: Step[] }[];
    assert.strictEqual(walkthroughs.length, 1);
    const steps = walkthroughs[0].steps;
    assert.deepStrictEqual(steps.map((s) => s.id), ['openSample', 'hoverClaim', 'recordVerdict', 'openSidecar']);
    const commands = new Set((ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const step of steps) {
      const md = join(ext.extensionPath, step.media.markdown!);
      assert.ok(existsSync(md), `${step.id}: ${md}`);
      // the screenshots a step shows are there (paths relative to the step's Markdown file)
      for (const [, src] of readFileSync(md, 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
        assert.ok(existsSync(join(dirname(md), src)), `${step.id}: image ${src}`);
      }
      assert.ok(step.completionEvents?.length, `${step.id} has no completion event`);
      for (const event of step.completionEvents!) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        if (command) assert.ok(commands.has(command), `${step.id}: ${command} is not a contributed command`);
      }
    }
    assert.ok(steps[0].completionEvents!.includes('onCommand:crosscheck.openSampleStory'));
    assert.ok(steps[2].completionEvents!.includes('onCommand:crosscheck.recordVerdict'));
  });

  test('"Open the Sample Story" copies the story into global storage, opens the draft, and analyses it', async () => {
    const api = await extensionApi();
    const opened = await vscode.commands.executeCommand<string>('crosscheck.openSampleStory');
    assert.ok(opened, 'the command returns the draft');
    draft = vscode.Uri.parse(opened);
    assert.ok(draft.fsPath.includes(`${EXTENSION_ID}`), `in the extension's storage: ${draft.fsPath}`);
    assert.ok(!vscode.workspace.getWorkspaceFolder(draft), 'not inside the workspace');
    for (const name of SAMPLE) assert.ok(existsSync(join(dirname(draft.fsPath), name)), `${name} copied`);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), draft.toString(), 'the draft is the active editor');
    await waitFor(() => api.article(draft) !== undefined, 'the sample draft analysed');
    await api.whenIdle();
    // the story is the copied folder: the eight-missiles claim is contradicted by the two sources that say six
    const eight = api.article(draft)!.claims.find((c) => c.claim.text.includes('eight ATACMS missiles'));
    assert.ok(eight, 'the eight-missiles claim');
    const against = eight.refs.filter((r) => r.relation === 'contradicts').map((r) => r.file);
    assert.deepStrictEqual(against.map((f) => f.slice(dirname(draft.fsPath).length + 1)).sort(), ['cnn-ukraine-fires-atacms.txt', 'digest-1000th-day-strike.txt']);
    assert.ok(eight.refs.every((r) => dirname(r.file) === dirname(draft.fsPath)), 'its sources are the copies');
  });

  test('a second run keeps the copy the reviewer has worked on', async () => {
    const cnn = join(dirname(draft.fsPath), 'cnn-ukraine-fires-atacms.txt');
    const edited = readFileSync(cnn, 'utf8') + '\nA line the reviewer added.\n';
    writeFileSync(cnn, edited);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.strictEqual(await vscode.commands.executeCommand<string>('crosscheck.openSampleStory'), draft.toString());
    assert.strictEqual(readFileSync(cnn, 'utf8'), edited);
  });

  test('the reviewer name is asked at the first verdict, prefilled, stored in the user settings, then never asked', async () => {
    const api = await extensionApi();
    const config = () => vscode.workspace.getConfiguration('crosscheck');
    const before = config().inspect<string>('reviewerName')?.globalValue;
    const fallback = defaultReviewerName(dirname(draft.fsPath));
    await config().update('reviewerName', undefined, vscode.ConfigurationTarget.Global);
    try {
      const claims = api.article(draft)!.claims;
      const verdict = (i: number, label: string) =>
        vscode.commands.executeCommand<boolean>('crosscheck.recordVerdict', { uri: draft.toString(), claimId: claims[i].claim.id, label, note: '' });
      const sidecar = () => readFileSync(`${draft.fsPath}.crosscheck.yaml`, 'utf8');

      // Escape: the prefilled name this once, nothing stored
      const escaped = await answeringQuickInput(verdict(0, 'accurate'), 'workbench.action.closeQuickOpen');
      assert.strictEqual(escaped.result, true);
      assert.ok(escaped.presses >= 1, 'an input box was shown');
      assert.strictEqual(byOf(sidecar(), 'accurate'), fallback);
      assert.strictEqual(config().inspect<string>('reviewerName')?.globalValue, undefined);

      // asked again; Enter keeps the prefilled name in the user settings
      const accepted = await answeringQuickInput(verdict(1, 'misleading'), 'workbench.action.acceptSelectedQuickOpenItem');
      assert.strictEqual(accepted.result, true);
      assert.ok(accepted.presses >= 1, 'an input box was shown');
      await waitFor(() => config().inspect<string>('reviewerName')?.globalValue === fallback, 'the name stored as a user setting');
      assert.ok(api.messages().some((m) => m.level === 'status' && m.text.includes('crosscheck.reviewerName')), 'the reviewer is told where it is kept');

      // never asked again: "Not a claim" and a verdict go through without any input
      assert.strictEqual(await withoutInput(verdict(2, 'unsupported')), true);
      assert.strictEqual(byOf(sidecar(), 'unsupported'), fallback);
      const detected = api.article(draft)!.claims.find((c, i) => i > 2 && c.claim.origin !== 'reviewer')!;
      assert.strictEqual(await withoutInput(vscode.commands.executeCommand<boolean>('crosscheck.dismissClaim', { uri: draft.toString(), claimId: detected.claim.id })), true);
    } finally {
      await config().update('reviewerName', before, vscode.ConfigurationTarget.Global);
    }
  });

  test('an article over crosscheck.analysis.maxFileSize: a message with "Open Setting", the status bar says why', async () => {
    const api = await extensionApi();
    const big = storyUri('zz-over-the-limit.txt');
    const para = 'Officials said 40 trucks crossed the border on Monday, according to the ministry. ';
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(para.repeat(3000)));
    try {
      const doc = await vscode.workspace.openTextDocument(big);
      await vscode.window.showTextDocument(doc);
      await waitFor(() => /not analysed: too long/.test(api.statusText()), 'status says why');
      const message = api.messages().find((m) => m.text.includes('zz-over-the-limit.txt') && /too long to analyse/.test(m.text));
      assert.ok(message, `the message among: ${api.messages().map((m) => m.text).join(' | ')}`);
      assert.strictEqual(message.level, 'warning');
      const length = (para.length * 3000).toLocaleString('en');
      assert.ok(message.text.includes(`${length} characters, over the limit of 200,000 (setting crosscheck.analysis.maxFileSize)`), message.text);
      assert.deepStrictEqual(message.actions, ['Open Setting']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(big);
    }
  });
});
