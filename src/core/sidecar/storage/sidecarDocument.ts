// Parses sidecar text into a yaml Document and edits it in place, so that what a person wrote by hand —
// comments, an unknown field, a reordered block, a note's wording — survives every write, and a write
// changes only the lines of the block it is about. Safe YAML only: the core schema (no custom or
// language-specific tags, which are refused), no merge keys, aliases counted and capped.

import {
  Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
  type ToStringOptions,
} from 'yaml';
import { LineIndex } from '../../text/lineIndex';
import { labelProblems, schemaProblems } from './sidecarValidation';
import { readSidecarData, SIDECAR_VERSION, type LineCol, type SidecarData, type SidecarProblem } from './sidecarSchema';

/** More aliases than this in one sidecar is an "alias bomb", not a verdict file (cf. yaml's maxAliasCount). */
export const MAX_ALIAS_COUNT = 100;

/** How the document is written back. Fixed, so that re-writing an unchanged block gives the same lines. */
const TO_STRING: ToStringOptions = { lineWidth: 80, minContentWidth: 20, indentSeq: true };

/** Claims longer than this are written as a folded block (`>-`), readable without any escaping. */
const FOLD_CLAIM_OVER = 60;

export type Eol = '\n' | '\r\n';

export interface ParsedSidecar {
  doc: Document;
  data: SidecarData;
  /** problems that do not stop a write (a block without a claim, an unknown field type…) */
  warnings: SidecarProblem[];
  eol: Eol;
  bom: boolean;
}

/** One verdict block as the tool writes it. */
export interface VerdictBlock {
  claim: string;
  /** 'reviewer': the block is a reviewer-marked claim (written as `origin: reviewer`) */
  origin?: 'reviewer';
  /** undefined only for a reviewer's mark without a verdict yet */
  label?: string;
  /** undefined: leave an existing note alone; '': remove it */
  note?: string;
  by: string;
  at: string;
  anchor: { before: string; after: string; line: number };
}

function lineColOf(text: string): LineCol {
  const index = new LineIndex(text);
  return (offset) => {
    const p = index.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(?: |$)/;

/** git's conflict markers, one problem each: a sidecar in the middle of a merge is never rewritten. */
export function findConflictMarkers(text: string): SidecarProblem[] {
  const problems: SidecarProblem[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (CONFLICT_MARKER.test(line)) {
      problems.push({
        severity: 'error',
        code: 'CONFLICT_MARKER',
        line: i + 1,
        column: 1,
        message: `git conflict marker "${line.slice(0, 7)}": resolve the merge (keep the blocks of both sides), then save`,
      });
    }
  });
  return problems;
}

/** yaml's message without the code excerpt it appends; we give the place as file:line:col instead. */
function plainMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
}

function countAliases(node: unknown): number {
  let n = 0;
  const walk = (x: unknown) => {
    if (isAlias(x)) n++;
    else if (isMap(x) || isSeq(x)) for (const item of x.items as unknown[]) {
      if (isMap(x)) {
        const pair = item as { key: unknown; value: unknown };
        walk(pair.key);
        walk(pair.value);
      } else walk(item);
    }
  };
  walk(node);
  return n;
}

/**
 * Parses sidecar text. Never throws: problems come back with 1-based line and column. Any error-severity
 * problem means the file must not be written until a person fixes it.
 */
