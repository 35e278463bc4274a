import { parseDocument, type Document } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import { isInside, type StoryBounds } from './storyBounds';

/** What the engine needs of a file system to find a story's sources; the CLI and the extension provide it. */
export interface StoryHost {
  /** names (not paths) of the entries of a directory, or undefined when it cannot be read */
  readDirectory(dir: string): Promise<string[] | undefined>;
  /**
   * a text file's content, or undefined when it does not exist or is not a regular file (a FIFO would block);
   * rejects when the file is larger than `maxBytes`
   */
  readText(path: string, maxBytes: number): Promise<string | undefined>;
  /** the path with every symbolic link resolved, or undefined when it does not exist */
  realPath(path: string): Promise<string | undefined>;
  join(...parts: string[]): string;
  dirname(path: string): string;
}

/** The file that names a story's sources explicitly, looked for in the article's folder. */
export const STORY_FILE = 'crosscheck-story.yaml';

/**
 * Limits on the story file, which may come from anyone (a downloaded archive, a colleague's branch): a few
 * kilobytes list a story's sources; more, deep nesting or an alias bomb is refused before it costs memory.
 */
export const STORY_FILE_MAX_BYTES = 256 * 1024;
const STORY_FILE_MAX_ALIASES = 10;
const STORY_FILE_MAX_DEPTH = 16;

export interface StoryProblem {
  /** the story file (or the folder entry) the problem is about */
  file: string;
  /** 1-based; 1 when the problem is about the whole file */
  line: number;
  column: number;
  message: string;
}

export interface StorySources {
  files: string[];
  problems: StoryProblem[];
  /** what the story file's `titles:` calls a source (the outlet and date a desk knows it by), by path */
  titles: Map<string, string>;
}

