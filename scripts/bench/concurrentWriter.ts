// One writer process of the concurrent-writes benchmark (and of its property test): records the verdicts
// it is given, one after the other, through the real store and the Node host (lock files included), and
// prints one JSON line per verdict: saved, kept pending, or not saved at all.
//   node --import tsx scripts/bench/concurrentWriter.ts TASKS.json
import { readFileSync } from 'node:fs';
import { SidecarError } from '../../src/core/sidecar/storage/sidecarError';
import { writeVerdict } from '../../src/core/review/verdictWrite';
import { verdictTimestamp } from '../../src/core/sidecar/storage/isoTimestamp';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { lineClaims } from './lineClaims';

export interface WriteTask {
  article: string;
  /** index of the claim (line) in the article */
  claim: number;
  label: string;
}

export interface WriteOutcome extends WriteTask {
  outcome: 'saved' | 'pending' | 'unsaved';
  message?: string;
}

async function main(): Promise<void> {
  const tasks = JSON.parse(readFileSync(process.argv[2], 'utf8')) as WriteTask[];
  const texts = new Map<string, string>();
  for (const task of tasks) {
    let text = texts.get(task.article);
    if (text === undefined) texts.set(task.article, (text = readFileSync(task.article, 'utf8')));
    const claims = lineClaims(text);
    let out: WriteOutcome;
    try {
      await writeVerdict(nodeFileSystem, {
        articlePath: task.article,
        articleText: text,
        claims,
        claimId: claims[task.claim].id,
        label: task.label,
        by: `writer ${process.pid}`,
        at: verdictTimestamp(),
      });
      out = { ...task, outcome: 'saved' };
    } catch (e) {
      if (!(e instanceof SidecarError)) throw e;
      out = { ...task, outcome: e.pendingPath ? 'pending' : 'unsaved', message: e.message };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

main().catch((e) => {
  process.stderr.write(`writer ${process.pid}: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 70;
});
