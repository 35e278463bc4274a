import { setArticleWithSidecar } from '../core/review/sidecarInStory';
import { readSidecar } from '../core/review/verdictWrite';
import type { StoryIndex } from '../core/story/storyIndex';
import { nodeFileSystem } from './nodeFileSystem';

/**
 * setArticleWithSidecar with the sidecar read from disk. A missing or broken sidecar changes nothing (a broken
 * one is reported by the commands that list verdicts).
 */
export async function setArticleWithSidecarOnDisk(story: StoryIndex, file: string, text: string): Promise<void> {
  const read = await readSidecar(nodeFileSystem, file);
  setArticleWithSidecar(story, file, text, read.status === 'ok' ? read.sidecar.data : undefined);
}
