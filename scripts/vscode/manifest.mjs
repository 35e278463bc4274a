// Writes the extension's keys of package.json (contributes, activationEvents, capabilities, icon, categories,
// repository once its URL is known) and its npm scripts, leaving every other key as it is. Edit here, then run
//   node scripts/vscode/manifest.mjs
// Command ids must match src/extension/commandIds.ts (test/vscode checks that they do).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './codeServer.mjs';

const C = (id) => `crosscheck.${id}`;
const STORY_LANGS = "(editorLangId == plaintext || editorLangId == markdown)";

const commands = [
  { command: C('recordVerdict'), title: 'Record Verdict on Claim…', category: 'Crosscheck', icon: '$(pass)' },
  { command: C('nextClaim'), title: 'Go to Next Claim', category: 'Crosscheck', icon: '$(arrow-down)' },
  { command: C('previousClaim'), title: 'Go to Previous Claim', category: 'Crosscheck', icon: '$(arrow-up)' },
  { command: C('reanalyze'), title: 'Re-analyze Story', category: 'Crosscheck', icon: '$(refresh)' },
  { command: C('showLog'), title: 'Show Log', category: 'Crosscheck' },
  { command: C('openSidecar'), title: 'Open Verdicts File', category: 'Crosscheck', icon: '$(go-to-file)' },
  { command: C('markClaim'), title: 'Mark Selection as Claim', category: 'Crosscheck', icon: '$(add)' },
  { command: C('dismissClaim'), title: 'Not a Claim (Dismiss)', category: 'Crosscheck', icon: '$(eye-closed)' },
  { command: C('restoreClaim'), title: 'Restore Dismissed Claim…', category: 'Crosscheck', icon: '$(discard)' },
  { command: C('showDismissedClaims'), title: 'Show Dismissed Claims', category: 'Crosscheck', icon: '$(eye)' },
  { command: C('openSignOffReport'), title: 'Open Sign-off Report', category: 'Crosscheck', icon: '$(checklist)' },
  { command: C('openSampleStory'), title: 'Open the Sample Story', category: 'Crosscheck', icon: '$(book)' },
];
// Not contributed: _crosscheck.openSource, _crosscheck.revealClaim, _crosscheck.openPriorVerdict (INTERNAL_COMMANDS in
// src/extension/commandIds.ts), run by hover links and tree items only: neither the Command Palette nor (for the
// `_`) Keyboard Shortcuts lists them.

const colors = [
  // colour-blind-safe defaults (Okabe–Ito: vermillion, orange, blue, grey); each status also has its own
  // underline style and gutter shape, so no status is told by hue alone
  ['contradictedBackground', 'Background of a claim that another source of the story contradicts (solid underline, ✗ in the gutter).', '#d55e0026', '#d55e0033', null],
  ['contradictedBorder', 'Underline of a contradicted claim.', '#b34700', '#ff8c42', '#ff8c42'],
  ['disputedBackground', 'Background of a claim that some sources support and others contradict (dashed underline, ◆ in the gutter).', '#e69f0026', '#e69f0030', null],
  ['disputedBorder', 'Underline of a disputed claim.', '#a86f00', '#f0b840', '#f0b840'],
  ['uncorroboratedBorder', 'Dotted underline of an uncorroborated claim (no background: most sentences are).', '#8a8a8a', '#9e9e9e', '#ffffff'],
  ['corroboratedBackground', 'Background of a claim that independent sources agree with (thin underline, ✓ in the gutter).', '#0072b21a', '#56b4e922', null],
  ['corroboratedBorder', 'Underline of a corroborated claim.', '#0072b2', '#56b4e9', '#56b4e9'],
  ['verdictBorder', 'The mark of a claim with a reviewer verdict in the Claims view.', '#1565c0', '#64b5f6', '#64b5f6'],
  ['verdictWrongForeground', 'The badge after a claim whose verdict finds it wrong (inaccurate, misleading, unsupported).', '#b34700', '#ff8c42', '#ff8c42'],
  ['verdictSoundForeground', 'The badge after a claim whose verdict finds it accurate.', '#0072b2', '#56b4e9', '#56b4e9'],
  ['verdictNeutralForeground', 'The badge after a claim with another verdict (needs context, not checkable, a newsroom label).', '#616161', '#b0b0b0', '#ffffff'],
  ['factBorder', 'Subtle dotted mark under the facts (numbers, dates, names…) inside a claim.', '#00000055', '#ffffff55', '#ffffff'],
  ['contradictedRuler', 'Overview ruler mark of a contradicted claim.', '#d55e00cc', '#ff8c42cc', '#ff8c42'],
  ['disputedRuler', 'Overview ruler mark of a disputed claim.', '#e69f00cc', '#f0b840cc', '#f0b840'],
  ['uncorroboratedRuler', 'Overview ruler mark of an uncorroborated claim.', '#9e9e9e66', '#9e9e9e66', '#ffffff'],
  ['corroboratedRuler', 'Overview ruler mark of a corroborated claim.', '#0072b299', '#56b4e999', '#56b4e9'],
].map(([id, description, light, dark, hc]) => ({
  id: C(id),
  description,
  defaults: { light, dark, highContrast: hc ?? '#00000000', highContrastLight: hc ? light.slice(0, 7) : '#00000000' },
}));

