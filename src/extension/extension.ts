// Entry point. activate() builds the one Ctx (which wires every component) and returns the API. It does no
// analysis itself: the stories of open articles are loaded right after it returns. VS Code shows nothing when
// activation throws, so the error is shown here before it is rethrown.
import * as vscode from 'vscode';
import { createApi, type CrosscheckApi } from './api';
import { Ctx } from './ctx';
import { Messages, msg } from './messages';

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  try {
    const ctx = new Ctx(context);
    return createApi(ctx);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    void new Messages().error(msg`Cannot activate Crosscheck: ${message}`);
    throw err;
  }
}

export function deactivate(): void {}
