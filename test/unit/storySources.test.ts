import { strict as assert } from 'node:assert';
import { posix } from 'node:path';
import type { StoryBounds } from '../../src/core/story/storyBounds';
import { formatStoryProblem, storySources, type StoryHost } from '../../src/core/story/storySources';

/**
 * An in-memory file tree: paths → contents; folders are implied by the paths. `links` maps a path (file or
 * folder) to the path it points at, as a symbolic link would.
 */
function memoryHost(files: Record<string, string>, links: Record<string, string> = {}): StoryHost {
  const resolveLinks = (path: string): string => {
    for (const [from, to] of Object.entries(links)) {
      if (path === from || path.startsWith(from + '/')) return resolveLinks(to + path.slice(from.length));
    }
    return path;
  };
  const exists = (path: string) => Object.keys(files).some((f) => f === path || f.startsWith(path + '/'));
  return {
    async realPath(path) {
      const real = resolveLinks(posix.normalize(path));
      return exists(real) ? real : undefined;
    },
    async readDirectory(given) {
      const dir = resolveLinks(posix.normalize(given));
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const names = new Set<string>();
      for (const path of Object.keys(files)) if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0]);
      return names.size ? [...names] : undefined;
    },
    async readText(path, maxBytes) {
      const text = files[resolveLinks(posix.normalize(path))];
      if (text !== undefined && text.length > maxBytes) throw new Error(`over ${maxBytes} bytes`);
      return text;
    },
    join: (...parts) => posix.normalize(posix.join(...parts)),
    dirname: posix.dirname,
  };
}

/** the whole tree may be read */
const ANYWHERE: StoryBounds = { roots: ['/'], describe: 'the machine', allowHint: 'n/a' };
/** a workspace folder /news */
const NEWS: StoryBounds = { roots: ['/news'], describe: 'the workspace folder /news', allowHint: 'allow it in a setting' };

const messages = (s: { problems: Parameters<typeof formatStoryProblem>[0][] }) => s.problems.map(formatStoryProblem);

