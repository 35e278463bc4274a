import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The extension's messages are safe only if every one goes through src/extension/messages.ts (the msg tag makes
// untrusted values plain). A direct call elsewhere would bypass it: this keeps the rule from eroding.
const SRC = join(__dirname, '../../src/extension');
const DIRECT = /\bwindow\s*\.\s*(showInformationMessage|showWarningMessage|showErrorMessage|setStatusBarMessage)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('extension messages', () => {
  it('are shown only through messages.ts', () => {
    const all = files(SRC);
    assert.ok(all.length > 10, 'the extension sources were found');
    const direct = all.filter((f) => !f.endsWith('messages.ts') && DIRECT.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
    assert.deepEqual(direct, []);
  });
});
