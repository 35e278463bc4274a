// `npm run bench:writes`: many writer processes record verdicts on the same articles at once, then every
// verdict is looked for on disk. Target (issue 13): 0 lost. Not a unit test: it takes a minute on 2 cores.
//   npm run bench:writes -- [--writes 1000] [--writers 20] [--articles 10] [--kill 5 [--kill-after 5]]
// --kill N: N writers are killed (SIGKILL) mid-write after their 5th verdict; their locks and temporary
// files must not block or break the others, and nothing they reported saved may be missing.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WriteTask } from './concurrentWriter';
import { lineArticle } from './lineClaims';
import { countWrites, runWriters } from './writerRun';

const LABELS = ['accurate', 'inaccurate', 'misleading', 'unsupported', 'needs-context', 'not-checkable'];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const writes = option('writes', 1000);
  const writerCount = option('writers', 20);
  const articleCount = option('articles', 10);
  const perArticle = Math.ceil(writes / articleCount);
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-writes-'));
  try {
    const articles: string[] = [];
    for (let a = 0; a < articleCount; a++) {
      const file = join(dir, `article-${a}.txt`);
      writeFileSync(file, lineArticle(a, perArticle));
      articles.push(file);
    }
    // Every write on a claim of its own, dealt round-robin so that each writer visits every article and all
    // writers are on the same sidecars at the same time.
    const writers: WriteTask[][] = Array.from({ length: writerCount }, () => []);
    for (let k = 0; k < writes; k++) {
      const article = k % articleCount;
      const claim = Math.floor(k / articleCount);
      writers[k % writerCount].push({ article: articles[article], claim, label: LABELS[(k * 7) % LABELS.length] });
    }
    const started = Date.now();
    const killCount = option('kill', 0);
    const kill = { writers: Array.from({ length: killCount }, (_, k) => (k * 7 + 3) % writerCount), afterOutcomes: option('kill-after', 5) };
    const exits = await runWriters(dir, writers, kill);
    const seconds = (Date.now() - started) / 1000;
    const count = await countWrites(writers, exits);
    const left = readdirSync(dir);
    const leftovers = `${left.filter((f) => f.endsWith('.tmp')).length} temporary, ${left.filter((f) => f.endsWith('.lock')).length} lock file(s)`;
    for (const e of exits) if (e.code !== 0) process.stderr.write(e.stderr);
    process.stdout.write(
      `concurrent writes: ${count.writes} verdicts by ${writerCount} processes on ${articleCount} articles in ${seconds.toFixed(1)} s\n` +
        `  saved and found in the sidecar: ${count.saved}\n` +
        `  kept pending and found there:   ${count.pending}\n` +
        `  printed in full (not on disk):  ${count.printed}\n` +
        (killCount ? `  interrupted by kill -9 (never reported): ${count.interrupted} (${exits.filter((e) => e.killed).length} writers killed)\n` : '') +
        `  LOST:                           ${count.lost}\n` +
        `  writer processes that crashed:  ${count.crashedWriters}\n` +
        `  left on disk: ${leftovers}${killCount ? ' (a killed writer\'s; the next write of that sidecar removes them)' : ''}\n` +
        count.lostExamples.map((l) => `    ${l}\n`).join(''),
    );
    process.exitCode = count.lost === 0 && count.crashedWriters === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
