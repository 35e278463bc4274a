// Runs the mocha suite of test/vscode/ inside a real VS Code extension host (code-server's web workbench, driven
// by headless Chromium). The workbench takes extensionDevelopmentPath/extensionTestsPath from its URL payload and
// reports the host's console and the suite's exit code through codeAutomationLog/codeAutomationExit.
// Exit code = suite result; the last line is `N passed, N failed`.
//   node scripts/vscode/runIntegration.mjs [--no-build] [--grep <pattern>]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  REPO, copySamples, ensureRuntime, launchChromium, makeSandbox, remoteUri, startCodeServer, workbenchUrl,
} from './codeServer.mjs';

const argv = process.argv.slice(2);
const grepAt = argv.indexOf('--grep');
const grep = grepAt >= 0 ? argv[grepAt + 1] : undefined;
const TIMEOUT_MS = Number(process.env.CROSSCHECK_TEST_TIMEOUT ?? 240000);
const VERBOSE = !!process.env.CROSSCHECK_VERBOSE;
// the workbench's own chatter (no network here: open-vsx.org lookups fail at once, harmlessly)
const NOISE = /^\s*$|^\s+at .*workbench\.js|ENOTFOUND|workbench\.js:\d|connection token|Creating a socket|Service Worker|ChatSessionStore|builtin extensions cache|^\d+ passed, \d+ failed$/;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function step(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: REPO, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

let passed = 0;
let failed = 0;
let exitCode = 1;
const sandbox = makeSandbox('integration');
let server;
let browser;
try {
  ensureRuntime();
  if (!argv.includes('--no-build')) {
    step(process.execPath, ['scripts/build.mjs', '--only=extension']);
    step(process.execPath, ['scripts/vscode/buildTests.mjs']);
  }
  const workspace = copySamples(sandbox);
  // the extension host inherits code-server's environment
  if (grep) process.env.CROSSCHECK_TEST_GREP = grep;
  process.env.CROSSCHECK_TEST_WORKSPACE = workspace;
  server = await startCodeServer(sandbox);
  console.log(`[integration] code-server on ${server.url} (${elapsed()})`);

  browser = await launchChromium(sandbox);
  const page = browser.pages()[0] ?? (await browser.newPage());
  let result;
  const done = new Promise((resolve) => {
    page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      const m = /CROSSCHECK_RESULT (\{.*\})/.exec(line);
      if (m) result = JSON.parse(m[1]);
      else {
        const kept = VERBOSE ? line : line.split('\n').filter((l) => !NOISE.test(l)).join('\n');
        if (kept) (type === 'error' ? console.error : console.log)(kept);
      }
    });
    page.exposeFunction('codeAutomationExit', (code) => resolve(code));
  });
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, REPO)],
    ['extensionTestsPath', remoteUri(server, join(REPO, 'out/test/index.js'))],
  ];
  await page.goto(workbenchUrl(server, join(workspace, 'story'), payload));
  const code = await Promise.race([
    done,
    new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS)),
  ]);
  if (code === 'timeout') {
    await page.screenshot({ path: join(REPO, 'test-results/integration-timeout.png') }).catch(() => {});
    console.error(`[integration] the suite did not finish within ${TIMEOUT_MS} ms`);
  } else {
    exitCode = code;
  }
  if (result) ({ passed, failed } = result);
  if (exitCode !== 0 && failed === 0) failed = 1; // the suite did not even load
} catch (err) {
  console.error(`[integration] ${err?.stack ?? err}`);
  failed = Math.max(failed, 1);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (exitCode !== 0) console.error(`[integration] logs kept in ${sandbox.base}`);
  else sandbox.dispose();
}
console.log(`[integration] finished in ${elapsed()}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode === 0 && failed === 0 ? 0 : 1);
