// End to end on the packaged VSIX: install it into a real VS Code (code-server 4.100.3 = VS Code 1.100.3), open the
// sample story in headless Chromium and use it as a reviewer would — see the highlighted claims, hover the
// "eight ATACMS missiles" claim and read that two sources say six, follow the link to the other source, record
// "inaccurate" with a note through the QuickPick and InputBox, and find the verdict in the sidecar on disk; then
// dismiss a claim through the hover's "Not a claim" link and open the story's sign-off report.
// Screenshots go to test-results/e2e/ (and with --readme-screenshots to media/screenshots/).
// Exit code = result; the last line is `N passed, N failed`.
//   npm run test:e2e            (packages first)
//   node scripts/vscode/runE2E.mjs [--vsix path] [--readme-screenshots]
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  REPO, copySamples, ensureRuntime, installExtension, launchChromium, makeSandbox, startCodeServer, workbenchUrl,
} from './codeServer.mjs';
import { onboardingSteps } from './e2eOnboarding.mjs';

const argv = process.argv.slice(2);
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const vsixAt = argv.indexOf('--vsix');
const VSIX = vsixAt >= 0 ? argv[vsixAt + 1] : join(REPO, `crosscheck-${pkg.version}.vsix`);
const README_SHOTS = argv.includes('--readme-screenshots');
const OUT = join(REPO, 'test-results', 'e2e');
const DRAFT = 'draft-atacms-explainer.md';
const CNN = 'cnn-ukraine-fires-atacms.txt';
const DIGEST = 'digest-1000th-day-strike.txt';
const DISMISS = 'shot down five of the missiles';
// the other sources as the card names them: their headlines (first line), not their file names
const CNN_TITLE = 'Ukraine struck a Russian weapons depot';
const DIGEST_TITLE = 'On the 1,000th day of the conflict';
const NOTE = 'Two sources (CNN, the digest) quote the Defense Ministry: six missiles. ABC says eight.';
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

let passed = 0;
let failed = 0;
const skipped = [];
let broken = false;
let page;

async function shot(name) {
  const path = join(OUT, `${name}.png`);
  await page.waitForTimeout(350); // let hovers and quick picks finish fading in
  await page.screenshot({ path });
  return path;
}

/** one user-visible check; after a failure the rest are skipped (each builds on the one before) */
async function step(name, fn) {
  if (broken) {
    skipped.push(name);
    return;
  }
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    failed++;
    broken = true;
    console.log(`  ✘ ${name}\n    ${String(err?.stack ?? err).split('\n').slice(0, 6).join('\n    ')}`);
    if (page) console.log(`    screenshot: ${await shot('failure').catch(() => '(none)')}`);
  }
}

/** the screen rectangle of the first occurrence of `text` in the editor's rendered lines */
async function textBox(text) {
  return page.evaluate((needle) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    if (!editor) return null;
    for (const line of editor.querySelectorAll('.view-line')) {
      const full = line.textContent.replace(/\u00a0/g, ' ');
      const at = full.indexOf(needle);
      if (at < 0) continue;
      // map the offset to a text node inside the line's spans
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent.length;
        if (seen + len > at) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.setEnd(node, Math.min(len, at - seen + 5));
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        seen += len;
      }
    }
    return null;
  }, text);
}

async function hoverOn(text) {
  const box = await textBox(text);
  if (!box) throw new Error(`"${text}" is not on screen`);
  // close any hover still open (it would show what it showed before), then come back onto the words
  await page.mouse.move(box.x - 40, box.y + 300);
  await page.keyboard.press('Escape');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Crosscheck' }).last();
  await hover.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await hover.waitFor({ state: 'visible', timeout: 10000 });
  return hover;
}

/**
 * Hovers until the card shows `pattern`. The analysis runs in a worker thread: a card asked for just after an
 * action (a verdict recorded) may still show the state before it, and a reviewer hovers again; so does the test.
 */
async function hoverShowing(text, pattern, timeout = 15000) {
  const until = Date.now() + timeout;
  for (;;) {
    const hover = await hoverOn(text);
    const shown = await hover.getByText(pattern).first().waitFor({ timeout: 2000 }).then(() => true, () => false);
    if (shown) return hover;
    if (Date.now() > until) throw new Error(`the card on "${text}" does not show ${pattern}`);
  }
}

