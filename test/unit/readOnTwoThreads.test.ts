// Loading a story on two threads (core/readChunks.ts, core/nlp/winkColumns.ts, node/winkReaderThread.ts): wink's
// read of an article made by another thread and handed over packed gives the analysis of the article read here,
// every chunk is read once by one of the threads and handed out in order, a failing thread costs only time, and
// the analysis worker and the CLI load a story so with the same result as on one thread.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { scoredBlocks } from '../../src/core/analyzeArticle';
import { articleWinkRead } from '../../src/core/nlp/sentences';
import { articleColumns, packColumns, unpackColumns, type WinkColumns } from '../../src/core/nlp/winkColumns';
import { readChunks, THREAD_CHUNKS, type ArticleToRead, type ColumnReader } from '../../src/core/readChunks';
import { READ_AHEAD_ARTICLES } from '../../src/core/readAhead';
import { blocksOf, formatOf } from '../../src/core/segment/blocksOf';
import { StoryIndex } from '../../src/core/story/storyIndex';
import type { Request, WorkerMessage } from '../../src/extension/analysisWorker/protocol';
import { WorkerStories } from '../../src/extension/analysisWorker/workerStories';
import { startWinkReader } from '../../src/node/winkReaderThread';
import { fncBodies, seedStory, type BenchArticle } from '../../scripts/bench/corpus';

// three chunks and a half: the first read here, the others by whichever thread takes them first
const bodies = fncBodies().slice(0, READ_AHEAD_ARTICLES * 3 + 10);
const toRead = (a: BenchArticle): ArticleToRead => ({ text: a.text, format: formatOf(a.file) });

function view(story: StoryIndex, list: BenchArticle[]): string {
  return JSON.stringify(list.map((a) => ({ analysis: story.analysis(a.file), relations: story.relations(a.file) })));
}

function oneThread(list: BenchArticle[]): StoryIndex {
  const story = new StoryIndex();
  for (const a of list) story.setArticle(a.file, a.text);
  return story;
}

/** A story loaded as the worker and the CLI load one: chunk by chunk from readChunks, what was read handed over. */
async function loaded(list: BenchArticle[], open: (() => ColumnReader | undefined) | undefined, failed: (err: unknown) => void = (err) => assert.fail(String(err)), fromThread = { articles: 0 }): Promise<StoryIndex> {
  const story = new StoryIndex();
  for await (const { items, reads } of readChunks(list, toRead, open, failed)) {
    fromThread.articles += [...reads.values()].filter((r) => r.columns).length;
    story.readAhead(items.map((a) => ({ ...a, read: reads.get(a) })));
    for (const a of items) story.setArticle(a.file, a.text);
    assert.equal(story.readAheadWaiting, 0, 'every article took what was read of it');
  }
  return story;
}

/**
 * A reading "thread" in this one: it takes chunks as the real one does (the shared claim counter) and hands each
 * over as a message would come, a turn of the event loop later. `failAfter`: it fails after that many chunks.
 */
function fakeReader(counts: { chunks: number[] }, failAfter = Infinity): ColumnReader {
  let closed = false;
  return {
    readChunks(chunks, claims, delivered, failed) {
      let served = 0;
      const step = () => {
        if (closed) return;
        const k = Atomics.add(claims, 0, 1);
        if (k >= chunks.length) return;
        // a chunk taken and never handed over: this thread must read it
        if (served === failAfter) return void setImmediate(() => failed(new Error('the fake thread fell over')));
        counts.chunks.push(k);
        const reads = chunks[k].map((a) => articleColumns(a.text, a.format));
        served++;
        setImmediate(() => (delivered(k, structuredClone(reads)), setImmediate(step)));
      };
      setImmediate(step);
    },
    close: () => void (closed = true),
  };
}

