import type { Span } from '../core/model';
import { anchorReviewerMarks } from '../core/sidecar/anchoring/reviewerMarks';
import { readSidecar } from '../core/review/verdictWrite';
import { nodeFileSystem } from './nodeFileSystem';

/**
 * The reviewer-marked claims of an article, read from its sidecar on disk and found in `text`: what
 * StoryIndex.setArticle needs as `reviewerSpans`. A missing or broken sidecar marks nothing (a broken one is
 * reported by the commands that list verdicts).
 */
export async function reviewerSpansOnDisk(file: string, text: string): Promise<Span[]> {
  const read = await readSidecar(nodeFileSystem, file);
  return read.status === 'ok' ? anchorReviewerMarks(text, read.sidecar.data).spans : [];
}
