// The sidecar store on the Node host, on the odd files a newsroom's disks hold (fast: no CLI process, no
// claim detector). The CLI's exit codes and words for the same cases: cliOddSidecars.test.ts.
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SidecarError } from '../../src/core/sidecar/storage/sidecarError';
import { FileAccessError } from '../../src/core/sidecar/storage/fileAccessError';
import { writeVerdict } from '../../src/core/review/verdictWrite';
import { writeDismissal } from '../../src/core/review/claimEdits';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { lineArticle, lineClaims } from '../../scripts/bench/lineClaims';

describe('sidecar: odd files on disk', () => {
  let dir: string;
  let article: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cc-oddfs-'));
    article = join(dir, 'a.txt');
    writeFileSync(article, lineArticle(0, 3));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const sidecar = () => `${article}.crosscheck.yaml`;
  const pending = () => `${article}.crosscheck.pending.yaml`;
  const record = (label = 'inaccurate', claim = 0) => {
    const text = readFileSync(article, 'utf8');
    const claims = lineClaims(text);
    return writeVerdict(nodeFileSystem, { articlePath: article, articleText: text, claims, claimId: claims[claim].id, label, by: 'Jane', at: '2025-05-01T09:30:00Z' });
  };
  const refusal = async (promise: Promise<unknown>): Promise<SidecarError> => {
    try {
      await promise;
    } catch (e) {
      assert.ok(e instanceof SidecarError, String(e));
      return e;
    }
    assert.fail('expected a SidecarError');
  };

  for (const [what, content] of [['empty', ''], ['comments-only', '# our verdicts\n'], ['`~`', '~\n']] as const) {
    it(`a sidecar that is ${what} gets version: 1 with the first verdict (and with the first dismissal)`, async () => {
      writeFileSync(sidecar(), content);
      await record();
      const text = readFileSync(sidecar(), 'utf8');
      assert.match(text, /^version: 1$/m);
      if (content.startsWith('#')) assert.match(text, /^# our verdicts$/m);
      writeFileSync(sidecar(), content);
      const lines = readFileSync(article, 'utf8');
      const claims = lineClaims(lines);
      await writeDismissal(nodeFileSystem, { articlePath: article, articleText: lines, claims, claimId: claims[1].id, by: 'Jane', at: '2025-05-01T09:30:00Z' });
      assert.match(readFileSync(sidecar(), 'utf8'), /^version: 1$/m);
    });
  }

  it('a read-only sidecar is refused and kept as it is; the verdict goes pending', async function () {
    if (process.platform === 'win32') this.skip();
    await record('accurate');
    const before = readFileSync(sidecar(), 'utf8');
    chmodSync(sidecar(), 0o444);
    const e = await refusal(record('misleading', 1));
    assert.equal(e.code, 'io');
    assert.match(e.message, /read-only/);
    assert.equal(readFileSync(sidecar(), 'utf8'), before);
    assert.match(readFileSync(pending(), 'utf8'), /verdict: misleading/);
  });

  it('a symlinked sidecar is written through (the link stays a link)', async function () {
    if (process.platform === 'win32') this.skip();
    mkdirSync(join(dir, 'shared'));
    symlinkSync(join('shared', 'target.yaml'), sidecar()); // dangling until the first write
    await record();
    assert.ok(lstatSync(sidecar()).isSymbolicLink());
    assert.match(readFileSync(join(dir, 'shared/target.yaml'), 'utf8'), /verdict: inaccurate/);
    await record('accurate', 1);
    assert.ok(lstatSync(sidecar()).isSymbolicLink());
    assert.match(readFileSync(join(dir, 'shared/target.yaml'), 'utf8'), /verdict: accurate/);
  });

  it('a sidecar over the size cap is not read (a clear error), the verdict kept pending', async () => {
    writeFileSync(sidecar(), 'version: 1\n' + '#'.repeat(5 * 1024 * 1024));
    const e = await refusal(record());
    assert.match(e.message, /5\.0 MB, over the 4\.0 MB limit/);
    assert.match(readFileSync(pending(), 'utf8'), /verdict: inaccurate/);
  });

  it('a verdict kept pending is added, and the pending file removed, once the sidecar is usable again', async () => {
    mkdirSync(sidecar());
    await refusal(record('misleading', 2));
    rmSync(sidecar(), { recursive: true });
    const r = await record('accurate', 0);
    assert.equal(r.pendingApplied, 1);
    const text = readFileSync(sidecar(), 'utf8');
    assert.match(text, /verdict: misleading/);
    assert.match(text, /verdict: accurate/);
    assert.deepEqual(readdirSync(dir).sort(), ['a.txt', 'a.txt.crosscheck.yaml']);
  });

  it('stale temporary files of a crashed write are removed; a live writer\'s are not', async () => {
    const dead = `.a.txt.crosscheck.yaml.999999999.0badcafe.tmp`;
    const live = `.a.txt.crosscheck.yaml.${process.pid}.0badcafe.tmp`;
    writeFileSync(join(dir, dead), 'half');
    writeFileSync(join(dir, live), 'ours, being written');
    await record();
    const left = readdirSync(dir);
    assert.ok(!left.includes(dead));
    assert.ok(left.includes(live));
  });

  it('a stale lock of a dead process is recovered at once; a live one is waited for', async () => {
    writeFileSync(`${article}.crosscheck.lock`, JSON.stringify({ pid: 999999999, host: require('node:os').hostname(), since: 'then' }));
    await record();
    assert.ok(!readdirSync(dir).includes('a.txt.crosscheck.lock'));
    const held = await nodeFileSystem.lock(`${article}.crosscheck.lock`);
    let done = false;
    const waiting = record('accurate', 1).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(done, false, 'waits for the holder');
    await held.release();
    await waiting;
    assert.match(readFileSync(sidecar(), 'utf8'), /verdict: accurate/);
  });

  it('a lock that cannot be taken (a read-only folder) loses nothing: the verdict is printed in full', async () => {
    const fs = { ...nodeFileSystem, lock: async (path: string) => Promise.reject(new FileAccessError(path, 'lock', 'permission denied (EACCES)', 'EACCES')) };
    const text = readFileSync(article, 'utf8');
    const claims = lineClaims(text);
    const e = await refusal(writeVerdict(fs, { articlePath: article, articleText: text, claims, claimId: claims[0].id, label: 'misleading', note: 'Two sources say six.', by: 'Jane', at: '2025-05-01T09:30:00Z' }));
    assert.equal(e.code, 'pending-failed');
    assert.match(e.message, /cannot lock: permission denied \(EACCES\)/);
    assert.match(e.message, /NOT saved anywhere/);
    for (const field of ['verdict: misleading', 'note: Two sources say six.', 'by: Jane', 'at: 2025-05-01T09:30:00Z', 'anchor:']) assert.ok(e.message.includes(field), field);
  });
});
