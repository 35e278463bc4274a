// The CLI's story loading (cli/loadStory.ts): every file given from one folder shares that folder's story, which
// is listed once, not once per file (`crosscheck analyze story/*.md` on 904 files took 40 s, listing the folder
// and checking each source's path 904 times), with the same articles and the same problems per file as before.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { loadStory } from '../../src/cli/loadStory';
import { nodeStoryHost } from '../../src/node/nodeStoryHost';

describe('loading a story on the command line', () => {
  it('lists the folder of many files given once, keeping each file its story and its problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-load-'));
    const listDirectory = nodeStoryHost.readDirectory;
    const write = process.stderr.write;
    const listed: string[] = [];
    const printed: string[] = [];
    try {
      const files = Array.from({ length: 6 }, (_, k) => join(dir, `article-${k}.txt`));
      files.forEach((f, k) => writeFileSync(f, `Officials said ${k + 2} people were hurt in the blast on Tuesday.\n`));
      writeFileSync(join(dir, 'crosscheck-story.yaml'), 'sources: [unclosed\n'); // a problem every file's story has
      nodeStoryHost.readDirectory = (folder) => (listed.push(folder), listDirectory(folder));
      process.stderr.write = ((line: string) => (printed.push(line), true)) as typeof process.stderr.write;
      const { review, files: read, problems } = await loadStory(files.slice(0, 4), {});
      assert.deepEqual(listed, [dir]);
      assert.deepEqual(read, files.slice(0, 4));
      // the files given and the rest of their folder
      assert.deepEqual(review.files().map((f) => basename(f)).sort(), files.map((f) => basename(f)).sort());
      // the story file's problem, as before, for each file given
      assert.deepEqual(problems.map((p) => p.file), files.slice(0, 4));
      assert.ok(problems.every((p) => /crosscheck-story\.yaml/.test(p.message)), problems.map((p) => p.message).join(' | '));
      assert.equal(printed.length, 4);
    } finally {
      nodeStoryHost.readDirectory = listDirectory;
      process.stderr.write = write;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
