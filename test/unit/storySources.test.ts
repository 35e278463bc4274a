import { strict as assert } from 'node:assert';
import { posix } from 'node:path';
import { storySources, type StoryHost } from '../../src/core/story/storySources';

/** An in-memory file tree: paths → contents; folders are implied by the paths. */
function memoryHost(files: Record<string, string>): StoryHost {
  return {
    async readDirectory(dir) {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const names = new Set<string>();
      for (const path of Object.keys(files)) if (path.startsWith(prefix)) names.add(path.slice(prefix.length).split('/')[0]);
      return names.size ? [...names] : undefined;
    },
    async readText(path) {
      return files[posix.normalize(path)];
    },
    join: (...parts) => posix.normalize(posix.join(...parts)),
    dirname: posix.dirname,
  };
}

describe('the sources of a story', () => {
  it('are the article files of the folder by default, sidecars and other files excluded', async () => {
    const host = memoryHost({
      '/s/a.txt': 'A',
      '/s/b.md': 'B',
      '/s/a.txt.crosscheck.yaml': 'version: 1',
      '/s/notes.docx': '',
      '/s/sub/c.txt': 'C',
    });
    const { files, problems } = await storySources('/s/a.txt', host);
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
    const { files } = await storySources('/s/a.txt', host);
    assert.deepEqual(files, ['/afp/1.txt', '/afp/2.md', '/s/a.txt', '/wires/reuters.txt']);
  });

  it('report a broken story file with file:line:col and a source that is neither article nor folder', async () => {
    const broken = memoryHost({ '/s/a.txt': 'A', '/s/crosscheck-story.yaml': 'sources:\n  - [unclosed\n' });
    const one = await storySources('/s/a.txt', broken);
    assert.deepEqual(one.files, ['/s/a.txt']);
    assert.match(one.problems[0], /^\/s\/crosscheck-story\.yaml:\d+:\d+: /);
    const odd = memoryHost({ '/s/a.txt': 'A', '/s/crosscheck-story.yaml': 'sources:\n  - missing.pdf\n' });
    assert.match((await storySources('/s/a.txt', odd)).problems[0], /missing\.pdf" is neither an article/);
  });
});
