// The verdict labels. A newsroom can replace the set (setting `crosscheck.verdictLabels`, CLI `--labels`, or
// a `labels:` list in one sidecar); the default is the set from the issue.

export const DEFAULT_VERDICT_LABELS: readonly string[] = [
  'accurate',
  'inaccurate',
  'misleading',
  'unsupported',
  'needs-context',
  'not-checkable',
];

/** Labels are written lower-case with dashes, so "Needs context" and "needs-context" are one label. */
export function normaliseLabel(label: string): string {
  return label.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** Parses "a, b, c" (a CLI option or a setting) into a label set; undefined when empty. */
export function parseLabelList(list: string | readonly string[] | undefined): string[] | undefined {
  if (list === undefined) return undefined;
  const items = (typeof list === 'string' ? list.split(',') : [...list]).map(normaliseLabel).filter(Boolean);
  return items.length ? [...new Set(items)] : undefined;
}

/** The set in force: the sidecar's own, else the configured one, else the default. */
export function effectiveLabels(sidecarLabels?: readonly string[], configured?: readonly string[]): readonly string[] {
  return parseLabelList(sidecarLabels) ?? parseLabelList(configured) ?? DEFAULT_VERDICT_LABELS;
}

/** The label as stored, or an error message naming the allowed ones. */
export function checkLabel(label: string, labels: readonly string[]): { ok: true; label: string } | { ok: false; message: string } {
  const normal = normaliseLabel(label);
  if (labels.includes(normal)) return { ok: true, label: normal };
  return { ok: false, message: `unknown verdict "${label}"; use one of: ${labels.join(', ')}` };
}
