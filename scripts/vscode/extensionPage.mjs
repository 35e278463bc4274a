// Writes dist/extension-page.md, the page the Extensions view shows (`vsce package --readme-path`), from
// media/extension-page.md with each screenshot inlined as a data: URI. Why inlined: VS Code renders an
// installed extension's page in a webview whose policy is `img-src https: data:` with no base URL, so an image
// path inside the VSIX never shows, and an https address would need a published repository (and a network the
// newsroom may not have). Image paths in the source page are relative to it (screenshots/x.png), so it also
// reads right on its own.
//   node scripts/vscode/extensionPage.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO } from './codeServer.mjs';

const SOURCE = join(REPO, 'media/extension-page.md');
const OUT = join(REPO, 'dist/extension-page.md');

const page = readFileSync(SOURCE, 'utf8').replace(/!\[([^\]]*)\]\(([^)\s]+\.png)\)/g, (_, alt, src) => {
  if (/^[a-z]+:/i.test(src)) return `![${alt}](${src})`;
  const png = readFileSync(join(dirname(SOURCE), src));
  return `![${alt}](data:image/png;base64,${png.toString('base64')})`;
});
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, page);
console.log(`${OUT.slice(REPO.length + 1)}: ${(page.length / 1024).toFixed(0)} KB`);
