// The same extension-host suite (out/test/index.js) in a downloaded desktop VS Code, for machines that can
// download one (@vscode/test-electron). Here, without that download, use `npm run test:vscode` (code-server).
//   npm run test:electron            (VSCODE_VERSION=1.100.3 by default: the minimum engines.vscode)
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

async function main(): Promise<void> {
  const repo = resolve(__dirname, '..', '..');
  const sandbox = mkdtempSync(join(tmpdir(), 'crosscheck-electron-'));
  cpSync(join(repo, 'samples'), join(sandbox, 'workspace'), { recursive: true });
  const story = join(sandbox, 'workspace', 'story');
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repo,
      extensionTestsPath: join(repo, 'out/test/index.js'),
      launchArgs: [story, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(sandbox, 'user-data')}`],
      extensionTestsEnv: { CROSSCHECK_TEST_WORKSPACE: join(sandbox, 'workspace') },
    });
  } catch (err) {
    console.error(`test:electron failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

void main();
