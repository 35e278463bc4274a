import type { ParsedBlock } from './nlp/sentences';
import type { WinkColumns } from './nlp/winkColumns';
import { scoredBlocks } from './analyzeArticle';
import { READ_AHEAD_ARTICLES } from './readAhead';
import type { ArticleFormat } from './segment/blocksOf';

/** An article for another thread to read (articleColumns), in the format its story reads it in. */
export interface ArticleToRead {
  text: string;
  format: ArticleFormat;
}

/** What was read of an article before its analysis: by another thread (wink's columns) or by this one (its blocks). */
export type ReadBefore = { format: ArticleFormat; columns: WinkColumns; blocks?: undefined } | { format: ArticleFormat; blocks: ParsedBlock[]; columns?: undefined };

/**
 * Another thread reading a story's chunks of articles with wink (node/winkReaderThread.ts). It takes chunk after
 * chunk by `Atomics.add(claims, 0, 1)` (the number of the next chunk no thread has taken: this one takes chunks
 * the same way) and hands each over (`delivered`, each article's columns, undefined for one read block by block)
 * until none is left, or stops with `failed`. `close` ends it.
 */
export interface ColumnReader {
  readChunks(chunks: ArticleToRead[][], claims: Int32Array, delivered: (chunk: number, reads: (WinkColumns | undefined)[]) => void, failed: (err: unknown) => void): void;
  close(): void;
}

/**
 * The other thread is started for a story of at least this many chunks (100 articles): starting it (its script,
 * wink's model) takes ~0.5 s of the other core and ~90 MB, which a smaller story's load does not win back.
 */
export const THREAD_CHUNKS = 4;

/** A chunk of a story being loaded, with what was read of its articles before (those that needed reading). */
export interface ReadChunk<T> {
  items: T[];
  reads: Map<T, ReadBefore>;
}

/**
 * A story's articles being loaded, READ_AHEAD_ARTICLES at a time and in order, each chunk read before it is handed
 * out: by another thread (`open`, started only for a story of THREAD_CHUNKS chunks or more, closed at the end) or by this
 * one. Both take the chunks still unread from the front, so neither waits while one is left: this thread reads the
 * first while the other starts (loading wink's model takes it ~0.5 s), and whenever the chunk it needs next is not
 * in yet. Once the other thread fails (`failed` is told why, once), this one reads what it had not handed over.
 * `toRead`: what of an item is read, undefined for an item that needs no reading (an article its story holds).
 *
 * Why: wink's pass and the scoring are ~1.7× the bare wink pass of a story's load and need nothing of the story:
 * on a second core they overlap with the analysis of the articles read before (README, Benchmark).
 */
export async function* readChunks<T>(
  items: readonly T[],
  toRead: (item: T) => ArticleToRead | undefined,
  open: (() => ColumnReader | undefined) | undefined,
  failed: (err: unknown) => void,
): AsyncGenerator<ReadChunk<T>> {
  const chunks: T[][] = [];
  for (let k = 0; k < items.length; k += READ_AHEAD_ARTICLES) chunks.push(items.slice(k, k + READ_AHEAD_ARTICLES));
  const asked = chunks.map((chunk) => chunk.flatMap((item) => {
    const article = toRead(item);
    return article ? [{ item, article }] : [];
  }));
  const done: (Map<T, ReadBefore> | undefined)[] = chunks.map(() => undefined);
  const handedOut: boolean[] = chunks.map(() => false);
  let delivered = 0;
  const readHere = (k: number) => {
    const reads = new Map<T, ReadBefore>();
    for (const { item, article } of asked[k]) reads.set(item, { format: article.format, blocks: scoredBlocks(article.text, article.format) });
    done[k] = reads;
  };
  // the number of the next chunk no thread has taken: shared with the other thread (none where memory cannot be)
  const shared = typeof SharedArrayBuffer === 'function';
  const claims = shared ? new Int32Array(new SharedArrayBuffer(4)) : new Int32Array(1);
  const claim = () => Atomics.add(claims, 0, 1);
  let reader = chunks.length >= THREAD_CHUNKS && shared ? open?.() : undefined;
  let wake: (() => void) | undefined;
  const woken = () => new Promise<void>((resolve) => (wake = resolve));
  try {
    if (reader) {
      claim(); // the first chunk is this thread's, read below while the other one starts
      reader.readChunks(
        asked.map((list) => list.map((a) => a.article)),
        claims,
        (k, reads) => {
          delivered++;
          if (done[k] || handedOut[k]) return; // read here meanwhile
          const columns = new Map<T, ReadBefore>();
          asked[k].forEach(({ item, article }, i) => reads[i] && columns.set(item, { format: article.format, columns: reads[i]! }));
          done[k] = columns;
          wake?.();
        },
        (err) => {
          if (reader) failed(err);
          reader?.close();
          reader = undefined;
          wake?.();
        },
      );
      readHere(0);
    }
    for (let k = 0; k < chunks.length; k++) {
      while (!done[k]) {
        // Not in yet: read the next chunk no one has taken; when the other thread has them all, wait for it, once
        // it has handed one over. Before that it is still starting or reading its first chunk with code not yet
        // compiled (several times slower): read this one here too, and drop its read when it comes.
        const next = reader ? claim() : k;
        if (next < chunks.length) readHere(next === k || !reader ? k : next);
        else if (delivered === 0) readHere(k);
        else {
          await woken();
          continue;
        }
        // let the other thread's deliveries in between (they come as messages)
        if (reader) await new Promise<void>((resolve) => setImmediate(resolve));
      }
      yield { items: chunks[k], reads: done[k]! };
      done[k] = undefined; // handed out: its blocks are the story's now
      handedOut[k] = true;
    }
  } finally {
    reader?.close();
  }
}
