import * as vscode from 'vscode';
import { BuiltinCommand } from '../commandIds';

/** After an action taken from the card, the card is stale: close it (an older VS Code without the command keeps it). */
export function hideHover(): void {
  void Promise.resolve(vscode.commands.executeCommand(BuiltinCommand.HideHover)).catch(() => undefined);
}
