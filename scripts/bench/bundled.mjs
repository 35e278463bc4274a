// Runs a benchmark script as the extension and the CLI ship the engine: bundled by esbuild, not run from
// source under tsx. Under tsx every call from one module to a function of another goes through a getter
// (tsx turns each file into a CommonJS module whose exports are getters); the engine is many small modules
// calling each other per token, wink-nlp is one plain package, so the source run charged the engine alone
// (2–9 % of the full analysis in phases.ts, run both ways in one sitting). Usage:
//
//   node scripts/bench/bundled.mjs scripts/bench/run.ts [args…]      (npm run bench does this)
//
// The bundle goes to out/bench/, two folders below the repository like scripts/bench/, so the scripts' paths
// relative to their own folder (the samples, ../shared/eval) hold unchanged. The analysis worker the bench
// starts is the shipped one (dist/analysisWorker.js), built first.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, resolve } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) throw new Error('usage: node scripts/bench/bundled.mjs <script.ts> [args…]');
const root = resolve(import.meta.dirname, '../..');
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--production', '--only=extension'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const outfile = resolve(root, 'out/bench', basename(entry).replace(/\.ts$/, '.cjs'));
// the options of the shipped bundles (scripts/build.mjs --production): minified, function names kept
await build({ entryPoints: [resolve(root, entry)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, keepNames: true, logLevel: 'warning' });
// The bench's own flags: a 1 GiB heap (the 904-article story must fit in it) and gc() between runs.
const run = spawnSync(process.execPath, ['--max-old-space-size=1024', '--expose-gc', outfile, ...args], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
