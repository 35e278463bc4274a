// Who is writing a verdict (`by:` in the sidecar). Once set, `crosscheck.reviewerName` is the answer. Until then
// the reviewer is asked, at the first verdict, mark or dismissal, in an InputBox prefilled with the git
// user.name of the article's repository (else the OS user name): Enter keeps that name in the user settings, so
// it is never asked again on this machine; Escape uses the prefilled name for this one write and asks again
// next time. Asking instead of silently using git's name: a newsroom laptop's git identity is often someone
// else's, or a bot's, and `by:` is what an editor reads at sign-off.
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { messageText } from '../core/text/untrustedText';
import { defaultReviewerName } from '../node/reviewerName';
import type { Config } from './config';
import { msg, type Messages } from './messages';

const defaults = new Map<string, string>();

/** git user.name of the article's repository, else the OS user (as the CLI does); looked up once per folder */
export function defaultReviewerFor(file: string): string {
  const folder = dirname(file);
  let name = defaults.get(folder);
  if (name === undefined) defaults.set(folder, (name = defaultReviewerName(folder)));
  return name;
}

/** one prompt at a time: a second write while the box is open waits for its answer */
let asking: Promise<string> | undefined;

/** The name to write as `by:` for a verdict/mark/dismissal on `file`; asks for it while the setting is empty. */
export async function reviewerName(config: Config, messages: Messages, file: string): Promise<string> {
  const set = config.reviewerName;
  if (set) return set;
  asking ??= ask(config, messages, defaultReviewerFor(file)).finally(() => (asking = undefined));
  return asking;
}

async function ask(config: Config, messages: Messages, fallback: string): Promise<string> {
  const typed = await vscode.window.showInputBox({
    title: 'Crosscheck: your name on verdicts',
    // the fallback comes from git or the OS: shown as plain text (an InputBox prompt renders $(icon))
    prompt: `Written as "by:" with each verdict you record; kept in your user settings (crosscheck.reviewerName). Escape: use "${messageText(fallback, 60)}" this time only.`,
    value: fallback,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'Your name, as your editors know it'),
  });
  const name = typed?.trim();
  if (!name) return fallback;
  await config.setReviewerName(name);
  messages.status(msg`$(account) Crosscheck: verdicts are signed “${name}” (setting crosscheck.reviewerName)`, 6000);
  return name;
}