/** "file:line:col: message", as compilers print it */
export function formatStoryProblem(p: StoryProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

const ARTICLE = /\.(txt|md|markdown)$/i;

export function isArticleFile(name: string): boolean {
  return ARTICLE.test(name) && !/\.crosscheck\.ya?ml$/i.test(name);
}

/**
 * The sources of the story an article belongs to: the article files (.txt, .md) of its folder, plus what
 * a `crosscheck-story.yaml` there lists under `sources:` (files, or folders meaning all their articles;
 * paths relative to the story file), minus what it lists under `exclude:`.
 *
 * Whoever wrote the folder chose those paths, so every source (after resolving symbolic links) must lie
 * inside `bounds` (the workspace folder or repository root, or a path the user allowed); one outside is not
 * read and is reported. The article itself is always read: the user opened it.
 */
export async function storySources(article: string, host: StoryHost, bounds: StoryBounds): Promise<StorySources> {
  const dir = host.dirname(article);
  const files = new Set<string>([article]);
  const problems: StoryProblem[] = [];
  const titles = new Map<string, string>();
  const inBounds = await boundsChecker(host, bounds);
  const storyPath = host.join(dir, STORY_FILE);
  const refuse = (path: string, what: string, where: Pick<StoryProblem, 'file' | 'line' | 'column'>) =>
    problems.push({ ...where, message: `${what} "${path}" is outside ${bounds.describe}; not read (${bounds.allowHint})` });

  /** `where`: the story file's entry that named the folder; none for the article's own folder */
  const addFolder = async (folder: string, where?: Pick<StoryProblem, 'file' | 'line' | 'column'>) => {
    for (const name of (await host.readDirectory(folder)) ?? []) {
      if (!isArticleFile(name)) continue;
      const path = host.join(folder, name);
      if (await inBounds(path)) files.add(path);
      else refuse(path, 'the article (a link)', where ?? { file: path, line: 1, column: 1 });
    }
  };
  await addFolder(dir);

  const whole = { file: storyPath, line: 1, column: 1 };
  let storyText: string | undefined;
  if (!(await inBounds(storyPath))) refuse(storyPath, 'the story file (a link)', whole);
  else {
    try {
      storyText = await host.readText(storyPath, STORY_FILE_MAX_BYTES);
    } catch (err) {
      problems.push({ ...whole, message: `not read: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  if (storyText !== undefined) {
    const data = readStoryFile(storyText, storyPath, problems);
    if (data) {
      const sources = asStrings(data.value.sources, 'sources', whole, problems);
      if (bounds.ownFolderOnly && sources.length) {
        problems.push({ ...whole, message: `"sources" not followed: ${bounds.ownFolderOnlyReason ?? 'only the article\'s own folder is read'}` });
      } else {
        for (const entry of sources) {
          const where = data.positionOf('sources', entry) ?? whole;
          const target = isAbsolute(entry) ? entry : host.join(dir, entry);
          if (!(await inBounds(target))) refuse(entry, 'source', where);
          else if (isArticleFile(entry)) files.add(target);
          else if (await host.readDirectory(target)) await addFolder(target, where);
          else problems.push({ ...where, message: `source "${entry}" is neither an article (.txt, .md) nor a folder` });
        }
      }
      for (const entry of asStrings(data.value.exclude, 'exclude', whole, problems)) files.delete(isAbsolute(entry) ? entry : host.join(dir, entry));
      for (const [entry, title] of asTitles(data.value.titles, whole, problems)) titles.set(isAbsolute(entry) ? entry : host.join(dir, entry), title);
    }
  }
  files.add(article);
  return { files: [...files].sort(), problems, titles };
}

/** Whether a path, once its links are resolved, lies inside the bounds (a missing path: judged as written). */
async function boundsChecker(host: StoryHost, bounds: StoryBounds): Promise<(path: string) => Promise<boolean>> {
  const folders: string[] = [];
  for (const f of [...bounds.roots, ...(bounds.allowed ?? [])]) folders.push(f, (await host.realPath(f)) ?? f);
  // a path that does not exist (yet) is judged by its closest existing folder, so `../x` cannot slip through
  const realOf = async (path: string): Promise<string> => {
    const real = await host.realPath(path);
    if (real !== undefined) return real;
    const parent = host.dirname(path);
    return parent === path ? path : host.join(await realOf(parent), path.slice(parent.length).replace(/^[\\/]+/, ''));
  };
  return async (path) => {
    const real = await realOf(path);
    return folders.some((f) => isInside(real, f));
  };
}

interface StoryFileData {
  value: { sources?: unknown; exclude?: unknown; titles?: unknown };
  /** where a list entry is written in the file, for problems */
  positionOf(key: string, entry: string): Pick<StoryProblem, 'file' | 'line' | 'column'> | undefined;
}

/** The story file's content, or undefined with its problems (syntax, size, aliases, depth) reported. */
function readStoryFile(text: string, path: string, problems: StoryProblem[]): StoryFileData | undefined {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    // nesting deep enough to exhaust the parser's stack
    problems.push({ file: path, line: 1, column: 1, message: `not read: ${err instanceof Error ? err.message : String(err)}` });
    return undefined;
  }
  for (const e of doc.errors) problems.push({ file: path, line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1, message: e.message.split('\n')[0] });
  if (doc.errors.length) return undefined;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: STORY_FILE_MAX_ALIASES });
  } catch (err) {
    // yaml throws (a ReferenceError) when aliases expand past maxAliasCount: an alias bomb
    problems.push({ file: path, line: 1, column: 1, message: `not read: ${err instanceof Error ? err.message : String(err)}` });
    return undefined;
  }
  if (depthOf(value) > STORY_FILE_MAX_DEPTH) {
    problems.push({ file: path, line: 1, column: 1, message: `nested deeper than ${STORY_FILE_MAX_DEPTH} levels; not read` });
    return undefined;
  }
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    problems.push({ file: path, line: 1, column: 1, message: 'expected "sources:" and "exclude:" lists at the top level' });
    return undefined;
  }
  const lines = new LineIndex(text);
  return {
    value: (value ?? {}) as StoryFileData['value'],
    positionOf(key, entry) {
      const list = doc.get(key, true) as { items?: { value?: unknown; range?: [number, number, number] }[] } | undefined;
      const node = list?.items?.find((i) => i.value === entry);
      if (!node?.range) return undefined;
      const at = lines.positionAt(node.range[0]);
      return { file: path, line: at.line + 1, column: at.character + 1 };
    },
  };
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > STORY_FILE_MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth + 1;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, depth + 1));
  return max;
}

/** `/x`, `C:\x`, `\\server\x`: a path the story file gives from the root, not from its folder */
function isAbsolute(path: string): boolean {
  return /^(?:[\\/]|[A-Za-z]:[\\/])/.test(path);
}

/** `titles:` — a map from a source's path to what the desk calls it; titles are shown as plain text */
function asTitles(value: unknown, where: Pick<StoryProblem, 'file' | 'line' | 'column'>, problems: StoryProblem[]): [string, string][] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
    return Object.entries(value as Record<string, string>).filter(([, t]) => t.trim() !== '').map(([p, t]) => [p, t.trim().slice(0, 120)]);
  }
  problems.push({ ...where, message: '"titles" must map paths to titles, e.g. "cnn.txt: CNN, 19 November"' });
  return [];
}

function asStrings(value: unknown, key: string, where: Pick<StoryProblem, 'file' | 'line' | 'column'>, problems: StoryProblem[]): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  problems.push({ ...where, message: `"${key}" must be a list of paths` });
  return [];
}
