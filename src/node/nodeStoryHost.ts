import { readdir, readFile, realpath, stat } from 'node:fs/promises';
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
  async readText(path, maxBytes) {
    let info;
    try {
      info = await stat(path);
    } catch {
      return undefined;
    }
    // a FIFO or a device would block or never end; a directory is not a file
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) throw new Error(`${info.size.toLocaleString('en')} bytes, over the ${maxBytes.toLocaleString('en')} allowed`);
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  async realPath(path) {
    try {
      return await realpath(path);
    } catch {
      return undefined;
    }
  },
  join,
  dirname,
};
