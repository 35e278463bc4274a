import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StoryHost } from '../core/story/storySources';

/** The story's file-system host on Node: used by the CLI and by the extension for files on disk. */
export const nodeStoryHost: StoryHost = {
  async readDirectory(dir) {
    try {
      return await readdir(dir);
    } catch {
      return undefined;
    }
  },
  async readText(path) {
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  join,
  dirname,
};
