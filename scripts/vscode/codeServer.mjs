// Starts and stops a real VS Code (1.100, the server + web workbench shipped in the npm package `code-server`)
// and the headless Chromium that drives it. Facts behind every flag: ../../../shared/vscode-runtime.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = process.env.CROSSCHECK_VSCODE_CACHE ?? join(homedir(), '.cache', 'crosscheck-vscode');
export const CHROMIUM = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';

export function codeServerBin() {
  return join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

/** Runs install-runtime.sh unless code-server and Chromium are both already there. */
export function ensureRuntime() {
  const installed = existsSync(join(CACHE, `code-server-${CODE_SERVER_VERSION}`, '.complete')) && existsSync(CHROMIUM);
  if (installed) return;
  const r = spawnSync('bash', [join(REPO, 'scripts/vscode/install-runtime.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`install-runtime.sh failed (exit ${r.status})`);
}

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.hover.delay': 150,
  'files.simpleDialog.enable': true,
  'git.enabled': false,
  'github.gitAuthentication': false,
  // a reviewer who has given their name: no first-verdict prompt in the flows (8-onboarding tests the prompt)
  'crosscheck.reviewerName': 'Test Reviewer',
};

/**
 * A fresh sandbox folder: user data, extensions, TMPDIR, browser profile, logs.
 * `keep` leaves it on disk (for debugging) — CROSSCHECK_KEEP=1 does the same.
 */
export function makeSandbox(name) {
  const base = mkdtempSync(join(tmpdir(), `crosscheck-${name}-`));
  const dirs = {
    base,
    userData: join(base, 'user-data'),
    extensions: join(base, 'extensions'),
    tmp: join(base, 'tmp'),
    profile: join(base, 'chromium-profile'),
    workspace: join(base, 'workspace'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  dirs.dispose = () => {
    if (!process.env.CROSSCHECK_KEEP) rmSync(base, { recursive: true, force: true });
  };
  return dirs;
}

/** A copy of samples/ so that tests may write verdicts without touching the repository's files. */
export function copySamples(sandbox) {
  cpSync(join(REPO, 'samples'), sandbox.workspace, { recursive: true });
  return sandbox.workspace;
}

function baseArgs(sandbox) {
  return ['--config', '/dev/null', '--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions];
}

export function installExtension(sandbox, vsix) {
  const r = spawnSync(codeServerBin(), [...baseArgs(sandbox), '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: sandbox.tmp },
  });
  if (r.status !== 0) throw new Error(`--install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Starts code-server in its own process group and waits for /healthz. */
export async function startCodeServer(sandbox, { timeoutMs = 30000 } = {}) {
  const port = await freePort();
  const log = createWriteStream(join(sandbox.base, 'code-server.log'));
  const child = spawn(
    codeServerBin(),
    [
      ...baseArgs(sandbox),
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      sandbox.workspace,
    ],
    // detached: the child calls setsid(), so the whole group (it leaves a file-watcher child) can be stopped.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: sandbox.tmp } },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  const exitPromise = new Promise((ok) => child.on('exit', (code, signal) => ok((exited = { code, signal }))));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${sandbox.base}/code-server.log`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      killGroup(child.pid, 'SIGKILL');
      throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  const stop = async () => {
    if (exited) return;
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
    await exitPromise;
    clearTimeout(timer);
    // the group may outlive its leader for a moment (the watcher child)
    killGroup(child.pid, 'SIGKILL');
  };
  return { port, url, pid: child.pid, stop };
}

function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}

/** Headless Debian Chromium through playwright-core (no browser download). */
export async function launchChromium(sandbox) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(sandbox.profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL for a folder, with an optional payload (extensionDevelopmentPath, extensionTestsPath…). */
export function workbenchUrl(server, folder, payload) {
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export function remoteUri(server, absPath) {
  return `vscode-remote://127.0.0.1:${server.port}${absPath}`;
}