const contributes = {
  commands,
  colors,
  configuration: {
    title: 'Crosscheck',
    properties: {
      [C('enable')]: {
        type: 'boolean',
        default: true,
        description: 'Analyse plain-text and Markdown articles and show their claims.',
      },
      [C('analysis.onType')]: {
        type: 'boolean',
        default: true,
        description: 'Re-analyse the article as you type. When off, the article is analysed when opened and saved.',
      },
      [C('analysis.debounceMs')]: {
        type: 'number',
        default: 400,
        minimum: 0,
        maximum: 10000,
        markdownDescription: 'Milliseconds of quiet typing before the article is re-analysed (with `#crosscheck.analysis.onType#`).',
      },
      [C('analysis.maxFileSize')]: {
        type: 'number',
        default: 200000,
        minimum: 1000,
        description: 'Articles longer than this many characters are not analysed (a message says so), so that the editor never freezes.',
      },
      [C('diagnostics.severity')]: {
        type: 'string',
        enum: ['error', 'warning', 'information', 'hint', 'off'],
        enumDescriptions: [
          'Contradicted claims without a verdict are errors.',
          'Contradicted claims without a verdict are warnings.',
          'Contradicted claims without a verdict are information entries.',
          'Contradicted claims without a verdict are hints (not listed in Problems).',
          'No Problems entries.',
        ],
        default: 'warning',
        description: 'Severity of the Problems entry for a contradicted claim that has no verdict yet.',
      },
      [C('verdictLabels')]: {
        type: 'array',
        items: { type: 'string' },
        default: [],
        markdownDescription: 'The verdict labels to pick from (empty: `accurate`, `inaccurate`, `misleading`, `unsupported`, `needs-context`, `not-checkable`). A sidecar\'s own `labels:` list wins over this.',
      },
      [C('reviewerName')]: {
        type: 'string',
        default: '',
        markdownDescription: 'Your name, written as `by:` with each verdict you record. Empty: asked at your first verdict (prefilled with `git config user.name` of the article\'s repository, else the system user name) and kept here.',
      },
      [C('story.allowedPaths')]: {
        type: 'array',
        items: { type: 'string' },
        default: [],
        // machine scope: a workspace's own .vscode/settings.json (written by whoever wrote the folder) cannot widen it
        scope: 'machine',
        markdownDescription: 'Folders or files outside the workspace folder that a story may read as sources (absolute paths). A story reads only its workspace folder by default: a `crosscheck-story.yaml` or a symbolic link pointing elsewhere is refused and reported. Not followed in Restricted Mode.',
      },
      [C('decorations.facts')]: {
        type: 'boolean',
        default: true,
        description: 'Mark the facts (numbers, dates, names, quotes) inside each claim with a subtle dotted underline.',
      },
      [C('decorations.overviewRuler')]: {
        type: 'boolean',
        default: true,
        description: 'Show claims in the overview ruler next to the scroll bar.',
      },
      [C('decorations.statuses')]: {
        type: 'array',
        items: { type: 'string', enum: ['contradicted', 'disputed', 'uncorroborated', 'corroborated'] },
        uniqueItems: true,
        default: ['contradicted', 'disputed', 'uncorroborated', 'corroborated'],
        markdownDescription: 'Which claim statuses are highlighted. Uncorroborated claims (most sentences) get only a subtle dotted underline; remove `uncorroborated` to drop even that. A recorded verdict always shows as a badge after its claim.',
      },
    },
  },
  keybindings: [
    { command: C('recordVerdict'), key: 'ctrl+alt+v', mac: 'cmd+alt+v', when: `editorTextFocus && ${STORY_LANGS}` },
    { command: C('nextClaim'), key: 'ctrl+alt+]', mac: 'cmd+alt+]', when: `editorTextFocus && ${STORY_LANGS}` },
    { command: C('previousClaim'), key: 'ctrl+alt+[', mac: 'cmd+alt+[', when: `editorTextFocus && ${STORY_LANGS}` },
  ],
  menus: {
    'editor/context': [
      { command: C('recordVerdict'), when: 'crosscheck.onClaim', group: '1_crosscheck@1' },
      { command: C('markClaim'), when: `editorHasSelection && ${STORY_LANGS}`, group: '1_crosscheck@2' },
      { command: C('dismissClaim'), when: 'crosscheck.onClaim && !editorHasSelection', group: '1_crosscheck@3' },
      { command: C('nextClaim'), when: STORY_LANGS, group: '1_crosscheck@4' },
      { command: C('previousClaim'), when: STORY_LANGS, group: '1_crosscheck@5' },
    ],
    commandPalette: [
      { command: C('recordVerdict'), when: STORY_LANGS },
      { command: C('nextClaim'), when: STORY_LANGS },
      { command: C('previousClaim'), when: STORY_LANGS },
      { command: C('markClaim'), when: `editorHasSelection && ${STORY_LANGS}` },
      { command: C('dismissClaim'), when: 'crosscheck.onClaim' },
      { command: C('restoreClaim'), when: STORY_LANGS },
      { command: C('showDismissedClaims'), when: STORY_LANGS },
      { command: C('openSignOffReport'), when: STORY_LANGS },
    ],
    'view/title': [
      { command: C('previousClaim'), when: 'view == crosscheck.claims', group: 'navigation@1' },
      { command: C('nextClaim'), when: 'view == crosscheck.claims', group: 'navigation@2' },
      { command: C('reanalyze'), when: 'view == crosscheck.claims', group: 'navigation@3' },
      { command: C('openSignOffReport'), when: 'view == crosscheck.claims', group: 'navigation@4' },
      { command: C('openSidecar'), when: 'view == crosscheck.claims', group: '2_files@1' },
      { command: C('showDismissedClaims'), when: 'view == crosscheck.claims', group: '2_files@2' },
    ],
    'view/item/context': [
      { command: C('recordVerdict'), when: 'view == crosscheck.claims && viewItem =~ /^claim/', group: 'inline' },
      { command: C('dismissClaim'), when: 'view == crosscheck.claims && viewItem =~ /^claim\\.\\w+$/', group: '1_review' },
    ],
  },
  // Getting started: the sample story, a hover, a first verdict, the sidecar. Each step's text is a Markdown
  // file under media/walkthrough/ (images relative to it); a step is ticked by its completion event.
  walkthroughs: [
    {
      id: 'crosscheck.gettingStarted',
      title: 'Fact-check a story with Crosscheck',
      description: 'Open a sample story, read what its other articles say about a claim, record your first verdict and find it in the verdicts file.',
      steps: [
        {
          id: 'openSample',
          title: 'Open the sample story',
          description: 'A draft and the three articles it draws on, copied onto your machine.\n[Open the Sample Story](command:crosscheck.openSampleStory)',
          media: { markdown: 'media/walkthrough/open-sample.md' },
          completionEvents: [`onCommand:${C('openSampleStory')}`],
        },
        {
          id: 'hoverClaim',
          title: 'Hover a highlighted claim',
          description: 'Point at a highlighted sentence of the draft: the card says which sources agree, which contradict it, and why. Then click in that sentence.',
          media: { markdown: 'media/walkthrough/hover-claim.md' },
          // ticked when the cursor is in a claim (a hover alone leaves no trace VS Code can see)
          completionEvents: ['onContext:crosscheck.onClaim'],
        },
        {
          id: 'recordVerdict',
          title: 'Record your first verdict',
          description: 'With the cursor in a claim, press Ctrl+Alt+V (or use the card\'s links, or the context menu): pick a label, say why. Crosscheck asks your name once.',
          media: { markdown: 'media/walkthrough/record-verdict.md' },
          completionEvents: [`onCommand:${C('recordVerdict')}`],
        },
        {
          id: 'openSidecar',
          title: 'See the verdicts file',
          description: 'Your verdicts are kept in a YAML file next to the article, ready for review and version control.\n[Open Verdicts File](command:crosscheck.openSidecar)',
          media: { markdown: 'media/walkthrough/sidecar.md' },
          completionEvents: [`onCommand:${C('openSidecar')}`],
        },
      ],
    },
  ],
  views: {
    explorer: [{ id: C('claims'), name: 'Claims', icon: 'media/claims.svg', contextualTitle: 'Crosscheck' }],
  },
  viewsWelcome: [
    {
      view: C('claims'),
      contents: 'Open a plain-text or Markdown article to see the claims of its story (the .txt and .md files of its folder).',
    },
  ],
};

