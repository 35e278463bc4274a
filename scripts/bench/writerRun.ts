// Runs writer processes at once (scripts/bench/concurrentWriter.ts) and counts what became of each verdict:
// shared by `npm run bench:writes` and the property test of concurrent writers.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachVerdicts } from '../../src/core/sidecar/anchoring/attachVerdicts';
import { readPendingVerdicts } from '../../src/core/sidecar/storage/pendingFile';
import { readSidecar } from '../../src/core/sidecar/storage/sidecarSnapshot';
import { LineIndex } from '../../src/core/text/lineIndex';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import type { WriteOutcome, WriteTask } from './concurrentWriter';
import { lineClaims } from './lineClaims';

const WRITER = join(__dirname, 'concurrentWriter.ts');
/** Writers run from the repository, where `--import tsx` resolves. */
const ROOT = join(__dirname, '../..');

export interface WriterExit {
  code: number | null;
  /** killed on purpose: its unreported verdicts were never claimed saved */
  killed?: boolean;
  stderr: string;
  outcomes: WriteOutcome[];
}

/**
 * Starts one process per task list, all at once, and waits for every one of them. `kill`: these writers are
 * killed with SIGKILL a few milliseconds after they report their `afterOutcomes`-th verdict — in the middle
 * of the next write, as often as not holding the lock (a crash that leaves a lock and a temporary file).
 */
export async function runWriters(workDir: string, writers: WriteTask[][], kill: { writers: number[]; afterOutcomes: number } = { writers: [], afterOutcomes: 0 }): Promise<WriterExit[]> {
  return Promise.all(
    writers.map((tasks, i) => {
      const file = join(workDir, `.writer-${i}.json`);
      writeFileSync(file, JSON.stringify(tasks));
      return new Promise<WriterExit>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        let reported = 0;
        if (kill.writers.includes(i)) {
          child.stdout.on('data', (d: Buffer) => {
            reported += d.toString().split('\n').length - 1;
            if (reported >= kill.afterOutcomes) setTimeout(() => child.kill('SIGKILL'), Math.random() * 40).unref();
          });
        }
        child.on('close', (code, signal) => {
          const outcomes = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as WriteOutcome);
          resolve({ code, stderr, outcomes, killed: signal === 'SIGKILL' });
        });
      });
    }),
  );
}

/** The labels on disk for each claim (line) of `article`: in the sidecar, and in its pending file. */
export async function verdictsOnDisk(article: string): Promise<{ sidecar: Map<number, string>; pending: Map<number, string>; broken: boolean }> {
  const text = readFileSync(article, 'utf8');
  const claims = lineClaims(text);
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const lines = new LineIndex(text);
  const read = await readSidecar(nodeFileSystem, article);
  const sidecar = new Map<number, string>();
  if (read.status === 'ok') {
    for (const [id, held] of attachVerdicts(text, claims, read.sidecar.data.verdicts, lines).byClaim) sidecar.set(index.get(id)!, held.verdict.label);
  }
  const pending = new Map<number, string>();
  const waiting = await readPendingVerdicts(nodeFileSystem, article);
  for (const [id, held] of attachVerdicts(text, claims, waiting, lines).byClaim) pending.set(index.get(id)!, held.verdict.label);
  return { sidecar, pending, broken: read.status === 'broken' };
}

export interface WriteCount {
  writes: number;
  /** the writer said saved, and the verdict is in the sidecar */
  saved: number;
  /** the writer said pending, and the verdict is in the pending file (or already in the sidecar) */
  pending: number;
  /** the writer printed it in full (nothing on disk) */
  printed: number;
  /** reported saved or pending, yet in neither file; or the writer never reported it */
  lost: number;
  /** verdicts a killed writer never reported (interrupted: nobody was told they were saved) */
  interrupted: number;
  crashedWriters: number;
  lostExamples: string[];
}

/** Counts the fate of each task; every task must be on a claim of its own (its label is then the expected one). */
export async function countWrites(writers: WriteTask[][], exits: WriterExit[]): Promise<WriteCount> {
  const count: WriteCount = { writes: 0, saved: 0, pending: 0, printed: 0, lost: 0, interrupted: 0, crashedWriters: exits.filter((e) => e.code !== 0 && !e.killed).length, lostExamples: [] };
  const disk = new Map<string, Awaited<ReturnType<typeof verdictsOnDisk>>>();
  for (const article of new Set(writers.flat().map((t) => t.article))) disk.set(article, await verdictsOnDisk(article));
  writers.forEach((tasks, w) => {
    const reported = new Map(exits[w].outcomes.map((o) => [`${o.article}#${o.claim}`, o]));
    for (const task of tasks) {
      count.writes++;
      const o = reported.get(`${task.article}#${task.claim}`);
      const onDisk = disk.get(task.article)!;
      const inSidecar = onDisk.sidecar.get(task.claim) === task.label;
      const inPending = onDisk.pending.get(task.claim) === task.label;
      if (o?.outcome === 'saved' && inSidecar) count.saved++;
      else if (o?.outcome === 'pending' && (inPending || inSidecar)) count.pending++;
      else if (o?.outcome === 'unsaved' && o.message?.includes(`verdict: ${task.label}`)) count.printed++;
      else if (!o && exits[w].killed) count.interrupted++;
      else {
        count.lost++;
        if (count.lostExamples.length < 5) count.lostExamples.push(`${task.article} claim ${task.claim} (${task.label}): writer said ${o?.outcome ?? 'nothing'}${o?.message ? ` — ${o.message.split('\n')[0]}` : ''}`);
      }
    }
  });
  return count;
}
