// The Node host: atomic replace keeps the mode, leaves no temporary files, reads absent files as undefined.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';

describe('sidecar: Node file system', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'crosscheck-fs-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a file atomically, keeping its mode, and leaves no temporary file', async () => {
    const path = join(dir, 'a.md.crosscheck.yaml');
    writeFileSync(path, 'old\r\n');
    chmodSync(path, 0o640);
    await nodeFileSystem.writeFileAtomic(path, new TextEncoder().encode('new\r\n'));
    assert.equal(readFileSync(path, 'utf8'), 'new\r\n');
    if (process.platform !== 'win32') assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['a.md.crosscheck.yaml']);
  });

  it('reads and stats a missing file as undefined; deleting one is not an error', async () => {
    const path = join(dir, 'none.yaml');
    assert.equal(await nodeFileSystem.readFile(path), undefined);
    assert.equal(await nodeFileSystem.stat(path), undefined);
    await nodeFileSystem.deleteFile(path);
  });
});