const manifest = {
  icon: 'media/icon.png',
  categories: ['Linters', 'Other'],
  activationEvents: ['onLanguage:plaintext', 'onLanguage:markdown'],
  capabilities: {
    untrustedWorkspaces: {
      supported: 'limited',
      description: 'Crosscheck only reads the text of the articles and writes verdicts when you record one; it runs no code from the workspace. In Restricted Mode a story is only the article\'s own folder: the sources listed in crosscheck-story.yaml are not read.',
      restrictedConfigurations: ['crosscheck.story.allowedPaths'],
    },
    virtualWorkspaces: {
      supported: false,
      description: 'The story index and the verdicts sidecar read and write files on disk.',
    },
  },
  contributes,
};

// `package`: the extension page is media/extension-page.md (for fact-checkers; screenshots inlined by
// extensionPage.mjs), not the developer README.md
const scripts = {
  package: 'node scripts/build.mjs --production --only=extension && node scripts/vscode/extensionPage.mjs && vsce package --readme-path dist/extension-page.md --no-dependencies --skip-license --allow-missing-repository --no-rewrite-relative-links --out crosscheck-$npm_package_version.vsix',
  'test:vscode': 'node scripts/vscode/runIntegration.mjs',
  'test:e2e': 'npm run package && node scripts/vscode/runE2E.mjs',
  'test:electron': 'node scripts/build.mjs --only=extension && node scripts/vscode/buildTests.mjs && tsx test/vscode/runElectron.ts',
};

const path = join(REPO, 'package.json');
const pkg = JSON.parse(readFileSync(path, 'utf8'));
// keep the file's key order: replace in place, append new keys after "main"
const out = {};
for (const [k, v] of Object.entries(pkg)) {
  out[k] = k in manifest ? manifest[k] : v;
  if (k === 'main') for (const [mk, mv] of Object.entries(manifest)) if (!(mk in pkg)) out[mk] = mv;
}
out.scripts = { ...pkg.scripts, ...scripts };
writeFileSync(path, JSON.stringify(out, null, 2) + '\n');
console.log('package.json: extension keys and scripts written');
