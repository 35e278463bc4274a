// Reviewer-marked claims (blocks of `verdicts:` with `origin: reviewer`) found again in the current text.
// They are anchored exactly as verdicts are (textQuoteAnchor.ts: words, context, old line as a hint); the
// spans found are what the engine is given (StoryIndex.setArticle(file, text, { reviewerSpans })), so the
// engine never reads a sidecar itself.

import type { Span } from '../../model';
import { normalizeText, type NormalizedText } from '../../anchor/normalizedText';
import { LineIndex } from '../../text/lineIndex';
import { findBlock } from './attachVerdicts';
import type { SidecarData, StoredMark } from '../storage/sidecarSchema';

export interface PlacedMark {
  mark: StoredMark;
  span: Span;
}

export interface OrphanedMark {
  mark: StoredMark;
  reason: string;
}

export interface AnchoredMarks {
  /** where each mark is now, for StoryIndex.setArticle(file, text, { reviewerSpans }) */
  spans: Span[];
  placed: PlacedMark[];
  /** marks whose words cannot be found confidently: kept in the file, not claims until fixed */
  orphans: OrphanedMark[];
}

/** Finds the sidecar's reviewer marks in `text`. Pass `data` of a parsed sidecar (`read.sidecar.data`). */
export function anchorReviewerMarks(
  text: string,
  data: Pick<SidecarData, 'marks'> | undefined,
  lines: LineIndex = new LineIndex(text),
  norm: NormalizedText = normalizeText(text),
): AnchoredMarks {
  const placed: PlacedMark[] = [];
  const orphans: OrphanedMark[] = [];
  for (const mark of data?.marks ?? []) {
    const found = findBlock(text, mark, lines, norm);
    if (found.ok) placed.push({ mark, span: found.span });
    else orphans.push({ mark, reason: found.reason });
  }
  return { spans: placed.map((p) => p.span), placed, orphans };
}