export function parseSidecar(text: string): { ok: true; sidecar: ParsedSidecar } | { ok: false; problems: SidecarProblem[] } {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const eol: Eol = /\r\n/.test(body) ? '\r\n' : '\n';
  const lineCol = lineColOf(body);

  const markers = findConflictMarkers(body);
  if (markers.length) return { ok: false, problems: markers };

  const doc = parseDocument(body, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const problems: SidecarProblem[] = doc.errors.map((e) => ({
    severity: 'error' as const,
    code: e.code,
    ...lineCol(e.pos[0]),
    message: plainMessage(e.message),
  }));
  for (const w of doc.warnings) {
    // An unresolved tag (`!!js/function`, `!foo`) would otherwise be read silently as a plain string.
    const fatal = w.code === 'TAG_RESOLVE_FAILED';
    problems.push({
      severity: fatal ? 'error' : 'warning',
      code: w.code,
      ...lineCol(w.pos[0]),
      message: fatal ? `${plainMessage(w.message)}; sidecars use plain YAML without tags` : plainMessage(w.message),
    });
  }
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };

  const aliases = countAliases(doc.contents);
  if (aliases > MAX_ALIAS_COUNT) {
    return {
      ok: false,
      problems: [{ severity: 'error', code: 'ALIAS_LIMIT', line: 1, column: 1, message: `${aliases} aliases (over ${MAX_ALIAS_COUNT}); refusing to expand them` }],
    };
  }
  // Nothing here ever expands an alias (the schema reader only takes plain scalars, and an alias where text
  // is expected is reported as a warning), so the cap is the whole of the alias-bomb defence.
  const { data, problems: readProblems } = readSidecarData(doc, lineCol);
  // A schema error replaces the reader's warning at the same place; a schema warning (under `dismissed:`)
  // gives way to the reader's own, more specific one. One problem per place.
  const at = (p: SidecarProblem) => `${p.line}:${p.column}`;
  const readPlaces = new Set(readProblems.map(at));
  const schema = data ? schemaProblems(doc, lineCol).filter((p) => p.severity === 'error' || !readPlaces.has(at(p))) : [];
  const schemaPlaces = new Set(schema.map(at));
  const labels = data ? labelProblems(doc, data, lineCol).filter((p) => !schemaPlaces.has(at(p))) : [];
  problems.push(...schema, ...labels, ...readProblems.filter((p) => p.severity === 'error' || !schemaPlaces.has(at(p))));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (!data || problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, sidecar: { doc, data, warnings: problems, eol, bom } };
}

/** A new, empty sidecar for `articleName` (the article's file name, for a person reading the file). */
export function newSidecar(articleName: string): ParsedSidecar {
  const doc = new Document({ version: SIDECAR_VERSION, article: articleName, verdicts: [] });
  doc.commentBefore =
    ` Crosscheck verdicts for ${articleName}: one block per claim, in article order.\n` +
    ' Edit freely — comments, notes and extra fields are kept. Format: Crosscheck README, "Verdict sidecar".';
  return { doc, data: { version: SIDECAR_VERSION, article: articleName, verdicts: [], marks: [], dismissed: [] }, warnings: [], eol: '\n', bom: false };
}

/**
 * An empty, comments-only or `~` sidecar reads as an empty sidecar; before the first block goes in, it gets
 * the root a sidecar has (`version: 1`, `article:`, `verdicts:`), so what is written is valid for every
 * later read. The comments a person wrote stay at the top.
 */
export function ensureSidecarRoot(sidecar: ParsedSidecar, articleName: string): void {
  const { doc } = sidecar;
  if (isMap(doc.contents)) return;
  const fresh = newSidecar(articleName);
  const scalarComment = isScalar(doc.contents) ? doc.contents.commentBefore : undefined;
  const kept = [doc.commentBefore, scalarComment, doc.comment].filter((c): c is string => !!c && c.trim() !== '');
  doc.contents = fresh.doc.contents;
  doc.commentBefore = kept.length ? kept.join('\n') : fresh.doc.commentBefore;
  doc.comment = null;
}

function scalar(value: string | number, type?: Scalar.Type): Scalar {
  const node = new Scalar(value);
  if (type) node.type = type;
  return node;
}

function claimScalar(claim: string): Scalar {
  return scalar(claim, claim.length > FOLD_CLAIM_OVER ? Scalar.BLOCK_FOLDED : undefined);
}

function noteScalar(note: string): Scalar {
  return scalar(note, note.includes('\n') ? Scalar.BLOCK_LITERAL : undefined);
}

/** The order the tool writes a block's fields in; a field added to an existing block takes its place. */
const FIELD_ORDER = ['claim', 'origin', 'verdict', 'note', 'by', 'at', 'anchor'];

/** Sets `key` to `value`, keeping the existing node — and so its comment — when there is one. */
function put(map: YAMLMap, key: string, value: Scalar): void {
  const existing = map.get(key, true) as Node | undefined;
  if (isScalar(existing)) {
    if (existing.value === value.value) return;
    existing.value = value.value;
    existing.type = value.type;
    return;
  }
  if (existing !== undefined) {
    map.set(key, value);
    return;
  }
  // A new field (the verdict of a reviewer's mark, a first note) goes where a new block would have it,
  // not at the end after the anchor.
  const rank = FIELD_ORDER.indexOf(key);
  const before = rank < 0 ? -1 : map.items.findIndex((pair) => FIELD_ORDER.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key)) > rank);
  if (before < 0) map.set(key, value);
  else map.items.splice(before, 0, new Pair(new Scalar(key), value));
}

