// The thread that reads a story's articles with wink while the analysing thread analyses the ones read before
// (core/readChunks.ts): started from an entry script of the bundle (the analysis worker's, the CLI's), which
// checks isWinkReaderThread() first and then serves reads instead of doing its own job.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { articleColumns, type WinkColumns } from '../core/nlp/winkColumns';
import type { ArticleToRead, ColumnReader } from '../core/readChunks';

const ROLE = 'crosscheck:wink-reader';
/**
 * An idle reading thread is kept this long for the next story loaded: starting one (its script, wink's model)
 * takes ~0.5 s, and its code is compiled anew; the thread does not keep the process alive meanwhile.
 */
const IDLE_MS = 60_000;

interface ReadRequest {
  load: number;
  chunks: ArticleToRead[][];
  /** Int32Array over it: the next chunk no thread has taken */
  claims: SharedArrayBuffer;
}
type ReadReply = { load: number } & ({ chunk: number; reads: (WinkColumns | undefined)[] } | { error: string } | { end: true });

/** Whether this thread was started as the reading thread (the entry script then calls serveWinkReads). */
export function isWinkReaderThread(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

let kept: WinkReaderThread | undefined;

/**
 * The reading thread for one story's load, running `script` (an entry that serves reads when
 * isWinkReaderThread()): the one kept from the last load when it is idle, else a new one. Undefined on a machine
 * with a single core (a second thread would only take turns with the first) or while another load uses it.
 */
export function startWinkReader(script: string): ColumnReader | undefined {
  if (availableParallelism() < 2) return undefined;
  if (!kept || kept.dead || kept.script !== script) {
    kept?.terminate();
    kept = new WinkReaderThread(script);
  }
  return kept.startLoad();
}

class WinkReaderThread {
  private readonly worker: Worker;
  dead = false;
  private loads = 0;
  /** the load being served, if any */
  private current: { load: number; delivered: (chunk: number, reads: (WinkColumns | undefined)[]) => void; failed: (err: unknown) => void } | undefined;
  private busy = false;
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly script: string) {
    this.worker = new Worker(script, { workerData: { role: ROLE } });
    this.worker.on('message', (reply: ReadReply) => {
      const current = this.current;
      if (!current || reply.load !== current.load) return; // a load given up on
      if ('chunk' in reply) current.delivered(reply.chunk, reply.reads);
      else if ('error' in reply) this.fail(new Error(`the reading thread failed: ${reply.error}`));
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`the reading thread stopped (exit code ${code})`)));
  }

  startLoad(): ColumnReader | undefined {
    if (this.busy) return undefined;
    this.busy = true;
    clearTimeout(this.idle);
    this.worker.ref();
    const load = ++this.loads;
    return {
      readChunks: (chunks, claims, delivered, failed) => {
        this.current = { load, delivered, failed };
        this.worker.postMessage({ load, chunks, claims: claims.buffer as SharedArrayBuffer } satisfies ReadRequest);
      },
      close: () => {
        if (this.loads !== load || !this.busy) return;
        this.busy = false;
        this.current = undefined;
        // kept for the next load, without keeping the process alive
        this.worker.unref();
        this.idle = setTimeout(() => this.terminate(), IDLE_MS);
        this.idle.unref();
      },
    };
  }

  terminate(): void {
    this.dead = true;
    this.current = undefined;
    clearTimeout(this.idle);
    void this.worker.terminate();
  }

  private fail(err: unknown): void {
    if (this.dead) return;
    const current = this.current;
    this.terminate();
    current?.failed(err);
  }
}

/**
 * The reading thread's side: for each load, takes the chunks no thread has taken yet, one after the other, and
 * hands over each one's reads (articleColumns), their arrays moved, not copied.
 */
export function serveWinkReads(): void {
  const port = parentPort;
  if (!port) throw new Error('serveWinkReads runs in the reading thread');
  port.on('message', ({ load, chunks, claims }: ReadRequest) => {
    try {
      const next = new Int32Array(claims);
      for (let k = Atomics.add(next, 0, 1); k < chunks.length; k = Atomics.add(next, 0, 1)) {
        const reads = chunks[k].map((a) => articleColumns(a.text, a.format));
        const moved = reads.flatMap((r) => (r ? [r.wordLengths, r.values, r.normals, r.pos, r.kinds, r.negations, r.sentences, r.entitySpans, r.scores].map((a) => a.buffer as ArrayBuffer) : []));
        port.postMessage({ load, chunk: k, reads } satisfies ReadReply, moved);
      }
      port.postMessage({ load, end: true } satisfies ReadReply);
    } catch (err) {
      port.postMessage({ load, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies ReadReply);
    }
  });
}
