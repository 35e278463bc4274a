import type { ArticleAnalysis } from '../analyzeArticle';
import type { StoryIndex } from '../story/storyIndex';
import { dismissedClaimIds } from '../sidecar/anchoring/dismissals';
import { anchorReviewerMarks } from '../sidecar/anchoring/reviewerMarks';
import type { SidecarData } from '../sidecar/storage/sidecarSchema';

/**
 * Puts an article into a story with what its sidecar says about its claims: the reviewer's own claims are
 * claims (re-anchored in this text, so they survive edits), and dismissed ones are no one's source. Without
 * sidecar data (none, or a broken file) the article is analysed as it is. The CLI and the extension both use it.
 */
export function setArticleWithSidecar(story: StoryIndex, file: string, text: string, data: SidecarData | undefined): ArticleAnalysis {
  const reviewerSpans = data && data.marks.length > 0 ? anchorReviewerMarks(text, data).spans : [];
  const analysis = story.setArticle(file, text, { reviewerSpans });
  story.setDismissed(file, data ? dismissedClaimIds(text, analysis.claims, data, analysis.lines) : new Set());
  return analysis;
}