async function openFromExplorer(name) {
  // double-click: a pinned editor, as when a reviewer opens the draft to work on it
  await page.getByRole('treeitem', { name, exact: false }).first().dblclick();
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 15000 });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor();
}

/** the sidecar holding our verdict on the eight-missiles claim, read as YAML */
function sidecarWithVerdict(dir) {
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.crosscheck.yaml')) continue;
    const text = readFileSync(join(dir, f), 'utf8');
    let data;
    try {
      data = parse(text);
    } catch {
      continue;
    }
    const v = (data?.verdicts ?? []).find((b) => /eight ATACMS missiles/.test(b.claim ?? ''));
    if (v?.verdict === 'inaccurate' && v.note === NOTE) return { file: f, text };
  }
  return undefined;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const sandbox = makeSandbox('e2e');
let server;
let browser;
try {
  ensureRuntime();
  if (!existsSync(VSIX)) throw new Error(`${VSIX} not found: run \`npm run package\` first (npm run test:e2e does)`);
  const workspace = copySamples(sandbox);
  const story = join(workspace, 'story');
  console.log(`[e2e] ${VSIX}`);

  await step('the VSIX installs into VS Code 1.100', async () => {
    const out = installExtension(sandbox, VSIX);
    if (!/successfully installed/i.test(out)) throw new Error(out);
  });

  server = await startCodeServer(sandbox);
  browser = await launchChromium(sandbox);
  page = browser.pages()[0] ?? (await browser.newPage());

  await step('the workbench opens the sample story', async () => {
    await page.goto(workbenchUrl(server, story));
    await page.locator('.monaco-workbench').waitFor({ timeout: 30000 });
    await page.getByRole('treeitem', { name: DRAFT }).first().waitFor({ timeout: 30000 });
  });

  await step('claims are highlighted in the draft', async () => {
    await openFromExplorer(DRAFT);
    // decorations are elements with a generated `ced-…` class: inline spans in the text layer, backgrounds and
    // borders in the overlay layer behind it
    const decorated = page.locator('.editor-group-container.active .monaco-editor [class*="ced-"]');
    await decorated.first().waitFor({ state: 'attached', timeout: 20000 });
    const n = await decorated.count();
    if (n < 3) throw new Error(`only ${n} decoration elements`);
    const box = await textBox('eight ATACMS missiles');
    if (!box) throw new Error('"eight ATACMS missiles" is not on screen');
    const onEight = await page.evaluate(({ x, y }) =>
      [...document.querySelectorAll('.editor-group-container.active .monaco-editor [class*="ced-"]')].some((el) => {
        const r = el.getBoundingClientRect();
        return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
      }), box);
    if (!onEight) throw new Error('the "eight ATACMS missiles" words are not decorated');
    // the status bar item counts them
    await page.locator('.statusbar-item', { hasText: 'claims' }).first().waitFor({ timeout: 10000 });
    await shot('01-claims-highlighted');
  });

  await step('the hover on "eight ATACMS missiles" says two sources say six', async () => {
    const hover = await hoverOn('eight ATACMS missiles');
    await hover.getByText(/2 sources say six ballistic missiles/).waitFor({ timeout: 5000 });
    const text = (await hover.textContent()) ?? "";
    // sources named by their headline; the actions (one click per label) come first
    for (const needle of [CNN_TITLE, DIGEST_TITLE, 'eight ATACMS missiles', '✗ inaccurate', 'with a note…', 'Not a claim']) {
      if (!text.includes(needle)) throw new Error(`hover lacks "${needle}":\n${text}`);
    }
    await shot('02-hover-two-sources-say-six');
  });

  await step('the link in the hover opens the other source at its sentence', async () => {
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Crosscheck' }).last();
    await hover.locator('a', { hasText: CNN_TITLE }).first().click();
    await page.locator('.editor-group-container.active .tab.active', { hasText: CNN }).waitFor({ timeout: 10000 });
    // the other source's sentence is selected
    // move away so the hover closes (no Escape: in the editor it would clear the selection we check)
    await page.mouse.move(700, 880);
    await page.locator('.monaco-hover:not(.hidden)', { hasText: 'Crosscheck' }).waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    await page.locator('.editor-group-container.active .selected-text').first().waitFor({ timeout: 5000 });
    const visible = await page.locator('.editor-group-container.active .view-lines').first().innerText();
    if (!visible.replace(/\u00a0/g, ' ').includes('six ballistic missiles')) throw new Error('the sentence is not shown');
    await shot('03-other-source-sentence');
  });

  await step('a claim no other claim relates to: the card looks up the sentence of another source that mentions it', async () => {
    await page.locator('.tab', { hasText: DRAFT }).first().click();
    await page.locator('.editor-group-container.active .tab.active', { hasText: DRAFT }).waitFor();
    // the claim is near the end of the draft: go to its line so it is on screen
    await page.keyboard.press('Control+G');
    await page.keyboard.type('34');
    await page.keyboard.press('Enter');
    // its mentions are not in the state the worker sent: the card asks for them ("hover again" until they come)
    const hover = await hoverShowing('Army Tactical Missile System', /Mentioned by 1 other source, nothing to compare/);
    const text = (await hover.textContent()) ?? '';
    if (!/Not confirmed: .* mentions it/.test(text)) throw new Error(`the card does not say why it is not confirmed:\n${text}`);
    await shot('03b-hover-mentioned-by-another-source');
    // close the card and go back to the top, where the next steps find their words
    await page.mouse.move(700, 880);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+G');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
  });

  await step('"inaccurate" with a note is recorded through the UI', async () => {
    // the source opened beside the draft: back to the draft's editor group
    await page.locator('.tab', { hasText: DRAFT }).first().click();
    await page.locator('.editor-group-container.active .tab.active', { hasText: DRAFT }).waitFor();
    await page.locator('.tab', { hasText: CNN }).first().locator('.codicon-close').click();
    // one click on a label records it at once
    let hover = await hoverOn('eight ATACMS missiles');
    await hover.locator('a', { hasText: '? unsupported' }).first().click();
    const sidecarPath = join(story, `${DRAFT}.crosscheck.yaml`);
    const until = Date.now() + 10000;
    while (!(existsSync(sidecarPath) && /verdict: unsupported/.test(readFileSync(sidecarPath, 'utf8'))) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    if (!/verdict: unsupported/.test(readFileSync(sidecarPath, 'utf8'))) throw new Error('the one-click verdict is not in the sidecar');
    hover = await hoverShowing('eight ATACMS missiles', /verdict \? unsupported/);
    await shot('04a-one-click-verdict');
    // then a verdict with a note: label and note asked for
    await hover.locator('a', { hasText: 'with a note…' }).first().click();
    const quick = page.locator('.quick-input-widget');
    await quick.waitFor({ state: 'visible', timeout: 10000 });
    await page.keyboard.type('inaccurate');
    await quick.locator('.monaco-list-row', { hasText: 'inaccurate' }).first().waitFor();
    await shot('04-verdict-quickpick');
    await page.keyboard.press('Enter');
    await quick.locator('.quick-input-title', { hasText: 'note' }).waitFor({ timeout: 5000 });
    await page.keyboard.press('ControlOrMeta+A'); // replace the current note, if any
    await page.keyboard.type(NOTE);
    await shot('05-verdict-note');
    await page.keyboard.press('Enter');
    await quick.waitFor({ state: 'hidden', timeout: 5000 });
  });

  await step('the verdict is in the sidecar on disk and in the hover', async () => {
    const deadline = Date.now() + 10000;
    let found;
    while (!(found = sidecarWithVerdict(story)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (!found) throw new Error(`no sidecar in ${story} holds the verdict`);
    console.log(`    ${found.file}:\n${found.text.split('\n').map((l) => `      ${l}`).join('\n')}`);
    // status and verdict together: the card's first line, and the badge after the claim in the editor
    await hoverShowing('eight ATACMS missiles', /verdict ✗ inaccurate/);
    await shot('06-verdict-in-hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.locator('.editor-group-container.active .view-lines').getByText(/✗ inaccurate/).first().waitFor({ timeout: 5000 }).catch(async () => {
      // the badge is CSS content (::after), not text: look for it in the computed styles
      const found = await page.evaluate(() => [...document.querySelectorAll('.view-lines span')].some((s) => getComputedStyle(s, '::after').content.includes('inaccurate')));
      if (!found) throw new Error('no "✗ inaccurate" badge after the claim');
    });
    await shot('06b-status-and-verdict-badge');
  });

  await step('the Claims view shows the story by article and status', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    // make room: fold the file explorer's folder section, unfold Claims
    const folder = page.locator('.pane-header', { hasText: /^story$/i }).first();
    if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.click();
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Claims/i }) });
    const header = view.locator('.pane-header').first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await view.getByRole('treeitem', { name: /draft-atacms-explainer\.md/ }).first().waitFor({ timeout: 10000 });
    await view.getByRole('treeitem', { name: /inaccurate/ }).first().waitFor({ timeout: 10000 });
    await shot('07-claims-view');
  });

  await step('"Not a claim" in the hover dismisses a claim: no longer highlighted, kept in the sidecar', async () => {
    await page.locator('.tab', { hasText: DRAFT }).first().click();
    const hover = await hoverOn(DISMISS);
    await hover.locator('a', { hasText: 'Not a claim' }).first().click();
    const deadline = Date.now() + 10000;
    let text = '';
    while (!/\ndismissed:\n[\s\S]*shot down five/.test(text) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      text = readFileSync(join(story, `${DRAFT}.crosscheck.yaml`), 'utf8');
    }
    if (!/\ndismissed:\n[\s\S]*shot down five/.test(text)) throw new Error(`no dismissed: block in the sidecar:\n${text}`);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    // the words are drawn without any decoration now
    const box = await textBox(DISMISS);
    if (!box) throw new Error(`"${DISMISS}" is not on screen`);
    const until = Date.now() + 5000;
    let decorated = true;
    while (decorated && Date.now() < until) {
      decorated = await page.evaluate(({ x, y }) =>
        [...document.querySelectorAll('.editor-group-container.active .monaco-editor [class*="ced-"]')].some((el) => {
          const r = el.getBoundingClientRect();
          return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
        }), box);
      if (decorated) await page.waitForTimeout(200);
    }
    if (decorated) throw new Error('the dismissed claim is still highlighted');
    await shot('08-claim-dismissed');
  });

  await step('the sign-off report opens in a webview', async () => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible' });
    await page.keyboard.type('Crosscheck: Open Sign-off Report');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Open Sign-off Report' }).first().waitFor();
    await page.keyboard.press('Enter');
    const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await report.locator('h2', { hasText: 'Summary' }).waitFor({ timeout: 15000 });
    const body = await report.locator('body').innerText();
    for (const needle of ['Sign-off report: draft-atacms-explainer.md', 'Verdict: inaccurate', 'Dismissed (not claims)']) {
      if (!body.includes(needle)) throw new Error(`the report lacks "${needle}"`);
    }
    await shot('09-sign-off-report');
  });

  await onboardingSteps({ step, page, shot, story });
} catch (err) {
  failed = Math.max(failed, 1);
  console.error(`[e2e] ${err?.stack ?? err}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (failed) console.error(`[e2e] logs kept in ${sandbox.base}`);
  else sandbox.dispose();
}
if (README_SHOTS && failed === 0) {
  const dest = join(REPO, 'media', 'screenshots');
  mkdirSync(dest, { recursive: true });
  for (const [from, to] of [
    ['01-claims-highlighted', 'claims-highlighted'],
    ['02-hover-two-sources-say-six', 'hover'],
    ['04-verdict-quickpick', 'verdict'],
    ['07-claims-view', 'claims-view'],
    ['09-sign-off-report', 'sign-off-report'],
  ]) copyFileSync(join(OUT, `${from}.png`), join(dest, `${to}.png`));
  console.log(`[e2e] README screenshots copied to media/screenshots/`);
}
if (skipped.length) console.log(`[e2e] skipped after the failure: ${skipped.join('; ')}`);
console.log(`[e2e] screenshots in ${OUT} (${elapsed()})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
