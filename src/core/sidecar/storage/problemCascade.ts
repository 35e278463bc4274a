// A YAML mistake makes the parser report a cascade: an unclosed bracket gives "bad indent", then "implicit
// key" twice for each following line. Only the first is the reviewer's mistake; the rest go away with it.
// The editor's Problems view shows one entry per mistake with this.

/**
 * The first error (by position), saying how many follow it, and every warning (warnings are independent of
 * each other and of the errors).
 */
export function oneErrorPerFile<T extends { severity: 'error' | 'warning'; line: number; column: number; message: string }>(issues: readonly T[]): T[] {
  const errors = issues.filter((i) => i.severity === 'error').sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length <= 1) return [...issues];
  const first = { ...errors[0], message: `${errors[0].message} (${errors.length - 1} more error(s) after it, most likely caused by this one)` };
  return [first, ...issues.filter((i) => i.severity !== 'error')];
}
