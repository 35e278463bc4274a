// Random concurrent writer processes (not promises: separate Node processes, each with its own lock
// attempts) record verdicts on one article's sidecar at once; afterwards every verdict a writer reported
// saved is in the sidecar, every one reported pending is in the pending file, and nothing is lost.
// Small on purpose (a handful of runs of 2-3 processes): the 1,000-write measure is `npm run bench:writes`.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { WriteTask } from '../../scripts/bench/concurrentWriter';
import { lineArticle } from '../../scripts/bench/lineClaims';
import { countWrites, runWriters } from '../../scripts/bench/writerRun';

const CLAIMS = 8;
const LABELS = ['accurate', 'inaccurate', 'misleading', 'unsupported'];

describe('sidecar: concurrent writer processes (property)', function () {
  this.timeout(180_000);

  it('lose no verdict and report only what is on disk', async () => {
    // Each writer: a few distinct claims; claims are dealt so that no two writers share one (the expected
    // label of a claim is then known), while all of them write the same sidecar at the same time.
    const writersArb = fc
      .shuffledSubarray([...Array(CLAIMS).keys()], { minLength: 2, maxLength: CLAIMS })
      .chain((claims) =>
        fc.tuple(
          fc.constant(claims),
          fc.integer({ min: 2, max: Math.min(3, claims.length) }),
          fc.array(fc.constantFrom(...LABELS), { minLength: claims.length, maxLength: claims.length }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(writersArb, async ([claims, writerCount, labels]) => {
        const dir = mkdtempSync(join(tmpdir(), 'cc-concurrent-'));
        try {
          const article = join(dir, 'a.txt');
          writeFileSync(article, lineArticle(0, CLAIMS));
          const writers: WriteTask[][] = Array.from({ length: writerCount }, () => []);
          claims.forEach((claim, k) => writers[k % writerCount].push({ article, claim, label: labels[k] }));
          const exits = await runWriters(dir, writers);
          const count = await countWrites(writers, exits);
          assert.equal(count.crashedWriters, 0, exits.map((e) => e.stderr).join('\n'));
          assert.equal(count.lost, 0, count.lostExamples.join('\n'));
          assert.equal(count.saved, claims.length, 'with nothing broken, every verdict is saved in the sidecar');
          // no lock file, no temporary file left behind
          assert.deepEqual(readdirSync(dir).filter((f) => !f.startsWith('.writer-')).sort(), ['a.txt', 'a.txt.crosscheck.yaml']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 4, seed: 1302 }, // fixed: the same cases on every run
    );
  });
});
