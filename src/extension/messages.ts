// Every notification and transient status message the extension shows goes through here. Their words mix
// ours with text from files someone else may have written (file names, the story file, sidecar values,
// claims), and VS Code turns `[x](command:…)` inside a notification into a link that runs any command — in
// Restricted Mode too. So a message can only be built with the `msg` tag: the template's literal parts are
// ours; every value put into it is made plain by the core's `messageText` (no link, no icon, no control
// characters, capped). The messages shown are kept (last 200) and logged: the test API reads them, and the
// log explains to a user what flashed by.
import * as vscode from 'vscode';
import { MESSAGE_MAX, cap, messageText } from '../core/text/untrustedText';

declare const safe: unique symbol;
/** A message whose untrusted parts were made plain; only `msg` makes one. */
export type SafeMessage = string & { readonly [safe]: true };

/** Tag for message templates: `msg\`Crosscheck: ${name} is not analysed\`` */
export function msg(literals: TemplateStringsArray, ...values: unknown[]): SafeMessage {
  let out = literals[0];
  for (let i = 0; i < values.length; i++) out += messageText(String(values[i])) + literals[i + 1];
  return cap(out, MESSAGE_MAX) as SafeMessage;
}

export type MessageLevel = 'info' | 'warning' | 'error' | 'status';

export interface ShownMessage {
  level: MessageLevel;
  text: string;
  actions: string[];
}

const KEPT = 200;

export class Messages {
  private readonly shown: ShownMessage[] = [];

  /** `log`: none only for the activation error, shown before the log exists */
  constructor(private readonly log?: vscode.LogOutputChannel) {}

  info<T extends string>(text: SafeMessage, ...actions: T[]): Thenable<T | undefined> {
    this.keep('info', text, actions);
    return vscode.window.showInformationMessage(text, ...actions);
  }

  warn<T extends string>(text: SafeMessage, ...actions: T[]): Thenable<T | undefined> {
    this.keep('warning', text, actions);
    return vscode.window.showWarningMessage(text, ...actions);
  }

  error<T extends string>(text: SafeMessage, ...actions: T[]): Thenable<T | undefined> {
    this.keep('error', text, actions);
    return vscode.window.showErrorMessage(text, ...actions);
  }

  /** a short-lived message in the status bar (`$(icon)` of our own literals render) */
  status(text: SafeMessage, ms = 4000): void {
    this.keep('status', text, []);
    vscode.window.setStatusBarMessage(text, ms);
  }

  /** the messages shown so far, oldest first (test API) */
  history(): readonly ShownMessage[] {
    return this.shown;
  }

  private keep(level: MessageLevel, text: string, actions: string[]): void {
    this.shown.push({ level, text, actions });
    if (this.shown.length > KEPT) this.shown.shift();
    this.log?.info(`[${level}] ${text}`);
  }
}