function putAnchor(map: YAMLMap, anchor: VerdictBlock['anchor']): void {
  let node = map.get('anchor', true) as Node | undefined;
  if (!isMap(node)) {
    node = new YAMLMap();
    map.set('anchor', node);
  }
  const a = node as YAMLMap;
  put(a, 'before', scalar(anchor.before, Scalar.QUOTE_DOUBLE));
  put(a, 'after', scalar(anchor.after, Scalar.QUOTE_DOUBLE));
  put(a, 'line', scalar(anchor.line));
}

function verdictsSeq(doc: Document): YAMLSeq {
  let seq = doc.get('verdicts', true) as Node | undefined;
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('verdicts', seq);
  }
  (seq as YAMLSeq).flow = false;
  return seq as YAMLSeq;
}

/** Builds a block with its fields in reading order: the words, the verdict, the note, who, when, anchor. */
function blockNode(block: VerdictBlock): YAMLMap {
  const map = new YAMLMap();
  map.set('claim', claimScalar(block.claim));
  if (block.origin) map.set('origin', scalar(block.origin));
  if (block.label) map.set('verdict', scalar(block.label));
  if (block.note) map.set('note', noteScalar(block.note));
  map.set('by', scalar(block.by));
  map.set('at', scalar(block.at));
  putAnchor(map, block.anchor);
  return map;
}

/** Inserts a new block at `position` in the `verdicts` list (blocks are separated by a blank line). */
export function insertVerdictBlock(doc: Document, position: number, block: VerdictBlock): void {
  const seq = verdictsSeq(doc);
  const node = blockNode(block);
  const at = Math.max(0, Math.min(position, seq.items.length));
  if (at > 0) node.spaceBefore = true;
  else if (seq.items.length > 0) (seq.items[0] as Node).spaceBefore = true;
  seq.items.splice(at, 0, node);
}

/**
 * Updates block `index` in place: only the fields the tool owns change, in their existing nodes, so other
 * fields, comments and order stay as the person left them.
 */
export function updateVerdictBlock(doc: Document, index: number, block: VerdictBlock): void {
  const map = verdictsSeq(doc).items[index];
  if (!isMap(map)) throw new Error(`verdict block ${index} is not a mapping`);
  put(map, 'claim', claimScalar(block.claim));
  if (block.origin) put(map, 'origin', scalar(block.origin));
  if (block.label) put(map, 'verdict', scalar(block.label));
  if (block.note === '') map.delete('note');
  else if (block.note !== undefined) put(map, 'note', noteScalar(block.note));
  put(map, 'by', scalar(block.by));
  put(map, 'at', scalar(block.at));
  putAnchor(map, block.anchor);
}

/** One `dismissed:` block as the tool writes it: the claim's words, who, when, and the anchor. */
export interface DismissedBlock {
  claim: string;
  by: string;
  at: string;
  anchor: { before: string; after: string; line: number };
}

function dismissedSeq(doc: Document): YAMLSeq {
  let seq = doc.get('dismissed', true) as Node | undefined;
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    doc.set('dismissed', seq);
  }
  (seq as YAMLSeq).flow = false;
  return seq as YAMLSeq;
}

/** Inserts a `dismissed:` block at `position` (article order, like verdicts). */
export function insertDismissedBlock(doc: Document, position: number, block: DismissedBlock): void {
  const seq = dismissedSeq(doc);
  const map = new YAMLMap();
  map.set('claim', claimScalar(block.claim));
  map.set('by', scalar(block.by));
  map.set('at', scalar(block.at));
  putAnchor(map, block.anchor);
  const at = Math.max(0, Math.min(position, seq.items.length));
  if (at > 0) map.spaceBefore = true;
  else if (seq.items.length > 0) (seq.items[0] as Node).spaceBefore = true;
  seq.items.splice(at, 0, map);
}

/** Removes `dismissed:` block `index`; the list itself goes when it is empty, so a restored file reads as before. */
export function removeDismissedBlock(doc: Document, index: number): void {
  const seq = doc.get('dismissed', true) as Node | undefined;
  if (!isSeq(seq)) return;
  seq.items.splice(index, 1);
  if (seq.items.length === 0) doc.delete('dismissed');
  else (seq.items[0] as Node).spaceBefore = false;
}

/** The text to write: the document with the file's own line endings and BOM. */
export function sidecarText(sidecar: Pick<ParsedSidecar, 'doc' | 'eol' | 'bom'>): string {
  const text = sidecar.doc.toString(TO_STRING);
  return (sidecar.bom ? '\ufeff' : '') + (sidecar.eol === '\r\n' ? text.replace(/\n/g, '\r\n') : text);
}