describe('loading a story on two threads', function () {
  this.timeout(120000);

  it("hands wink's read of an article over packed, giving the blocks and scores of the article read here", () => {
    const texts = [...seedStory(), ...bodies.slice(0, 15)];
    for (const a of texts) {
      for (const format of ['plaintext', 'markdown'] as const) {
        const read = articleWinkRead(a.text, blocksOf(a.text, format));
        if (!read) continue;
        const columns = structuredClone(packColumns(read)) as WinkColumns; // as it crosses to the other thread
        const { spaces, ...asked } = read; // readArticle reads no spaces
        assert.equal(spaces, undefined);
        assert.deepEqual(unpackColumns(columns), asked, `${a.file} (${format})`);
        const here = JSON.stringify(scoredBlocks(a.text, format));
        assert.equal(JSON.stringify(scoredBlocks(a.text, format, undefined, unpackColumns(columns))), here, `${a.file} (${format})`);
        // with the sentences' scores made there (one too few: made here)
        const thread = structuredClone(articleColumns(a.text, format)!);
        assert.ok(thread.scores.length > 0);
        assert.equal(JSON.stringify(scoredBlocks(a.text, format, undefined, unpackColumns(thread), thread.scores)), here, `${a.file} (${format}), scores given`);
        assert.equal(JSON.stringify(scoredBlocks(a.text, format, undefined, unpackColumns(thread), thread.scores.subarray(1))), here);
      }
    }
    assert.equal(articleColumns('One paragraph only, read block by block.', 'plaintext'), undefined);
  });

  it("checks a read made elsewhere against the article's text: the read of another text gives the article's own analysis", () => {
    const [a, b] = bodies;
    const other = unpackColumns(articleColumns(b.text, 'plaintext')!);
    assert.equal(JSON.stringify(scoredBlocks(a.text, 'plaintext', undefined, other)), JSON.stringify(scoredBlocks(a.text, 'plaintext')));
  });

  it('hands the chunks out in order, the other thread reading each at most once: the story of one thread', async () => {
    const counts = { chunks: [] as number[] };
    const story = await loaded(bodies, () => fakeReader(counts));
    assert.equal(view(story, bodies), view(oneThread(bodies), bodies));
    assert.ok(counts.chunks.length > 0, 'the other thread read some chunks');
    assert.ok(!counts.chunks.includes(0), 'the first chunk is read here');
    assert.equal(new Set(counts.chunks).size, counts.chunks.length, 'no chunk read twice by the other thread');
  });

  it('reads here what a failing thread had not handed over, and says why once', async () => {
    const failures: unknown[] = [];
    const story = await loaded(bodies, () => fakeReader({ chunks: [] }, 0), (err) => failures.push(err));
    assert.equal(failures.length, 1);
    assert.match(String(failures[0]), /fell over/);
    assert.equal(view(story, bodies), view(oneThread(bodies), bodies));
  });

  it('starts no other thread for a story of fewer than THREAD_CHUNKS chunks (what starting it costs is not won back)', async () => {
    let opened = 0;
    const few = bodies.slice(0, READ_AHEAD_ARTICLES * (THREAD_CHUNKS - 1));
    const story = await loaded(few, () => (opened++, fakeReader({ chunks: [] })));
    assert.equal(opened, 0);
    assert.equal(view(story, few), view(oneThread(few), few));
  });

  it("gives the same story with the real reading thread (the analysis worker's script), kept for the next load", async () => {
    const script = resolve(__dirname, 'analysisWorkerThread.cjs');
    const expected = view(oneThread(bodies), bodies);
    assert.equal(view(await loaded(bodies, () => startWinkReader(script)), bodies), expected, 'first load');
    // That load may be over before the thread has started (wink's model, and here tsx compiling the source): the
    // kept thread is asked for one read and answers before the next load.
    const kept = startWinkReader(script)!;
    await new Promise<void>((done, fail) => kept.readChunks([[{ text: 'One.\n\nTwo.', format: 'plaintext' }]], new Int32Array(new SharedArrayBuffer(4)), () => done(), fail));
    kept.close();
    const fromThread = { articles: 0 };
    assert.equal(view(await loaded(bodies, () => startWinkReader(script), undefined, fromThread), bodies), expected, 'second load');
    assert.ok(fromThread.articles > 0, 'the kept thread read some articles');
  });

  it('is how the analysis worker loads a story: the published states are those of one thread', async () => {
    const run = async (openReader?: () => ColumnReader | undefined) => {
      const sent: WorkerMessage[] = [];
      const stories = new WorkerStories((m) => sent.push(m), openReader);
      stories.receive({ id: 1, kind: 'openStory', story: 1, folder: resolve('/tmp/crosscheck-two-threads'), verdictLabels: [], titles: new Map() } as Request);
      bodies.forEach((a, k) => stories.receive({ id: 2 + k, kind: 'setArticle', story: 1, file: resolve('/tmp/crosscheck-two-threads', a.file), version: 1, text: a.text }));
      const until = Date.now() + 60000;
      while (sent.filter((m) => m.kind === 'reply').length < bodies.length + 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      return sent.filter((m) => m.kind !== 'reply');
    };
    const counts = { chunks: [] as number[] };
    const two = await run(() => fakeReader(counts));
    assert.ok(counts.chunks.length > 0, 'the other thread read some chunks');
    const states = (messages: WorkerMessage[]) => messages.filter((m) => m.kind !== 'log');
    const one = await run();
    assert.deepEqual(states(two), states(one));
    // one line in the log per story loaded: how long it took, and how many articles the second thread read
    const logged = (messages: WorkerMessage[]) => messages.flatMap((m) => (m.kind === 'log' ? [`${m.level}: ${m.message}`] : []));
    // (an article of a single paragraph is read here: articleColumns reads none)
    const [line] = logged(two);
    assert.equal(logged(two).length, 1);
    const read = Number(new RegExp(`^info: analysed ${bodies.length} articles in \\d+ ms \\((\\d+) read on a second thread\\)$`).exec(line)?.[1]);
    assert.ok(read > 0 && read <= counts.chunks.length * READ_AHEAD_ARTICLES, line);
    assert.deepEqual(logged(one).map((l) => l.replace(/in \d+ ms/, 'in … ms')), [`info: analysed ${bodies.length} articles in … ms (0 read on a second thread)`]);
  });
});
