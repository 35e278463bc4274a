// Every command id of the extension, in one place. Each user-facing one is contributed in package.json
// (scripts/vscode/manifest.mjs writes it); the internal ones (INTERNAL_COMMANDS) are registered only, so that
// neither the Command Palette nor Keyboard Shortcuts lists them. test/vscode/suite/1-activation.test.ts checks
// both lists against the manifest.

export const CommandId = {
  // User facing (command palette, context menu, keybindings, Claims view)
  /** {@link recordVerdictCommand}: pick a label and write a note for the claim at the cursor (or given) */
  RecordVerdict: 'crosscheck.recordVerdict',
  /** {@link gotoClaimCommand}: move to the next claim of the active article */
  NextClaim: 'crosscheck.nextClaim',
  /** {@link gotoClaimCommand}: move to the previous claim */
  PreviousClaim: 'crosscheck.previousClaim',
  /** re-read and re-analyse every loaded story */
  Reanalyze: 'crosscheck.reanalyze',
  /** open the extension's log */
  ShowLog: 'crosscheck.showLog',
  /** open the verdicts sidecar of the active article */
  OpenSidecar: 'crosscheck.openSidecar',
  /** {@link markClaimCommand}: the selection becomes a reviewer claim (stored in the sidecar) */
  MarkClaim: 'crosscheck.markClaim',
  /** {@link dismissClaimCommand}: "Not a claim" on a detected claim (stored in the sidecar) */
  DismissClaim: 'crosscheck.dismissClaim',
  /** {@link restoreClaimCommand}: undo "Not a claim" (a given claim, the one at the cursor, or picked) */
  RestoreClaim: 'crosscheck.restoreClaim',
  /** {@link showDismissedCommand}: list the dismissed claims; reveal or restore them */
  ShowDismissed: 'crosscheck.showDismissedClaims',
  /** {@link ReportPanel}: the sign-off report of the active article's story, in a webview */
  OpenReport: 'crosscheck.openSignOffReport',
  /** {@link openSampleStoryCommand}: copy the sample story into global storage and open its draft (walkthrough) */
  OpenSampleStory: 'crosscheck.openSampleStory',

  // Internal (hover links, tree items): registered, not contributed, `_` first (see INTERNAL_COMMANDS)
  /** {@link openSourceCommand}: open another source of the story at a sentence */
  OpenSource: '_crosscheck.openSource',
  /** reveal a claim in its editor (Claims view click) */
  RevealClaim: '_crosscheck.revealClaim',
  /** {@link openPriorVerdictCommand}: open the article where a matching claim was checked (verdict memory) */
  OpenPriorVerdict: '_crosscheck.openPriorVerdict',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];

/**
 * Commands run only by links and tree items, with arguments a person cannot type. Not contributed in package.json,
 * so not in the Command Palette; and their ids start with `_`, VS Code's mark of a private command: Keyboard
 * Shortcuts lists every registered command except those (the e2e saw `crosscheck.openSource` listed there before
 * the `_`). A hover link still runs them: they are registered and allowed in HOVER_COMMANDS.
 */
export const INTERNAL_COMMANDS: readonly CommandId[] = [CommandId.OpenSource, CommandId.RevealClaim, CommandId.OpenPriorVerdict];

/** The only commands the hover Markdown may run (MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS: readonly CommandId[] = [
  CommandId.RecordVerdict,
  CommandId.OpenSource,
  CommandId.RevealClaim,
  CommandId.DismissClaim,
  CommandId.OpenPriorVerdict,
  CommandId.NextClaim,
  CommandId.OpenSidecar,
];

/** Built-in VS Code commands used by the extension. */
export const BuiltinCommand = {
  SetContext: 'setContext',
  /** closes the editor's hover (VS Code 1.97+): after an action taken from the card, the card is stale */
  HideHover: 'editor.action.hideHover',
  /** with a setting id: the Settings editor filtered to that setting */
  OpenSettings: 'workbench.action.openSettings',
  FocusClaimsView: 'crosscheck.claims.focus',
} as const;

/** Context keys set by the extension (used in package.json `when` clauses). */
export const ContextKey = {
  OnClaim: 'crosscheck.onClaim',
} as const;
