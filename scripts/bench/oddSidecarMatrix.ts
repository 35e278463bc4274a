// `npm run bench:odd-sidecars`: every command against every odd sidecar file, as the hostile probe
// did; prints the exit codes and fails on a crash (exit 70, a stack trace), a hang, a lost verdict or an
// overwritten read-only file. A matrix to read, not a unit test (it runs ~100 CLI processes).
//   npm run build && npm run bench:odd-sidecars
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const A = 'a.txt';
const SIDECAR = `${A}.crosscheck.yaml`;
const PENDING = `${A}.crosscheck.pending.yaml`;
const TEXT =
  'Officials said 1,200 people were evacuated from Kherson on Monday after the dam was destroyed.\n\n' +
  'Unemployment fell to 4.1 percent in March, the lowest level since 2008, the statistics office said.\n';

type Setup = (dir: string) => void;
const write = (content: string | Uint8Array): Setup => (dir) => writeFileSync(join(dir, SIDECAR), content);
const KINDS: Record<string, Setup> = {
  absent: () => undefined,
  empty: write(''),
  'comments only': write('# verdicts\n'),
  '~': write('~\n'),
  'broken YAML': write('version: 1\nverdicts: [\n'),
  'conflict markers': write('version: 1\n<<<<<<< HEAD\nverdicts: []\n=======\n>>>>>>> x\n'),
  'bad values': write('version: 1\nverdicts:\n  - claim: x\n    verdict: 123\n    at: yesterday\n'),
  binary: write(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0x00])),
  'UTF-16': write(new Uint8Array([0xff, 0xfe, 0x76, 0, 0x3a, 0])),
  'over 4 MB': write('version: 1\n' + '#'.repeat(5 * 1024 * 1024) + '\n'),
  directory: (dir) => mkdirSync(join(dir, SIDECAR)),
  FIFO: (dir) => spawnSync('mkfifo', [join(dir, SIDECAR)]),
  'read-only': (dir) => {
    writeFileSync(join(dir, SIDECAR), 'version: 1\nverdicts: []\n');
    chmodSync(join(dir, SIDECAR), 0o444);
  },
  immutable: (dir) => {
    writeFileSync(join(dir, SIDECAR), 'version: 1\nverdicts: []\n');
    spawnSync('chattr', ['+i', join(dir, SIDECAR)]);
  },
  symlink: (dir) => {
    writeFileSync(join(dir, 'target.yaml'), 'version: 1\nverdicts: []\n');
    symlinkSync('target.yaml', join(dir, SIDECAR));
  },
  'dangling symlink': (dir) => symlinkSync('missing/target.yaml', join(dir, SIDECAR)),
  'directory + pending directory': (dir) => {
    mkdirSync(join(dir, SIDECAR));
    mkdirSync(join(dir, PENDING));
  },
};

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? ''), hung: r.error !== undefined };
}

function main(): void {
  const probe = mkdtempSync(join(tmpdir(), 'cc-odd-matrix-'));
  writeFileSync(join(probe, A), TEXT);
  const analysis = spawnSync(process.execPath, [CLI, 'analyze', A, '--json', '--no-memory'], { cwd: probe, encoding: 'utf8' });
  const claim = JSON.parse(analysis.stdout).articles[0].claims[0].id;
  rmSync(probe, { recursive: true, force: true });
  const commands: Record<string, string[]> = {
    analyze: ['analyze', A, '--no-memory'],
    verdicts: ['verdicts', A],
    check: ['check', A, '--strict'],
    export: ['export', A],
    report: ['report', A, '--no-memory'],
    verdict: ['verdict', A, '--claim', claim, '--label', 'inaccurate', '--by', 'Probe'],
    dismiss: ['dismiss', A, '--claim', claim, '--by', 'Probe'],
  };
  let failures = 0;
  process.stdout.write(`${'sidecar'.padEnd(30)}${Object.keys(commands).map((c) => c.padEnd(9)).join('')}\n`);
  for (const [kind, setup] of Object.entries(KINDS)) {
    const cells: string[] = [];
    for (const [name, args] of Object.entries(commands)) {
      const dir = mkdtempSync(join(tmpdir(), 'cc-odd-matrix-'));
      writeFileSync(join(dir, A), TEXT);
      setup(dir);
      const before = existsSync(join(dir, SIDECAR)) && kind === 'read-only' ? readFileSync(join(dir, SIDECAR), 'utf8') : undefined;
      const r = run(args, dir);
      const problems: string[] = [];
      if (r.hung) problems.push('HANG');
      if (r.code === 70 || /\n\s+at .+:\d+:\d+/.test(r.out)) problems.push('CRASH');
      if (name === 'verdict' && r.code !== 0) {
        const pending = (() => {
          try {
            return readFileSync(join(dir, PENDING), 'utf8');
          } catch {
            return '';
          }
        })();
        if (!pending.includes('verdict: inaccurate') && !/NOT saved[\s\S]*verdict: inaccurate/.test(r.out)) problems.push('LOST');
      }
      if (before !== undefined && readFileSync(join(dir, SIDECAR), 'utf8') !== before) problems.push('OVERWRITTEN');
      spawnSync('chattr', ['-i', join(dir, SIDECAR)]);
      rmSync(dir, { recursive: true, force: true });
      failures += problems.length;
      cells.push((problems.length ? problems.join('+') : String(r.code)).padEnd(9));
    }
    process.stdout.write(`${kind.padEnd(30)}${cells.join('')}\n`);
  }
  process.stdout.write(`\n${failures} crash(es), hang(s), lost or overwritten; exit codes otherwise (0 ok, 1 check failed, 4 sidecar problem)\n`);
  process.exitCode = failures ? 1 : 0;
}

main();
