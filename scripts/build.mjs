// Bundles the CLI and the extension with esbuild into dist/. `vscode` is provided by the editor at run time.
// The extension is two bundles: extension.js (the VS Code adapter) and analysisWorker.js (the worker thread
// it starts, which runs the engine); `--only=extension` builds both.
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/extension/extension.ts', out: 'extension' },
  { in: 'src/extension/analysisWorker/analysisWorker.ts', out: 'analysisWorker', part: 'extension' },
].filter((e) => existsSync(e.in));
// `--only=extension` builds one bundle (the VS Code test runners need only the extension's)
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only) entries.splice(0, entries.length, ...entries.filter((e) => (e.part ?? e.out) === only));

for (const entry of entries) {
  const options = {
    entryPoints: { [entry.out]: entry.in },
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    sourcemap: production ? false : 'linked',
    minify: production,
    banner: entry.banner ? { js: entry.banner } : undefined,
    logLevel: 'warning',
    // wink's model and the Markdown parser are plain JS; keep names readable in stack traces.
    keepNames: true,
  };
  if (watch) {
    const { context } = await import('esbuild');
    const ctx = await context(options);
    await ctx.watch();
  } else {
    await build(options);
  }
  // The CLI is package.json's `bin`: npm runs it directly (`npx crosscheck`), so it must be executable.
  // npm links bins before `prepare` builds them, and esbuild writes files without the execute bit.
  if (entry.banner) chmodSync(`dist/${entry.out}.js`, 0o755);
}
