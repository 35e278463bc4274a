// The sidecar's data model and the checks that turn a parsed YAML document into it. Every problem carries
// the 1-based line and column of the node it is about, so a reader can go straight to it.
//
// File format (version 1), documented for people in the README:
//
//   version: 1                     # required; a higher number is refused (written by a newer Crosscheck)
//   article: abc.md                # the article's file name, for a person reading the file on its own
//   labels: [accurate, …]          # optional: this article's own label set (else the configured one)
//   verdicts:                      # one block per claim, in article order
//     - claim: The words of the claim, as they were when the verdict was recorded.
//       verdict: misleading        # one label
//       note: |                    # optional, free text; multi-line notes are block scalars
//         …
//       by: Jane Doe               # who recorded it
//       at: 2025-05-01T09:30:00Z   # when (ISO-8601, UTC, to the second)
//       anchor:                    # what the tool needs to find the claim again after edits
//         before: "…32 characters before the claim"
//         after: "32 characters after the claim…"
//         line: 12                 # 1-based line where it was; only a hint
//     - claim: Words a reviewer marked as a claim (the detector missed them).
//       origin: reviewer           # a reviewer's claim: a claim whatever the detector says; `verdict` optional
//       by: …, at: …, anchor: …
//   dismissed:                     # detected claims a reviewer said are not claims, in article order
//     - claim: The words of the dismissed claim.
//       by: …, at: …, anchor: …    # the same anchoring as a verdict block
//
// Unknown keys anywhere are kept as they are and ignored.

