import { dirname, relative, resolve } from 'node:path';
import { READ_AHEAD_ARTICLES } from '../core/readAhead';
import type { ReviewHost } from '../core/review/reviewHost';
import { ReviewedStory } from '../core/review/reviewedStory';
import type { StoryOptions } from '../core/story/storyIndex';
import { formatStoryProblem, storySources, type StorySources } from '../core/story/storySources';
import { storyBoundsOnDisk } from '../node/storyBoundsOnDisk';
import { nodeStoryHost } from '../node/nodeStoryHost';
import { cliReviewHost } from '../node/nodeReviewHost';
import { printProblem, readArticle, type InputProblem } from './readArticle';

export interface LoadedStory {
  /** the story with each article's sidecar, read once */
  review: ReviewedStory;
  /** the files given on the command line that could be read, as given */
  files: string[];
  problems: InputProblem[];
}

export interface LoadOptions extends StoryOptions {
  /** also read the other articles of each file's story (its folder, crosscheck-story.yaml); default true */
  withStory?: boolean;
  maxBytes?: number;
  /** paths outside the repository that story files may name as sources (--allow-path) */
  allowPaths?: string[];
  /** the files, clock and reviewer (default: the disk, as the command line uses it) */
  host?: ReviewHost;
}

/**
 * Reads the given articles and the other sources of their stories, each with its sidecar (read once), into
 * one reviewed story. A file that cannot be read is reported (stderr and `problems`) and the others go on.
 * Other sources are named as the user would: relative to the current folder.
 */
export async function loadStory(given: string[], options: LoadOptions): Promise<LoadedStory> {
  const review = new ReviewedStory(options.host ?? cliReviewHost, options);
  const problems: InputProblem[] = [];
  const files: string[] = [];
  const seen = new Set<string>();
  // every article read from disk first, then analysed: read and scored ahead as the analysis worker loads a story
  const texts: { file: string; text: string }[] = [];
  const add = async (file: string, isInput: boolean): Promise<void> => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    const read = await readArticle(file, options.maxBytes);
    if (!read.ok) {
      const problem = isInput ? read : { ...read, message: `story source skipped: ${read.message}` };
      problems.push(problem);
      printProblem(problem);
      return;
    }
    texts.push({ file, text: read.text });
  };
  for (const file of given) {
    await add(file, true);
    // as given, once per time it is given (the same file named twice is listed twice, as before)
    if (texts.some((t) => t.file === file)) files.push(file);
  }
  if (options.withStory !== false) {
    // A story is its article's folder (and what its story file names): the same for every article of the folder,
    // so each folder is listed once. Listing it again for every file given (`analyze story/*.md`) checked every
    // source's path once per file: 300 files given took 5.6 s against 2.1 s for one, 904 files 40 s.
    const byFolder = new Map<string, StorySources>();
    for (const file of files) {
      const folder = dirname(resolve(file));
      const listed = byFolder.get(folder);
      const sources = listed ?? (await storySources(file, nodeStoryHost, storyBoundsOnDisk(file, options.allowPaths)));
      if (!listed) byFolder.set(folder, sources);
      for (const p of sources.problems) {
        const problem = { file, message: formatStoryProblem(p) };
        problems.push(problem);
        printProblem(problem);
      }
      if (!listed) for (const source of sources.files) await add(displayPath(source), false);
    }
  }
  for (const [k, { file, text }] of texts.entries()) {
    if (k % READ_AHEAD_ARTICLES === 0) review.readAhead(texts.slice(k, k + READ_AHEAD_ARTICLES));
    // Reviewer-marked and dismissed claims count for every source of the story, not only the files given.
    await review.addArticle(file, text);
  }
  return { review, files, problems };
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') ? resolve(path) : rel;
}
