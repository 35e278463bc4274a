// Text that someone else wrote (article words, file and folder names, sidecar values, the story file) on its
// way to a place where it could do more than be read. Whoever wrote a folder a newsroom opens controls all of
// it, so each face passes such text through here before showing it:
// - messages (VS Code notifications, status texts, errors): VS Code turns `[text](command:…)` in a
//   notification into a link that runs any command, `$(name)` into an icon, and shows control characters;
// - terminals: escape sequences recolour the screen, set the window title or worse.
// The hover (Markdown) has its own escaping in the extension; JSON for HTML pages in `jsonForHtml`.

/** Longest piece of untrusted text inserted into one message; the message itself is capped at MESSAGE_MAX. */
export const FRAGMENT_MAX = 300;
export const MESSAGE_MAX = 600;

// ESC-introduced sequences as terminals read them: CSI (colours, cursor), OSC (window title, hyperlinks,
// clipboard) ended by BEL or ST, and the two-character ones. Removed whole, so no "[31m" residue is left.
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_])/g;
// C0 and C1 controls and DEL; tab and newline are handled by the callers.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// Invisible format characters that can hide or reorder what a reader sees (bidi overrides and isolates,
// zero-width characters, the BOM, line/paragraph separators, the soft hyphen).
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text for a terminal: escape sequences and control characters removed, tabs and line breaks kept (CRLF and
 * CR as LF). Printable characters are left alone, so JSON text passes unchanged (it holds no raw controls).
 */
export function terminalText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(CONTROL, (c) => (c === '\t' || c === '\n' ? c : ''));
}

/** The same, and the invisible format characters removed too (separators become line breaks). */
export function withoutControls(text: string): string {
  return terminalText(text).replace(INVISIBLE, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : ''));
}

/**
 * Untrusted text made safe for a one-line message: controls and invisible characters removed, whitespace
 * collapsed, no Markdown link (`](` is split: VS Code's notification link pattern needs it, backslashes or
 * not), no `$(icon)`, at most `max` characters.
 */
export function messageText(text: string, max = FRAGMENT_MAX): string {
  const plain = withoutControls(text)
    .replace(/\s+/g, ' ')
    .replace(/\]\s*\(/g, '] (')
    .replace(/\$\(/g, '$ (')
    .trim();
  return cap(plain, max);
}

/** Cuts to `max` characters (never inside a surrogate pair), marking the cut with an ellipsis. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1])) end--;
  return text.slice(0, end) + '…';
}
