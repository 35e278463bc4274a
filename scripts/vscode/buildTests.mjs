// Bundles the extension-host test suite (test/vscode/**) into out/test/: index.js (the entry VS Code loads)
// plus one file per *.test.ts. `vscode` comes from the extension host, mocha from node_modules.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './codeServer.mjs';

const suiteDir = join(REPO, 'test/vscode/suite');
const entryPoints = { index: join(REPO, 'test/vscode/index.ts') };
for (const f of readdirSync(suiteDir)) {
  if (f.endsWith('.test.ts')) entryPoints[`suite/${f.replace(/\.ts$/, '')}`] = join(suiteDir, f);
}

rmSync(join(REPO, 'out/test'), { recursive: true, force: true });
await build({
  entryPoints,
  outdir: join(REPO, 'out/test'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
