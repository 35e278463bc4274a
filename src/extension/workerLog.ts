// What the analysis worker logs, on the host: every line to the log, and an error shown to the reviewer too,
// once per kind (typing repeats the same failure on every keystroke).
import type * as vscode from 'vscode';
import { msg, type Messages } from './messages';

export class WorkerLog {
  private readonly shown = new Set<string>();
  /** the last 200 lines, oldest first, each with its level (the test API reads them) */
  private readonly kept: string[] = [];

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly messages: Messages,
  ) {}

  get lines(): readonly string[] {
    return this.kept;
  }

  logged(level: 'info' | 'warn' | 'error', message: string): void {
    this.kept.push(`${level}: ${message}`);
    if (this.kept.length > 200) this.kept.shift();
    if (level === 'info') return this.log.info(message);
    if (level === 'warn') return this.log.warn(message);
    this.log.error(message);
    const first = message.split('\n')[0];
    if (this.shown.has(first)) return;
    this.shown.add(first);
    void this.messages.error(msg`Crosscheck: ${first} (details in the log: Crosscheck: Show Log)`);
  }
}
