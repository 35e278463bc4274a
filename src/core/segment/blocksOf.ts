import { markdownBlocks } from './markdownBlocks';
import { plainTextBlocks } from './plainTextBlocks';
import type { ProseBlock } from './proseBlocks';

export type ArticleFormat = 'markdown' | 'plaintext';

/** The format an article is read in, from its file name (VS Code's language ids agree: markdown, plaintext). */
export function formatOf(fileName: string): ArticleFormat {
  return /\.(md|markdown|mdown|mkd)$/i.test(fileName) ? 'markdown' : 'plaintext';
}

export function blocksOf(text: string, format: ArticleFormat): ProseBlock[] {
  return format === 'markdown' ? markdownBlocks(text) : plainTextBlocks(text);
}
