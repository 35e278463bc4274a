// Checks a parsed sidecar against its JSON schema (sidecar.schema.json, compiled by Ajv at build time into
// sidecarValidator.generated.ts) and the verdict labels against the label set, and gives each problem the
// line and column of the YAML node it is about. Schema errors make the file unwritable until fixed (the
// store then keeps new verdicts pending), except under `dismissed:`, whose blocks are hints and only warn.

import { isMap, isSeq, type Document, type Node } from 'yaml';
import { validate as generatedValidate } from './sidecarValidator.generated';
import type { LineCol, SidecarData, SidecarProblem } from './sidecarSchema';
import { effectiveLabels, normaliseLabel } from './verdictLabels';

/** Ajv's standalone validator: true or false, with `errors` set after a false. */
const validate = generatedValidate as ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** `/verdicts/0/at` → ['verdicts', 0, 'at'] (JSON pointer, ~1 and ~0 unescaped). */
function pathOf(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  return node as Node | undefined;
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}

/** The schema's complaint as a reviewer would put it. */
function messageFor(e: SchemaError, path: (string | number)[], value: unknown): string {
  const key = [...path].reverse().find((p) => typeof p === 'string');
  const field = key === undefined ? 'the sidecar' : `"${key}"`;
  if (key === 'at' && (e.keyword === 'pattern' || e.keyword === 'type')) {
    return `"at" should be an ISO-8601 date or date and time (e.g. 2025-05-01T09:30:00Z), not ${shown(value)}`;
  }
  if (key === 'verdict' && e.keyword === 'type') return `"verdict" should be a label (text), not ${shown(value)}`;
  if (key === 'origin' && e.keyword === 'enum') return `"origin" should be "reviewer" (or left out), not ${shown(value)}`;
  if (key === 'line' && (e.keyword === 'type' || e.keyword === 'minimum')) return `"line" should be a line number (1, 2, …), not ${shown(value)}`;
  if (key === 'version') return `"version" should be a whole number (1), not ${shown(value)}`;
  if (e.keyword === 'type') {
    const want = String(e.params.type ?? '').split(',').filter((t) => t !== 'null');
    const words = want.map((t) => (t === 'object' ? 'a mapping ("key: value" lines)' : t === 'array' ? 'a list ("- …" lines)' : t === 'string' ? 'text' : t));
    return `${typeof path[path.length - 1] === 'number' ? `item ${Number(path[path.length - 1]) + 1} of "${key}"` : field} should be ${[...new Set(words)].join(' or ')}, not ${shown(value)}`;
  }
  return `${field} ${e.message ?? 'is not valid'}`;
}

/** Schema problems of `doc`, one per value at fault, with their positions. */
export function schemaProblems(doc: Document, lineCol: LineCol): SidecarProblem[] {
  const data = doc.toJS() as unknown;
  if (validate(data)) return [];
  const problems: SidecarProblem[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    if (seen.has(e.instancePath)) continue;
    seen.add(e.instancePath);
    const path = pathOf(e.instancePath);
    const node = nodeAt(doc, path);
    const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], data);
    problems.push({
      severity: path[0] === 'dismissed' ? 'warning' : 'error',
      code: 'SCHEMA',
      ...lineCol(node?.range?.[0] ?? 0),
      message: messageFor(e, path, value),
    });
  }
  return problems;
}

/** A verdict whose label is not in the sidecar's label set (its own `labels:`, else the default): a warning. */
export function labelProblems(doc: Document, data: SidecarData, lineCol: LineCol, configured?: readonly string[]): SidecarProblem[] {
  const labels = effectiveLabels(data.labels, configured);
  const problems: SidecarProblem[] = [];
  for (const v of data.verdicts) {
    if (labels.includes(normaliseLabel(v.label))) continue;
    const node = nodeAt(doc, ['verdicts', v.index, 'verdict']);
    problems.push({
      severity: 'warning',
      code: 'UNKNOWN_LABEL',
      ...lineCol(node?.range?.[0] ?? 0),
      message: `unknown verdict "${v.label}"; the labels are: ${labels.join(', ')} (a "labels:" list in this file sets others)`,
    });
  }
  return problems;
}
