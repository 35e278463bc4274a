// `npm run bench:writes:cli`: the issue's reproduction with the real command line — one `crosscheck
// verdict` process per claim of an article of the sample story, all started at once, for several rounds
// on a fresh sidecar — then `crosscheck verdicts --json` counts what is in the sidecar.
//   npm run build && npm run bench:writes:cli -- [--rounds 6] [--article cnn-ukraine-fires-atacms.txt]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const LABELS = ['accurate', 'inaccurate', 'misleading', 'unsupported', 'needs-context', 'not-checkable'];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function cli(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function main(): Promise<void> {
  const rounds = Number(option('rounds', '6'));
  const article = option('article', 'cnn-ukraine-fires-atacms.txt');
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-cli-'));
  try {
    cpSync(join(ROOT, 'samples/story'), dir, { recursive: true });
    const analysis = JSON.parse(spawnSync(process.execPath, [CLI, 'analyze', article, '--json', '--no-memory'], { cwd: dir, encoding: 'utf8' }).stdout);
    const ids: string[] = analysis.articles[0].claims.map((c: { id: string }) => c.id);
    let written = 0;
    let saidSaved = 0;
    let found = 0;
    let lostAfterSaved = 0;
    const started = Date.now();
    for (let r = 0; r < rounds; r++) {
      rmSync(join(dir, `${article}.crosscheck.yaml`), { force: true });
      rmSync(join(dir, `${article}.crosscheck.pending.yaml`), { force: true });
      const runs = await Promise.all(ids.map((id, k) => cli(['verdict', article, '--claim', id, '--label', LABELS[(k + r) % LABELS.length], '--by', `writer ${k}`], dir)));
      const listed = JSON.parse((await cli(['verdicts', article, '--json', '--no-story'], dir)).stdout);
      const inSidecar = new Map<string, string>(listed.articles[0].claims.filter((c: { verdict?: unknown }) => c.verdict).map((c: { id: string; verdict: { label: string } }) => [c.id, c.verdict.label]));
      ids.forEach((id, k) => {
        written++;
        const saved = runs[k].code === 0;
        if (saved) saidSaved++;
        const there = inSidecar.get(id) === LABELS[(k + r) % LABELS.length];
        if (there) found++;
        else if (saved) lostAfterSaved++;
      });
    }
    const lost = written - found;
    process.stdout.write(
      `CLI concurrent writes: ${rounds} rounds × ${ids.length} \`crosscheck verdict\` processes at once on ${article}, ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        `  verdicts written: ${written}; exit 0: ${saidSaved}; in the sidecar afterwards: ${found}\n` +
        `  LOST: ${lost} (of which reported saved: ${lostAfterSaved})\n`,
    );
    process.exitCode = lost === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
