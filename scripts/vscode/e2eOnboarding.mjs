// The e2e's onboarding steps (issue 16), run by runE2E.mjs after the review flow, on the same installed VSIX and
// workbench: the extension page a fact-checker sees in the Extensions view, the walkthrough opening the sample
// story, Keyboard Shortcuts listing no internal command, and an over-limit article whose message button opens
// its setting. Kept apart from runE2E.mjs so that the review flow there can change without touching these.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OVER_LIMIT = 'zz-over-the-limit.txt';

/** @param {{ step: Function, page: import('playwright-core').Page, shot: (name: string) => Promise<string>, story: string }} e2e */
export async function onboardingSteps({ step, page, shot, story }) {
  const quick = page.locator('.quick-input-widget');

  async function runCommand(title) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await quick.waitFor({ state: 'visible' });
    await page.keyboard.type(title);
    // the row of exactly this command (the first row may be a longer one containing the words)
    const row = quick.locator('.monaco-list-row').filter({ has: page.locator('.label-name').getByText(title, { exact: true }) }).first();
    await row.waitFor({ timeout: 10000 });
    await row.click();
  }

  /** the innermost document of the visible webview that holds `text` */
  async function webviewWith(text) {
    const deadline = Date.now() + 20000;
    while (Date.now() < deadline) {
      for (const frame of page.frames()) {
        const found = await frame.evaluate((t) => !!document.body && document.body.innerText.includes(t), text).catch(() => false);
        if (found) return frame;
      }
      await page.waitForTimeout(300);
    }
    throw new Error(`no webview shows "${text}"`);
  }

  await step('the extension page is the fact-checker\'s page, with its screenshots', async () => {
    await runCommand('View: Close All Editors');
    await runCommand('Extensions: Show Enabled Extensions');
    const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Crosscheck' }).first();
    await row.waitFor({ timeout: 20000 });
    await row.click();
    const frame = await webviewWith('fact-check a draft against the rest of its story');
    const body = await frame.evaluate(() => document.body.innerText);
    for (const needle of ['Start here', 'Privacy', 'Embargoed drafts never leave it', 'Restricted Mode', 'crosscheck.reviewerName']) {
      if (!body.includes(needle)) throw new Error(`the page lacks "${needle}"`);
    }
    if (body.includes('npm ci')) throw new Error('the page is the developer README');
    // the screenshots show (inlined at packaging: the page's webview loads no file of the VSIX)
    const images = await frame.evaluate(async () => {
      const imgs = [...document.querySelectorAll('img')];
      await Promise.all(imgs.map((i) => (i.complete ? null : new Promise((r) => { i.onload = i.onerror = r; }))));
      return imgs.map((i) => ({ src: (i.getAttribute('src') ?? '').slice(0, 40), width: i.naturalWidth }));
    });
    if (images.length < 3 || images.some((i) => i.width === 0)) throw new Error(`screenshots not shown: ${JSON.stringify(images)}`);
    await shot('10-extension-page');
  });

  await step('the walkthrough opens the sample story and ticks its first step', async () => {
    await runCommand('View: Close All Editors');
    await runCommand('Welcome: Open Walkthrough...');
    await quick.locator('.monaco-list-row').first().waitFor();
    await page.keyboard.type('Fact-check a story');
    await quick.locator('.monaco-list-row', { hasText: 'Fact-check a story with Crosscheck' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.getByText('Hover a highlighted claim').first().waitFor({ timeout: 15000 });
    // exact: the step itself is a button named "Open the sample story …" too
    const button = walkthrough.getByRole('button', { name: 'Open the Sample Story', exact: true });
    await button.waitFor({ state: 'visible', timeout: 10000 });
    // the step's Markdown renders beside the steps, with its screenshot (a file of the VSIX, shown)
    const media = await webviewWith('Running the command again opens the same copy');
    await media.waitForFunction(() => [...document.querySelectorAll('img')].some((i) => i.complete && i.naturalWidth > 0), null, { timeout: 10000 });
    await shot('11-walkthrough');
    await button.click();
    await page.locator('.tab.active', { hasText: 'draft-atacms-explainer.md' }).waitFor({ timeout: 15000 });
    // the draft is analysed: its claims are decorated
    await page.locator('.monaco-editor [class*="ced-"]').first().waitFor({ state: 'attached', timeout: 20000 });
    // the step's checkbox is ticked (its completion event: onCommand:crosscheck.openSampleStory)
    await walkthrough.locator('.codicon.complete[data-done-step-id$="openSample"]').first().waitFor({ state: 'attached', timeout: 10000 });
    await shot('12-sample-story-opened');
  });

  await step('Keyboard Shortcuts lists the user-facing commands and no internal one', async () => {
    await runCommand('View: Close All Editors');
    await runCommand('Preferences: Open Keyboard Shortcuts');
    const editor = page.locator('.keybindings-editor');
    await editor.waitFor({ timeout: 10000 });
    await page.keyboard.type('crosscheck.');
    await editor.locator('.monaco-list-row', { hasText: 'Record Verdict on Claim' }).first().waitFor({ timeout: 10000 });
    await editor.locator('.monaco-list-row', { hasText: 'Open the Sample Story' }).first().waitFor({ timeout: 5000 });
    const rows = await editor.locator('.monaco-list-row').allInnerTexts();
    const internal = ['Open Source Sentence', 'Reveal Claim', 'Matching Claim', 'openSource', 'revealClaim', 'openPriorVerdict'];
    const listed = rows.filter((r) => internal.some((i) => r.includes(i)));
    if (listed.length) throw new Error(`internal commands listed: ${listed.join(' | ')}`);
    await shot('13-keyboard-shortcuts');
    // closed by its tab: its search box keeps the keyboard (F1 there does not reach the palette reliably)
    await page.locator('.tab', { hasText: 'Keyboard Shortcuts' }).locator('.codicon-close').click();
  });

  await step('an article over the size limit: the status bar says why, "Open Setting" opens the setting', async () => {
    const para = 'Officials said 40 trucks crossed the border on Monday, according to the ministry. ';
    writeFileSync(join(story, OVER_LIMIT), para.repeat(3000));
    try {
      // quick open: F1 then Backspace leaves command mode for file names
      await page.keyboard.press('F1');
      await quick.waitFor({ state: 'visible' });
      await page.keyboard.press('Backspace');
      await page.keyboard.type(OVER_LIMIT);
      await quick.locator('.monaco-list-row', { hasText: OVER_LIMIT }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: OVER_LIMIT }).waitFor({ timeout: 10000 });
      await page.locator('.statusbar-item', { hasText: 'not analysed: too long' }).first().waitFor({ timeout: 15000 });
      const toast = page.locator('.notification-toast', { hasText: 'too long to analyse' }).first();
      await toast.waitFor({ timeout: 10000 });
      await shot('14-over-limit');
      await toast.locator('.monaco-button', { hasText: 'Open Setting' }).first().click();
      const settings = page.locator('.settings-editor');
      await settings.waitFor({ timeout: 10000 });
      await settings.locator('.setting-item-contents', { hasText: 'Max File Size' }).first().waitFor({ timeout: 10000 });
      const shown = await settings.locator('.setting-item-contents').count();
      if (shown > 2) throw new Error(`the Settings editor is not on the one setting (${shown} shown)`);
      await shot('15-over-limit-setting');
    } finally {
      rmSync(join(story, OVER_LIMIT), { force: true });
    }
  });
}
