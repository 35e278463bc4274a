import { dismissedClaimIds } from '../core/sidecar/dismissals';
import { anchorReviewerMarks } from '../core/sidecar/reviewerMarks';
import { readSidecar } from '../core/sidecar/sidecarStore';
import type { StoryIndex } from '../core/story/storyIndex';
import { nodeFileSystem } from './nodeFileSystem';

/**
 * Puts an article into a story with what its sidecar on disk says about its claims: the reviewer's own
 * claims are claims, and dismissed ones are no one's source. A missing or broken sidecar changes nothing
 * (a broken one is reported by the commands that list verdicts).
 */
export async function setArticleWithSidecar(story: StoryIndex, file: string, text: string): Promise<void> {
  const read = await readSidecar(nodeFileSystem, file);
  const data = read.status === 'ok' ? read.sidecar.data : undefined;
  const analysis = story.setArticle(file, text, { reviewerSpans: data ? anchorReviewerMarks(text, data).spans : [] });
  if (data) story.setDismissed(file, dismissedClaimIds(text, analysis.claims, data, analysis.lines));
}
