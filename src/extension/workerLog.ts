// What the analysis worker logs, on the host: every line to the log, and an error shown to the reviewer too,
// once per kind (typing repeats the same failure on every keystroke).
import type * as vscode from 'vscode';
import { msg, type Messages } from './messages';

export class WorkerLog {
  private readonly shown = new Set<string>();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly messages: Messages,
  ) {}

  logged(level: 'warn' | 'error', message: string): void {
    if (level === 'warn') return this.log.warn(message);
    this.log.error(message);
    const first = message.split('\n')[0];
    if (this.shown.has(first)) return;
    this.shown.add(first);
    void this.messages.error(msg`Crosscheck: ${first} (details in the log: Crosscheck: Show Log)`);
  }
}
