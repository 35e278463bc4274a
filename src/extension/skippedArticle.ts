// An article the extension leaves out, and how the reviewer is told: a file over
// `crosscheck.analysis.maxFileSize` gets a message that says so in words and an "Open Setting" button on that
// very setting (the limit is the one thing they can change about it); an unreadable file just says why.
import * as vscode from 'vscode';
import { BuiltinCommand } from './commandIds';
import { msg, type Messages } from './messages';

export const MAX_FILE_SIZE_SETTING = 'crosscheck.analysis.maxFileSize';
export const OPEN_SETTING = 'Open Setting';

export type Skipped =
  | { kind: 'tooLong'; reason: string; length: number; max: number }
  | { kind: 'unreadable'; reason: string };

/** the status bar's words for it ("not analysed: too long") */
export function skippedShort(skipped: Skipped): string {
  return skipped.kind === 'tooLong' ? 'too long' : 'unreadable';
}

/** the warning for a left-out file (not awaited: the button's answer comes whenever the reviewer clicks) */
export function showSkippedMessage(messages: Messages, name: string, skipped: Skipped): void {
  if (skipped.kind === 'unreadable') {
    void messages.warn(msg`Crosscheck: ${name} is not analysed — ${skipped.reason}.`);
    return;
  }
  const length = skipped.length.toLocaleString('en');
  const max = skipped.max.toLocaleString('en');
  void messages
    .warn(msg`Crosscheck: ${name} is too long to analyse: ${length} characters, over the limit of ${max} (setting crosscheck.analysis.maxFileSize). Raise the limit to analyse it.`, OPEN_SETTING)
    .then((choice) => {
      if (choice === OPEN_SETTING) void vscode.commands.executeCommand(BuiltinCommand.OpenSettings, MAX_FILE_SIZE_SETTING);
    });
}
