// The story of the files given, with each one's verdicts: what `verdicts`, `check`, `export` and `report`
// read. Every sidecar is read once (by loadStory) and each article's verdicts placed once, by the core's
// reviewed-story model; the pending file of each given article is read once more.

import type { VerdictListing } from '../core/review/verdictListing';
import type { ReviewedStory } from '../core/review/reviewedStory';
import type { ClaimReport } from '../core/story/storyIndex';
import { loadStory, type LoadOptions } from './loadStory';
import type { StoryOptionValues } from './storyOptions';

export interface ArticleVerdicts {
  file: string;
  reports: ClaimReport[];
  listing: VerdictListing;
  /** ids of the claims a reviewer dismissed (not claims: no verdict needed) */
  dismissed: ReadonlySet<string>;
}

/** Loads the story of `files` and each one's verdicts. */
export async function loadVerdicts(
  files: string[],
  opts: { threshold?: number; host?: LoadOptions['host'] } & StoryOptionValues,
): Promise<{ review: ReviewedStory; articles: ArticleVerdicts[]; inputProblems: boolean }> {
  const { review, files: read, problems } = await loadStory(files, { threshold: opts.threshold, withStory: opts.story !== false, allowPaths: opts.allowPath, host: opts.host });
  const articles: ArticleVerdicts[] = [];
  for (const file of read) {
    const listing = await review.verdictListing(file);
    articles.push({ file, reports: review.index.crossReference(file), listing, dismissed: review.index.dismissedIds(file) });
  }
  return { review, articles, inputProblems: problems.some((p) => files.includes(p.file)) };
}
