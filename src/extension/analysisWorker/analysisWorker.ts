// Entry of the analysis worker thread (bundled as dist/analysisWorker.js): the host's requests in, states,
// replies and log lines out. An exception escaping here ends the thread; the host reports it and starts over.
// The same script runs the thread that reads a story's next articles while this one analyses (readChunks).
import { parentPort } from 'node:worker_threads';
import { isWinkReaderThread, serveWinkReads, startWinkReader } from '../../node/winkReaderThread';
import type { Request } from './protocol';
import { WorkerStories } from './workerStories';

if (isWinkReaderThread()) serveWinkReads();
else {
  const port = parentPort;
  if (!port) throw new Error('analysisWorker.js runs as a worker thread of the Crosscheck extension');
  const stories = new WorkerStories((message) => port.postMessage(message), () => startWinkReader(__filename));
  port.on('message', (request: Request) => stories.receive(request));
}
