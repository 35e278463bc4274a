import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The verdict commands as a newsroom script runs them: the built CLI, on a copy of the seed story.
const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const ABC = 'abc-us-approves-atacms.txt';

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function seedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cc-verdicts-'));
  for (const f of ['cnn-ukraine-fires-atacms.txt', 'digest-1000th-day-strike.txt', ABC]) copyFileSync(join(ROOT, 'samples/story', f), join(dir, f));
  return dir;
}

function eightClaimId(dir: string): string {
  const out = JSON.parse(run(['analyze', ABC, '--json'], dir).stdout);
  return out.articles[0].claims.find((c: { text: string }) => c.text.includes('eight ATACMS missiles')).id;
}

describe('crosscheck verdict, verdicts, check, export', function () {
  // Several CLI processes per test, each loading the language model: on a busy 2-core machine that is
  // more than mocha's default allows.
  this.timeout(120_000);
  it('the CI gate fails on contradicted claims without a verdict and passes once they have one', () => {
    const dir = seedCopy();
    const before = run(['check', ABC], dir);
    assert.equal(before.code, 1);
    assert.match(before.stdout + before.stderr, /contradicted claim has no verdict/);
    const analysis = JSON.parse(run(['analyze', ABC, '--json'], dir).stdout);
    const needing = analysis.articles[0].claims.filter((c: { status: string }) => c.status === 'contradicted' || c.status === 'disputed');
    assert.ok(needing.length > 0);
    for (const c of needing) {
      const r = run(['verdict', ABC, '--claim', c.id, '--label', 'inaccurate', '--note', 'Two sources say six.', '--by', 'Test Reviewer'], dir);
      assert.equal(r.code, 0, r.stderr);
    }
    const after = run(['check', ABC], dir);
    assert.equal(after.code, 0, after.stdout + after.stderr);
  });

  it('writes a readable sidecar, lists it, includes it in analyze --json and exports ClaimReview', () => {
    const dir = seedCopy();
    const id = eightClaimId(dir);
    assert.equal(run(['verdict', ABC, '--claim', id, '--label', 'inaccurate', '--note', 'Two sources say six.\nRussia says six.', '--by', 'Test Reviewer'], dir).code, 0);
    const sidecar = readFileSync(join(dir, `${ABC}.crosscheck.yaml`), 'utf8');
    assert.match(sidecar, /^version: 1/m);
    assert.match(sidecar, /verdict: inaccurate/);
    assert.match(sidecar, /note: \|-?\n\s+Two sources say six\.\n\s+Russia says six\./, 'a multi-line note is a block scalar');
    assert.match(sidecar, /eight ATACMS missiles/);
    const listed = JSON.parse(run(['verdicts', ABC, '--json'], dir).stdout);
    assert.ok(JSON.stringify(listed).includes('inaccurate'));
    const analysis = JSON.parse(run(['analyze', ABC, '--json'], dir).stdout);
    const eight = analysis.articles[0].claims.find((c: { id: string }) => c.id === id);
    assert.deepEqual([eight.verdict.label, eight.verdict.by], ['inaccurate', 'Test Reviewer']);
    const exported = JSON.parse(run(['export', ABC, '--claimreview'], dir).stdout);
    assert.ok(JSON.stringify(exported).includes('ClaimReview'));
  });

  it('keeps the verdict attached when the article is edited elsewhere', () => {
    const dir = seedCopy();
    const id = eightClaimId(dir);
    run(['verdict', ABC, '--claim', id, '--label', 'inaccurate', '--by', 'Test Reviewer'], dir);
    const path = join(dir, ABC);
    writeFileSync(path, 'Updated 10:00 GMT with a new first paragraph.\n' + readFileSync(path, 'utf8').replace('The arsenal is considered', 'The arsenal is widely considered'));
    const analysis = JSON.parse(run(['analyze', ABC, '--json'], dir).stdout);
    const eight = analysis.articles[0].claims.find((c: { text: string }) => c.text.includes('eight ATACMS missiles'));
    assert.equal(eight.verdict?.label, 'inaccurate');
  });

  it('never overwrites a broken sidecar: error with file:line:col, exit 4, the new verdict kept pending', () => {
    const dir = seedCopy();
    const id = eightClaimId(dir);
    const sidecar = join(dir, `${ABC}.crosscheck.yaml`);
    const broken = 'version: 1\nverdicts:\n<<<<<<< HEAD\n  - verdict: accurate\n=======\n  - verdict: misleading\n>>>>>>> theirs\n';
    writeFileSync(sidecar, broken);
    const r = run(['verdict', ABC, '--claim', id, '--label', 'inaccurate', '--by', 'Test Reviewer'], dir);
    assert.equal(r.code, 4);
    assert.match(r.stderr, new RegExp(`${ABC.replace(/\./g, '\\.')}\\.crosscheck\\.yaml:3:\\d+`));
    assert.equal(readFileSync(sidecar, 'utf8'), broken, 'the broken sidecar is untouched');
    const pending = join(dir, `${ABC}.crosscheck.pending.yaml`);
    assert.ok(existsSync(pending) && readFileSync(pending, 'utf8').includes('inaccurate'), 'the verdict is kept');
  });
});
