// The test entry VS Code's extension host loads (extensionTestsPath): runs every bundled suite/*.test.js with
// mocha (tdd) and resolves/rejects on the result. Shared by the code-server runner (scripts/vscode/
// runIntegration.mjs) and the @vscode/test-electron runner (runElectron.ts).
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec' });
  const grep = process.env.CROSSCHECK_TEST_GREP;
  if (grep) mocha.grep(grep);
  const dir = join(__dirname, 'suite');
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.test.js')) mocha.addFile(join(dir, f));

  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      const runner = mocha.run((failures) => {
        // one machine-readable line for the runners, then the human one
        console.log(`CROSSCHECK_RESULT ${JSON.stringify({ passed, failed })}`);
        console.log(`${passed} passed, ${failed} failed`);
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else resolve();
      });
      runner.on('pass', () => passed++);
      runner.on('fail', () => failed++);
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
