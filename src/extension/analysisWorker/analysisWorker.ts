// Entry of the analysis worker thread (bundled as dist/analysisWorker.js): the host's requests in, states,
// replies and log lines out. An exception escaping here ends the thread; the host reports it and starts over.
import { parentPort } from 'node:worker_threads';
import type { Request } from './protocol';
import { WorkerStories } from './workerStories';

const port = parentPort;
if (!port) throw new Error('analysisWorker.js runs as a worker thread of the Crosscheck extension');
const stories = new WorkerStories((message) => port.postMessage(message));
port.on('message', (request: Request) => stories.receive(request));
