// The CLI's story bounds: a story reads inside the repository that holds the article (the folder with `.git`),
// else inside the current folder when the article is there, else only the article's own folder. A path the
// user names with `--allow-path` is allowed too.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isInside, type StoryBounds } from '../core/story/storyBounds';

export function storyBoundsOnDisk(article: string, allowed: readonly string[] = []): StoryBounds {
  const root = repositoryRoot(article) ?? (isInside(resolve(article), process.cwd()) ? process.cwd() : dirname(resolve(article)));
  return {
    roots: [root],
    allowed: allowed.map((p) => resolve(p)),
    describe: `${root}`,
    allowHint: '--allow-path can allow it',
  };
}

function repositoryRoot(file: string): string | undefined {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
