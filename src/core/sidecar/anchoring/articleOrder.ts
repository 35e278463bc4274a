// New sidecar blocks go in article order, so the file reads like the article: before the first block whose
// words are found after the new one's. Verdicts, marks and dismissals are all inserted through this.

import type { Span } from '../../model';
import type { AnchoredBlock, VerdictPlacement } from './attachVerdicts';

/** A block of the sidecar as anchoring placed it: its position in its list, and where its words are now. */
export interface PlacedBlock {
  index: number;
  /** undefined: its words were not found (an orphan does not count for the order) */
  span?: Span;
}

/** The list position for a new block starting at `start`: that of the first placed block after it, else `end`. */
export function articleOrderPosition(blocks: Iterable<PlacedBlock>, start: number, end: number): number {
  for (const b of blocks) if (b.span && b.span.start > start) return b.index;
  return end;
}

/** Placements of blocks (verdicts, dismissals) as blocks in order; orphans have no place. */
export function placedBlocks(placements: readonly VerdictPlacement<AnchoredBlock & { index: number }>[]): PlacedBlock[] {
  return placements.map((p) => ({ index: p.verdict.index, span: p.status === 'orphaned' ? undefined : p.span }));
}
