// Every command id of the extension, in one place. Each must be contributed in package.json
// (scripts/vscode/manifest.mjs writes it; test/vscode/suite/manifest.test.ts checks both agree).

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

  // Internal (hover links, tree items); hidden from the palette
  /** {@link openSourceCommand}: open another source of the story at a sentence */
  OpenSource: 'crosscheck.openSource',
  /** reveal a claim in its editor (Claims view click) */
  RevealClaim: 'crosscheck.revealClaim',
  /** {@link openPriorVerdictCommand}: open the article where a matching claim was checked (verdict memory) */
  OpenPriorVerdict: 'crosscheck.openPriorVerdict',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];

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
  FocusClaimsView: 'crosscheck.claims.focus',
} as const;

/** Context keys set by the extension (used in package.json `when` clauses). */
export const ContextKey = {
  OnClaim: 'crosscheck.onClaim',
} as const;
