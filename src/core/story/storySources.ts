import { parseDocument } from 'yaml';

/** What the engine needs of a file system to find a story's sources; the CLI and the extension provide it. */
export interface StoryHost {
  /** names (not paths) of the entries of a directory, or undefined when it cannot be read */
  readDirectory(dir: string): Promise<string[] | undefined>;
  /** a text file's content, or undefined when it does not exist */
  readText(path: string): Promise<string | undefined>;
  join(...parts: string[]): string;
  dirname(path: string): string;
}

/** The file that names a story's sources explicitly, looked for in the article's folder. */
export const STORY_FILE = 'crosscheck-story.yaml';

export interface StorySources {
  files: string[];
  /** problems with the story file, as "file:line:col: message" */
  problems: string[];
}

const ARTICLE = /\.(txt|md|markdown)$/i;

export function isArticleFile(name: string): boolean {
  return ARTICLE.test(name) && !/\.crosscheck\.ya?ml$/i.test(name);
}

/**
 * The sources of the story an article belongs to: the article files (.txt, .md) of its folder, plus what
 * a `crosscheck-story.yaml` there lists under `sources:` (files, or folders meaning all their articles;
 * paths relative to the story file), minus what it lists under `exclude:`.
 */
export async function storySources(article: string, host: StoryHost): Promise<StorySources> {
  const dir = host.dirname(article);
  const files = new Set<string>([article]);
  const problems: string[] = [];
  const addFolder = async (folder: string) => {
    for (const name of (await host.readDirectory(folder)) ?? []) if (isArticleFile(name)) files.add(host.join(folder, name));
  };
  await addFolder(dir);
  const storyPath = host.join(dir, STORY_FILE);
  const storyText = await host.readText(storyPath);
  if (storyText !== undefined) {
    const doc = parseDocument(storyText);
    for (const e of doc.errors) problems.push(`${storyPath}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: ${e.message.split('\n')[0]}`);
    if (doc.errors.length === 0) {
      const data = doc.toJS({ maxAliasCount: 10 }) as { sources?: unknown; exclude?: unknown } | null;
      for (const entry of asStrings(data?.sources, storyPath, 'sources', problems)) {
        const target = host.join(dir, entry);
        if (isArticleFile(entry)) files.add(target);
        else if (await host.readDirectory(target)) await addFolder(target);
        else problems.push(`${storyPath}: source "${entry}" is neither an article (.txt, .md) nor a folder`);
      }
      for (const entry of asStrings(data?.exclude, storyPath, 'exclude', problems)) files.delete(host.join(dir, entry));
    }
  }
  files.add(article);
  return { files: [...files].sort(), problems };
}

function asStrings(value: unknown, file: string, key: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  problems.push(`${file}: "${key}" must be a list of paths`);
  return [];
}
