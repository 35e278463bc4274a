import { InvalidArgumentError } from 'commander';
import type { Range, Span } from '../core/model';
import type { LineIndex } from '../core/text/lineIndex';

/** `--range L1:C1-L2:C2`: 0-based lines and UTF-16 characters, as ranges are in the JSON contract. */
export function parseRange(value: string): Range {
  const m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected L1:C1-L2:C2 (0-based lines and characters, as in analyze --json)');
  const [l1, c1, l2, c2] = m.slice(1).map(Number);
  if (l2 < l1 || (l2 === l1 && c2 <= c1)) throw new InvalidArgumentError('the range ends before it starts');
  return { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } };
}

/** The range as offsets into the article, or a message when it lies outside it. */
export function spanOfRange(range: Range, lines: LineIndex): { ok: true; span: Span } | { ok: false; message: string } {
  for (const p of [range.start, range.end]) {
    if (p.line >= lines.lineCount) return { ok: false, message: `line ${p.line} is past the end of the article (${lines.lineCount} lines, counted from 0)` };
    const length = lines.lineEnd(p.line) - lines.offsetAt({ line: p.line, character: 0 });
    if (p.character > length) return { ok: false, message: `character ${p.character} is past the end of line ${p.line} (${length} characters)` };
  }
  return { ok: true, span: lines.spanOf(range) };
}