describe('the sources of a story', () => {
  it('are the article files of the folder by default, sidecars and other files excluded', async () => {
    const host = memoryHost({
      '/s/a.txt': 'A',
      '/s/b.md': 'B',
      '/s/a.txt.crosscheck.yaml': 'version: 1',
      '/s/notes.docx': '',
      '/s/sub/c.txt': 'C',
    });
    const { files, problems } = await storySources('/s/a.txt', host, ANYWHERE);
    assert.deepEqual(files, ['/s/a.txt', '/s/b.md']);
    assert.deepEqual(problems, []);
  });

  it('add what crosscheck-story.yaml lists (files and folders) and drop what it excludes', async () => {
    const host = memoryHost({
      '/s/a.txt': 'A',
      '/s/old.md': 'old',
      '/s/crosscheck-story.yaml': 'sources:\n  - ../wires/reuters.txt\n  - ../afp/\nexclude:\n  - old.md\n',
      '/wires/reuters.txt': 'R',
      '/wires/other.txt': 'O',
      '/afp/1.txt': '1',
      '/afp/2.md': '2',
    });
    const { files } = await storySources('/s/a.txt', host, ANYWHERE);
    assert.deepEqual(files, ['/afp/1.txt', '/afp/2.md', '/s/a.txt', '/wires/reuters.txt']);
  });

  it('report a broken story file with file:line:col and a source that is neither article nor folder', async () => {
    const broken = memoryHost({ '/s/a.txt': 'A', '/s/crosscheck-story.yaml': 'sources:\n  - [unclosed\n' });
    const one = await storySources('/s/a.txt', broken, ANYWHERE);
    assert.deepEqual(one.files, ['/s/a.txt']);
    assert.match(messages(one)[0], /^\/s\/crosscheck-story\.yaml:\d+:\d+: /);
    const odd = memoryHost({ '/s/a.txt': 'A', '/s/crosscheck-story.yaml': 'sources:\n  - missing.pdf\n' });
    assert.match(messages(await storySources('/s/a.txt', odd, ANYWHERE))[0], /crosscheck-story\.yaml:2:5: source "missing\.pdf" is neither an article/);
  });

  it('take what the desk calls a source from titles:, and report a titles: that is not a map', async () => {
    const host = memoryHost({ '/s/a.txt': 'A', '/s/b.txt': 'B', '/s/crosscheck-story.yaml': 'titles:\n  b.txt: "Reuters, 19 November"\n' });
    const got = await storySources('/s/a.txt', host, ANYWHERE);
    assert.deepEqual([...got.titles], [['/s/b.txt', 'Reuters, 19 November']]);
    const bad = await storySources('/s/a.txt', memoryHost({ '/s/a.txt': 'A', '/s/crosscheck-story.yaml': 'titles:\n  - Reuters\n' }), ANYWHERE);
    assert.match(messages(bad)[0], /"titles" must map paths to titles/);
  });

  describe('stay inside their bounds (a folder written by someone else)', () => {
    const outside = {
      '/news/story/a.txt': 'A',
      '/news/story/b.txt': 'B',
      '/news/wires/r.txt': 'R',
      '/home/me/.ssh/notes.txt': 'secret',
      '/etc/motd.txt': 'motd',
    };

    it('refuse sources: entries that climb out with ../, named at their line, and read those inside', async () => {
      const host = memoryHost({ ...outside, '/news/story/crosscheck-story.yaml': 'sources:\n  - ../wires/r.txt\n  - ../../home/me/.ssh/\n  - /etc/motd.txt\n' });
      const got = await storySources('/news/story/a.txt', host, NEWS);
      assert.deepEqual(got.files, ['/news/story/a.txt', '/news/story/b.txt', '/news/wires/r.txt']);
      assert.deepEqual(messages(got), [
        '/news/story/crosscheck-story.yaml:3:5: source "../../home/me/.ssh/" is outside the workspace folder /news; not read (allow it in a setting)',
        '/news/story/crosscheck-story.yaml:4:5: source "/etc/motd.txt" is outside the workspace folder /news; not read (allow it in a setting)',
      ]);
    });

    it('refuse a symbolic link out of the workspace, in the folder itself or as a listed folder', async () => {
      const host = memoryHost(
        { ...outside, '/news/story/crosscheck-story.yaml': 'sources:\n  - linked\n' },
        { '/news/story/motd.txt': '/etc/motd.txt', '/news/story/linked': '/home/me/.ssh' },
      );
      const got = await storySources('/news/story/a.txt', { ...host, readDirectory: async (dir) => (dir === '/news/story' ? ['a.txt', 'b.txt', 'motd.txt', 'linked', 'crosscheck-story.yaml'] : host.readDirectory(dir)) }, NEWS);
      assert.deepEqual(got.files, ['/news/story/a.txt', '/news/story/b.txt']);
      assert.equal(got.problems.length, 2);
      assert.match(messages(got)[0], /"\/news\/story\/motd\.txt" is outside the workspace folder/);
      assert.match(messages(got)[1], /source "linked" is outside/);
    });

    it('read a path outside when the user allowed it', async () => {
      const host = memoryHost({ ...outside, '/news/story/crosscheck-story.yaml': 'sources:\n  - /etc/motd.txt\n' });
      const got = await storySources('/news/story/a.txt', host, { ...NEWS, allowed: ['/etc'] });
      assert.deepEqual(got.files, ['/etc/motd.txt', '/news/story/a.txt', '/news/story/b.txt']);
      assert.deepEqual(got.problems, []);
    });

    it('follow no sources: in Restricted Mode, saying so', async () => {
      const host = memoryHost({ ...outside, '/news/story/crosscheck-story.yaml': 'sources:\n  - ../wires/r.txt\nexclude:\n  - b.txt\n' });
      const got = await storySources('/news/story/a.txt', host, { ...NEWS, ownFolderOnly: true, ownFolderOnlyReason: 'Restricted Mode' });
      assert.deepEqual(got.files, ['/news/story/a.txt']);
      assert.deepEqual(messages(got), ['/news/story/crosscheck-story.yaml:1:1: "sources" not followed: Restricted Mode']);
    });

    it('refuse an alias bomb, deep nesting and an oversized story file with a problem, not a crash', async () => {
      const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefghij'[i]).join(',')}]`), 'sources: *j'].join('\n');
      const deep = 'sources: ' + '['.repeat(40) + ']'.repeat(40) + '\n';
      const huge = 'sources:\n' + '  - a.txt\n'.repeat(40000);
      for (const [name, text, pattern] of [
        ['alias bomb', bomb, /crosscheck-story\.yaml:1:1: not read: .*alias/i],
        ['deep nesting', deep, /crosscheck-story\.yaml:1:1: nested deeper than/],
        ['oversized', huge, /crosscheck-story\.yaml:1:1: not read: over 262144 bytes/],
      ] as const) {
        const got = await storySources('/news/story/a.txt', memoryHost({ ...outside, '/news/story/crosscheck-story.yaml': text }), NEWS);
        assert.deepEqual(got.files, ['/news/story/a.txt', '/news/story/b.txt'], name);
        assert.match(messages(got)[0], pattern, name);
      }
    });
  });
});