import { isMap, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';

export const SIDECAR_VERSION = 1;

export interface StoredAnchor {
  before: string;
  after: string;
  /** 1-based line of the claim's start when the verdict was recorded */
  line?: number;
}

export interface StoredVerdict {
  /** position in the `verdicts` sequence (0-based); how the document is edited */
  index: number;
  /** 1-based line of the block in the sidecar, for messages */
  line: number;
  column: number;
  /** the claim's words when the verdict was recorded */
  claim: string;
  label: string;
  note?: string;
  by?: string;
  at?: string;
  anchor: StoredAnchor;
  /** 'reviewer' when the block is a reviewer-marked claim (`origin: reviewer`) */
  origin?: 'reviewer';
}

/** A claim a reviewer marked (`origin: reviewer` in `verdicts:`), with or without a verdict yet. */
export interface StoredMark {
  /** position in the `verdicts` sequence (0-based) */
  index: number;
  line: number;
  column: number;
  claim: string;
  anchor: StoredAnchor;
  /** the block's verdict, when one is recorded */
  label?: string;
  by?: string;
  at?: string;
}

/** A detected claim a reviewer dismissed ("not a claim"): a block of `dismissed:`. */
export interface StoredDismissal {
  /** position in the `dismissed` sequence (0-based) */
  index: number;
  line: number;
  column: number;
  claim: string;
  anchor: StoredAnchor;
  by?: string;
  at?: string;
}

export interface SidecarData {
  version: number;
  article?: string;
  /** the sidecar's own label set, when it declares one */
  labels?: string[];
  verdicts: StoredVerdict[];
  /** reviewer-marked claims (blocks of `verdicts:` with `origin: reviewer`), verdict or not */
  marks: StoredMark[];
  /** `dismissed:` blocks */
  dismissed: StoredDismissal[];
}

export type Severity = 'error' | 'warning';

/** A problem in a sidecar file. Errors make the file unwritable until fixed; warnings do not. */
export interface SidecarProblem {
  severity: Severity;
  /** a stable code: a yaml error code (BAD_INDENT, DUPLICATE_KEY, …) or one of ours (CONFLICT_MARKER, …) */
  code: string;
  line: number;
  column: number;
  message: string;
}

/** Maps an offset in the sidecar's text to a 1-based line and column. */
export type LineCol = (offset: number) => { line: number; column: number };

function at(node: Node | null | undefined, lineCol: LineCol): { line: number; column: number } {
  return lineCol(node?.range?.[0] ?? 0);
}

function stringField(
  block: YAMLMap,
  key: string,
  problems: SidecarProblem[],
  lineCol: LineCol,
): string | undefined {
  const node = block.get(key, true) as Node | undefined;
  if (node === undefined) return undefined;
  if (isScalar(node) && (node.value === null || node.value === undefined)) return undefined;
  if (isScalar(node) && typeof node.value === 'string') return node.value;
  if (isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean')) return String(node.value);
  problems.push({ severity: 'warning', code: 'BAD_FIELD', ...at(node, lineCol), message: `"${key}" should be text` });
  return undefined;
}

/**
 * Reads the sidecar's data out of a parsed, error-free document. Structural problems that leave nothing to
 * work with (not a mapping, wrong version, `verdicts` not a list) are errors; a bad block is a warning and
 * the block is skipped (and kept in the file untouched).
 */
export function readSidecarData(doc: Document, lineCol: LineCol): { data?: SidecarData; problems: SidecarProblem[] } {
  const problems: SidecarProblem[] = [];
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
    // An empty file is an empty sidecar: someone created it, or emptied it on purpose.
    return { data: { version: SIDECAR_VERSION, verdicts: [], marks: [], dismissed: [] }, problems };
  }
  if (!isMap(root)) {
    problems.push({
      severity: 'error',
      code: 'NOT_A_MAPPING',
      ...at(root, lineCol),
      message: 'the sidecar should be a mapping with "version" and "verdicts"',
    });
    return { problems };
  }
  const versionNode = root.get('version', true) as Node | undefined;
  const version = isScalar(versionNode) ? versionNode.value : undefined;
  if (version === undefined) {
    problems.push({ severity: 'error', code: 'NO_VERSION', ...at(root, lineCol), message: `missing "version: ${SIDECAR_VERSION}"` });
    return { problems };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push({ severity: 'error', code: 'BAD_VERSION', ...at(versionNode, lineCol), message: `"version" should be ${SIDECAR_VERSION}` });
    return { problems };
  }
  if (version > SIDECAR_VERSION) {
    problems.push({
      severity: 'error',
      code: 'NEWER_VERSION',
      ...at(versionNode, lineCol),
      message: `version ${version} was written by a newer Crosscheck (this one reads version ${SIDECAR_VERSION}); update Crosscheck`,
    });
    return { problems };
  }
  const data: SidecarData = { version, verdicts: [], marks: [], dismissed: [] };
  const article = stringField(root, 'article', problems, lineCol);
  if (article !== undefined) data.article = article;

  const labelsNode = root.get('labels', true) as Node | undefined;
  if (labelsNode !== undefined && !(isScalar(labelsNode) && labelsNode.value === null)) {
    if (isSeq(labelsNode) && labelsNode.items.every((i) => isScalar(i) && typeof i.value === 'string' && i.value)) {
      data.labels = labelsNode.items.map((i) => String((i as { value: unknown }).value));
    } else {
      problems.push({ severity: 'warning', code: 'BAD_LABELS', ...at(labelsNode, lineCol), message: '"labels" should be a list of words; using the configured labels' });
    }
  }

  readDismissed(root, data, problems, lineCol);
  const verdictsNode = root.get('verdicts', true) as Node | undefined;
  if (verdictsNode === undefined || (isScalar(verdictsNode) && verdictsNode.value === null)) return { data, problems };
  if (!isSeq(verdictsNode)) {
    problems.push({ severity: 'error', code: 'BAD_VERDICTS', ...at(verdictsNode, lineCol), message: '"verdicts" should be a list of blocks ("- claim: …")' });
    return { problems };
  }
  verdictsNode.items.forEach((item, index) => {
    const where = at(item as Node, lineCol);
    if (!isMap(item)) {
      problems.push({ severity: 'warning', code: 'BAD_BLOCK', ...where, message: 'a verdict block should be a mapping ("claim:", "verdict:", …); ignored' });
      return;
    }
    const claim = stringField(item, 'claim', problems, lineCol);
    const label = stringField(item, 'verdict', problems, lineCol);
    const origin = stringField(item, 'origin', problems, lineCol);
    const reviewer = origin?.trim() === 'reviewer';
    if (origin !== undefined && !reviewer && origin.trim() !== 'detected') {
      problems.push({ severity: 'warning', code: 'BAD_FIELD', ...at(item.get('origin', true) as Node, lineCol), message: '"origin" should be "reviewer" (or left out); ignored' });
    }
    if (!claim || !claim.trim()) {
      problems.push({ severity: 'warning', code: 'NO_CLAIM', ...where, message: 'verdict block without "claim" text; it cannot be placed and is ignored' });
      return;
    }
    const anchor = readAnchor(item, problems, lineCol);
    const by = stringField(item, 'by', problems, lineCol);
    const when = stringField(item, 'at', problems, lineCol);
    const hasLabel = label !== undefined && label.trim() !== '';
    // A reviewer's mark is a claim before it has a verdict ("Mark as claim" first, judge later).
    if (reviewer) {
      const mark: StoredMark = { index, ...where, claim, anchor };
      if (hasLabel) mark.label = label.trim();
      if (by !== undefined) mark.by = by;
      if (when !== undefined) mark.at = when;
      data.marks.push(mark);
      if (!hasLabel) return;
    } else if (!hasLabel) {
      problems.push({ severity: 'warning', code: 'NO_LABEL', ...where, message: 'verdict block without a "verdict" label; ignored' });
      return;
    }
    const verdict: StoredVerdict = { index, ...where, claim, label: label!.trim(), anchor };
    const note = stringField(item, 'note', problems, lineCol);
    if (note !== undefined) verdict.note = note;
    if (by !== undefined) verdict.by = by;
    if (when !== undefined) verdict.at = when;
    if (reviewer) verdict.origin = 'reviewer';
    data.verdicts.push(verdict);
  });
  return { data, problems };
}

function readAnchor(block: YAMLMap, problems: SidecarProblem[], lineCol: LineCol): StoredAnchor {
  const anchorNode = block.get('anchor', true) as Node | undefined;
  const anchor: StoredAnchor = { before: '', after: '' };
  if (isMap(anchorNode)) {
    anchor.before = stringField(anchorNode, 'before', problems, lineCol) ?? '';
    anchor.after = stringField(anchorNode, 'after', problems, lineCol) ?? '';
    const lineNode = anchorNode.get('line', true) as Node | undefined;
    if (isScalar(lineNode) && typeof lineNode.value === 'number' && Number.isInteger(lineNode.value) && lineNode.value >= 1) {
      anchor.line = lineNode.value;
    } else if (lineNode !== undefined) {
      problems.push({ severity: 'warning', code: 'BAD_FIELD', ...at(lineNode, lineCol), message: '"line" should be a line number (1, 2, …); ignored' });
    }
  } else if (anchorNode !== undefined) {
    problems.push({ severity: 'warning', code: 'BAD_FIELD', ...at(anchorNode, lineCol), message: '"anchor" should be a mapping; ignored' });
  }
  return anchor;
}

/** The `dismissed:` list. A bad list or block is a warning: dismissals are hints, never worth refusing the file. */
function readDismissed(root: YAMLMap, data: SidecarData, problems: SidecarProblem[], lineCol: LineCol): void {
  const node = root.get('dismissed', true) as Node | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) return;
  if (!isSeq(node)) {
    problems.push({ severity: 'warning', code: 'BAD_DISMISSED', ...at(node, lineCol), message: '"dismissed" should be a list of blocks ("- claim: …"); ignored' });
    return;
  }
  node.items.forEach((item, index) => {
    const where = at(item as Node, lineCol);
    const claim = isMap(item) ? stringField(item, 'claim', problems, lineCol) : undefined;
    if (!isMap(item) || !claim || !claim.trim()) {
      problems.push({ severity: 'warning', code: 'NO_CLAIM', ...where, message: 'dismissed block without "claim" text; ignored' });
      return;
    }
    const dismissal: StoredDismissal = { index, ...where, claim, anchor: readAnchor(item, problems, lineCol) };
    const by = stringField(item, 'by', problems, lineCol);
    const when = stringField(item, 'at', problems, lineCol);
    if (by !== undefined) dismissal.by = by;
    if (when !== undefined) dismissal.at = when;
    data.dismissed.push(dismissal);
  });
}
