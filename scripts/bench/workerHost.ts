// The extension host's side of the analysis worker, timed as the extension runs it (src/extension/analysisWorker):
// the worker analyses; this thread sends texts, takes the states and reads them as the views do. Two figures:
// - the longest stall of this thread's event loop while a 100-article story is analysed in the worker (every
//   state read on arrival, as Problems and the Claims view do), and
// - hover latency on a 200,000-character article while the worker re-analyses it after a one-word edit: from
//   the moment a hover is due to its answer (the claim from the cached state, then the verdict memory's and the
//   mentions' lookups as the hover makes them: CardLookups, which never waits behind an analysis). The card's
//   Markdown is not built (it needs vscode): string work on the claim found.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { AnalysisClient } from '../../src/extension/analysisWorker/analysisClient';
import { CardLookups } from '../../src/extension/analysisWorker/cardLookups';
import type { StoryId } from '../../src/extension/analysisWorker/protocol';
import type { BenchArticle } from './corpus';

// Bundled (scripts/bench/bundled.mjs, as npm run bench runs it): the shipped worker, which bundled.mjs builds;
// from source under tsx: the worker's source.
const WORKER = __filename.endsWith('.cjs') ? resolve(__dirname, '../../dist/analysisWorker.js') : resolve(__dirname, '../../src/extension/analysisWorker/analysisWorker.ts');
const now = () => performance.now();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
}

/** the articles written to a temporary folder (the worker reads the sidecars beside them, as in the editor) */
function onDisk(articles: BenchArticle[]): { dir: string; files: BenchArticle[] } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const files = articles.map((a) => ({ file: join(dir, a.file), text: a.text }));
  for (const f of files) {
    mkdirSync(dirname(f.file), { recursive: true });
    writeFileSync(f.file, f.text);
  }
  return { dir, files };
}

/** The longest gap between turns of this thread's event loop while `work` runs (a 0 ms timer, re-armed). */
async function longestStall(work: () => Promise<void>): Promise<number> {
  let last = now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const t = now();
    longest = Math.max(longest, t - last);
    last = t;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  await work();
  running = false;
  tick();
  return longest;
}

function client(onStates: (story: StoryId) => void): AnalysisClient {
  return new AnalysisClient({ workerFile: WORKER, onStates, onLog: () => undefined, onCrash: (e) => console.error(e) });
}

/** Median over `runs` of the host's longest stall while the story is analysed in the worker. */
export async function workerStall(articles: BenchArticle[], runs: number): Promise<number> {
  const { dir, files } = onDisk(articles);
  let story: StoryId = 0;
  // as the views: on every update, every article's state is read (Problems, the Claims view)
  const c = client((id) => {
    const cache = c.cache(id)!;
    for (const f of cache.files()) cache.state(f);
  });
  const stalls: number[] = [];
  try {
    // warm-up: the worker loads the model
    await c.openStory({ story: ++story, folder: dir, verdictLabels: undefined, titles: new Map() });
    await c.setArticle(story, files[0].file, files[0].text);
    for (let r = 0; r < runs; r++) {
      const id = ++story;
      stalls.push(
        await longestStall(async () => {
          await c.openStory({ story: id, folder: dir, verdictLabels: undefined, titles: new Map() });
          await Promise.all(files.map((f) => c.setArticle(id, f.file, f.text)));
        }),
      );
      await c.dropStory(id);
    }
  } finally {
    c.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  return median(stalls);
}

/**
 * Hovers on the long article (the last of `articles`) while the worker re-analyses it after a one-word edit:
 * a hover every 10 ms from the edit until the worker has answered, `edits` edits. Median and longest in ms,
 * and how many hovers were timed.
 */
export async function hoverWhileAnalysing(articles: BenchArticle[], edits: number): Promise<{ medianMs: number; maxMs: number; hovers: number }> {
  const { dir, files } = onDisk(articles);
  const long = files[files.length - 1];
  const c = client(() => undefined);
  const latencies: number[] = [];
  try {
    await c.openStory({ story: 1, folder: dir, verdictLabels: undefined, titles: new Map() });
    await Promise.all(files.map((f) => c.setArticle(1, f.file, f.text)));
    await c.request('memoryBuild', { sidecars: [] });
    const cache = c.cache(1)!;
    const claims = cache.state(long.file)!.claims;
    if (!claims.length) throw new Error('the long article has no claims');
    const lookups = new CardLookups(c);
    const hover = async (offset: number) => {
      const info = cache.state(long.file)?.claims.find((x) => x.claim.span.start <= offset && offset <= x.claim.span.end);
      // as the card asks them: the verdict memory, and the mentions of a claim nothing relates to
      if (info) await Promise.all([lookups.priorVerdicts(1, long.file, info.claim.id), info.mentions ?? lookups.mentions(1, long.file, info.claim.id)]);
    };
    for (let e = 0; e < edits; e++) {
      const text = long.text;
      const at = text.indexOf(' ', Math.floor(text.length * ((e + 1) / (edits + 1))));
      const edited = `${text.slice(0, at)} reportedly${text.slice(at)}`;
      let analysing = true;
      const done = c.setArticle(1, long.file, edited).then(() => (analysing = false));
      const pending: Promise<void>[] = [];
      for (let i = 0; analysing; i++) {
        const due = now() + 10;
        await new Promise((r) => setTimeout(r, 10));
        if (!analysing) break;
        const claim = claims[(i * 7919 + e) % claims.length].claim;
        pending.push(hover((claim.span.start + claim.span.end) >> 1).then(() => void latencies.push(now() - due)));
      }
      await Promise.all([done, ...pending]);
      await c.setArticle(1, long.file, text);
    }
  } finally {
    c.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  return { medianMs: median(latencies), maxMs: Math.max(...latencies), hovers: latencies.length };
}
