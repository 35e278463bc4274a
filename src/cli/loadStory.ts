import { relative, resolve } from 'node:path';
import { StoryIndex, type StoryOptions } from '../core/story/storyIndex';
import { formatStoryProblem, storySources } from '../core/story/storySources';
import { storyBoundsOnDisk } from '../node/storyBoundsOnDisk';
import { nodeStoryHost } from '../node/nodeStoryHost';
import { setArticleWithSidecarOnDisk } from '../node/sidecarMarksInStory';
import { printProblem, readArticle, type InputProblem } from './readArticle';

export interface LoadedStory {
  story: StoryIndex;
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
}

/**
 * Reads the given articles and the other sources of their stories into one StoryIndex. A file that cannot
 * be read is reported (stderr and `problems`) and the others go on. Other sources are named as the user
 * would: relative to the current folder.
 */
export async function loadStory(given: string[], options: LoadOptions): Promise<LoadedStory> {
  const story = new StoryIndex(options);
  const problems: InputProblem[] = [];
  const files: string[] = [];
  const seen = new Set<string>();
  const add = async (file: string, isInput: boolean) => {
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
    // Reviewer-marked and dismissed claims count for every source of the story, not only the files given.
    await setArticleWithSidecarOnDisk(story, file, read.text);
  };
  for (const file of given) {
    await add(file, true);
    if (story.has(file)) files.push(file);
  }
  if (options.withStory !== false) {
    for (const file of files) {
      const sources = await storySources(file, nodeStoryHost, storyBoundsOnDisk(file, options.allowPaths));
      for (const p of sources.problems) {
        const problem = { file, message: formatStoryProblem(p) };
        problems.push(problem);
        printProblem(problem);
      }
      for (const source of sources.files) await add(displayPath(source), false);
    }
  }
  return { story, files, problems };
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') ? resolve(path) : rel;
}
