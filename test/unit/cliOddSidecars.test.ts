// The commands on odd sidecar files, end to end: exit 4 and plain words, never a stack trace, never a hang,
// never a lost verdict (kept pending, or printed in full when even that cannot be written). The store's
// handling of every odd file (empty, comments only, `~`, read-only, symlink, too large, stale temporary and
// lock files) is tested without a CLI process in sidecarOddFiles.test.ts.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const ARTICLE = 'a.txt';
const SIDECAR = `${ARTICLE}.crosscheck.yaml`;
const PENDING = `${ARTICLE}.crosscheck.pending.yaml`;
const TEXT =
  'Officials said 1,200 people were evacuated from Kherson on Monday after the dam was destroyed.\n\n' +
  'Unemployment fell to 4.1 percent in March, the lowest level since 2008, the statistics office said.\n';

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

function articleDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-odd-'));
  writeFileSync(join(dir, ARTICLE), TEXT);
  return dir;
}

describe('crosscheck verdict on odd sidecar files', function () {
  this.timeout(120_000);
  let claim: string;
  before(() => {
    const out = JSON.parse(run(['analyze', ARTICLE, '--json'], articleDir()).stdout);
    claim = out.articles[0].claims.find((c: { text: string }) => c.text.includes('1,200')).id;
  });
  const verdict = (dir: string, label = 'inaccurate') => run(['verdict', ARTICLE, '--claim', claim, '--label', label, '--by', 'Test Reviewer'], dir);

  it('a sidecar that is a directory: exit 4 in plain words, the verdict kept pending', () => {
    const dir = articleDir();
    mkdirSync(join(dir, SIDECAR));
    const r = verdict(dir);
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, /is a directory, not a file/);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
    assert.match(readFileSync(join(dir, PENDING), 'utf8'), /verdict: inaccurate/);
    const listed = run(['verdicts', ARTICLE], dir);
    assert.equal(listed.code, 4);
  });

  it('a sidecar that is a FIFO: no hang, exit 4', function () {
    if (process.platform === 'win32') this.skip();
    const dir = articleDir();
    execFileSync('mkfifo', [join(dir, SIDECAR)]);
    const listed = run(['verdicts', ARTICLE], dir);
    assert.equal(listed.timedOut, false, 'verdicts hung on the FIFO');
    assert.equal(listed.code, 4);
    assert.match(listed.stderr, /named pipe \(FIFO\), not a file/);
    const r = verdict(dir);
    assert.equal(r.code, 4);
    assert.match(readFileSync(join(dir, PENDING), 'utf8'), /verdict: inaccurate/);
  });

  it('when neither the sidecar nor the pending file can be written, the verdict is printed in full', () => {
    const dir = articleDir();
    mkdirSync(join(dir, SIDECAR));
    mkdirSync(join(dir, PENDING));
    const r = verdict(dir);
    assert.equal(r.code, 4);
    assert.match(r.stderr, /NOT saved/);
    assert.match(r.stderr, /verdict: inaccurate/);
    assert.match(r.stderr, /by: Test Reviewer/);
    assert.match(r.stderr, /anchor:/);
  });

  it('analyze exits 4 on a broken sidecar; check --strict on a broken pending file or neighbour sidecar', () => {
    const dir = articleDir();
    writeFileSync(join(dir, SIDECAR), 'version: 1\nverdicts: [\n');
    assert.equal(run(['analyze', ARTICLE, '--no-memory'], dir).code, 4);

    const pendingBroken = articleDir();
    writeFileSync(join(pendingBroken, PENDING), 'verdicts: [\n');
    const strict = run(['check', ARTICLE, '--strict', '--require', 'contradicted'], pendingBroken);
    assert.equal(strict.code, 4, strict.stdout + strict.stderr);
    assert.match(strict.stderr, /pending\.yaml:\d+:\d+/);

    const neighbour = articleDir();
    writeFileSync(join(neighbour, 'b.txt'), 'Officials said 1,300 people were evacuated from Kherson on Monday.\n');
    writeFileSync(join(neighbour, 'b.txt.crosscheck.yaml'), 'version: 1\nverdicts: [\n');
    assert.equal(run(['check', ARTICLE, '--require', 'contradicted'], neighbour).code !== 4, true, 'without --strict a neighbour does not fail the gate');
    const r = run(['check', ARTICLE, '--strict', '--require', 'contradicted'], neighbour);
    assert.equal(r.code, 4, r.stdout + r.stderr);
    assert.match(r.stderr, /b\.txt\.crosscheck\.yaml:\d+:\d+/);
    assert.ok(!existsSync(join(neighbour, 'a.txt.crosscheck.lock')));
  });
});
