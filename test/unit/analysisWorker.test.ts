// The analysis worker (src/extension/analysisWorker): states computed in the worker thread equal the engine's
// own, superseded text snapshots are never analysed and stale states are dropped on the host, and a failing
// request or a dying worker is reported rather than left waiting.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AnalysisClient } from '../../src/extension/analysisWorker/analysisClient';
import type { Request, WorkerMessage } from '../../src/extension/analysisWorker/protocol';
import { StateCache } from '../../src/extension/analysisWorker/stateCache';
import { WorkerStories } from '../../src/extension/analysisWorker/workerStories';
import { WorkerStory } from '../../src/extension/analysisWorker/workerStory';

const WORKER = resolve(__dirname, '../../src/extension/analysisWorker/analysisWorker.ts');

function sampleStory(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-worker-'));
  cpSync(resolve(__dirname, '../../samples/story'), dir, { recursive: true });
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join(dir, f));
  return { dir, files };
}

describe('analysis worker', function () {
  this.timeout(60000);

  it('gives the states the engine gives in the host, with their texts and line indexes', async () => {
    const { dir, files } = sampleStory();
    const changes: string[][] = [];
    const client = new AnalysisClient({ workerFile: WORKER, onStates: (_s, f) => changes.push(f), onLog: () => undefined, onCrash: () => undefined });
    try {
      await client.openStory({ story: 1, folder: dir, verdictLabels: [], titles: new Map() });
      await Promise.all(files.map((f) => client.setArticle(1, f, readFileSync(f, 'utf8'))));
      const engine = new WorkerStory(dir);
      for (const f of files) await engine.loadSidecar(f);
      for (const f of files) engine.setArticle(f, readFileSync(f, 'utf8'));
      const cache = client.cache(1)!;
      assert.deepEqual(cache.files(), files);
      for (const f of files) {
        const here = engine.article(f)!;
        const there = cache.state(f)!;
        assert.equal(there.text, here.text);
        // as plain data: a key whose value is undefined does not cross
        const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));
        assert.deepEqual(there.claims, plain(here.claims));
        assert.deepEqual(there.dismissed, plain(here.dismissed));
        assert.deepEqual(there.sidecar, plain(here.sidecar));
        assert.deepEqual(there.lines.positionAt(there.text.length), here.lines.positionAt(here.text.length));
        for (const c of there.claims) assert.deepEqual(cache.signals(f, c.claim.id), engine.scoreSignals(f, c.claim));
      }
      // the draft's sidecar holds a verdict: it reached the host through the worker
      assert.ok(files.some((f) => cache.state(f)!.claims.some((c) => c.verdict)));
      assert.ok(changes.flat().length >= files.length);
    } finally {
      client.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('records a verdict in the worker and sends the state that shows it', async () => {
    const { dir, files } = sampleStory();
    const client = new AnalysisClient({ workerFile: WORKER, onStates: () => undefined, onLog: () => undefined, onCrash: () => undefined });
    try {
      await client.openStory({ story: 7, folder: dir, verdictLabels: [], titles: new Map() });
      await Promise.all(files.map((f) => client.setArticle(7, f, readFileSync(f, 'utf8'))));
      const file = files.find((f) => f.endsWith('.txt'))!;
      const claim = client.cache(7)!.state(file)!.claims[0];
      const result = await client.request('recordVerdict', { story: 7, file, claimId: claim.claim.id, label: 'accurate', note: 'checked', by: 'Tester' });
      assert.deepEqual(result, { ok: true });
      const after = client.cache(7)!.state(file)!.claims.find((c) => c.claim.id === claim.claim.id)!;
      assert.equal(after.verdict?.label, 'accurate');
      assert.match(readFileSync(`${file}.crosscheck.yaml`, 'utf8'), /verdict: accurate/);
    } finally {
      client.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never analyses a snapshot superseded before its turn', async () => {
    const { dir, files } = sampleStory();
    const sent: WorkerMessage[] = [];
    const stories = new WorkerStories((m) => sent.push(m));
    // n replies, or 20 s (then the assertions below say what came)
    const replies = (n: number) =>
      new Promise<void>((done) => {
        const until = Date.now() + 20000;
        const timer = setInterval(() => {
          if (sent.filter((m) => m.kind === 'reply').length >= n || Date.now() > until) (clearInterval(timer), done());
        }, 5);
      });
    try {
      const file = files[0];
      const text = readFileSync(file, 'utf8');
      stories.receive({ id: 1, kind: 'openStory', story: 1, folder: dir, verdictLabels: [], titles: new Map() } as Request);
      stories.receive({ id: 2, kind: 'setArticle', story: 1, file, version: 1, text: `${text}\n\nOld words.` });
      stories.receive({ id: 3, kind: 'setArticle', story: 1, file, version: 2, text });
      await replies(3);
      const updates = sent.flatMap((m) => (m.kind === 'states' ? m.updates : []));
      assert.deepEqual(updates.map((u) => u.version), [2]);
      assert.deepEqual(sent.filter((m) => m.kind === 'reply').map((m) => m.id).sort(), [1, 2, 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drops a state computed from a text the host has replaced since', () => {
    const cache = new StateCache();
    const json = JSON.stringify({ file: 'a.txt', claims: [], dismissed: [], sidecar: { path: 'a.txt.crosscheck.yaml', issues: [], orphans: [], labels: [] }, signals: {} });
    cache.sending('a.txt', 1, 'old text');
    cache.sending('a.txt', 2, 'new text');
    assert.deepEqual(cache.accept([{ file: 'a.txt', version: 1, json }]), []);
    assert.equal(cache.state('a.txt'), undefined);
    assert.deepEqual(cache.accept([{ file: 'a.txt', version: 2, json }]), ['a.txt']);
    assert.equal(cache.state('a.txt')?.text, 'new text');
    // a newer text is on its way: the state shown keeps the text it was computed from
    cache.sending('a.txt', 3, 'newer text');
    assert.equal(cache.state('a.txt')?.text, 'new text');
  });

  it('rejects a request the worker cannot answer, with the worker\'s error', async () => {
    const client = new AnalysisClient({ workerFile: WORKER, onStates: () => undefined, onLog: () => undefined, onCrash: () => undefined });
    try {
      await assert.rejects(client.request('report', { story: 99 }), /story 99 is not loaded/);
    } finally {
      client.dispose();
    }
  });

  it('fails the waiting requests and says so when the worker dies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-worker-'));
    const broken = join(dir, 'broken.js');
    writeFileSync(broken, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom in the worker'); });");
    const crashes: Error[] = [];
    const client = new AnalysisClient({ workerFile: broken, onStates: () => undefined, onLog: () => undefined, onCrash: (e) => crashes.push(e) });
    try {
      await assert.rejects(client.request('dropStory', { story: 1 }), /boom in the worker/);
      assert.equal(crashes.length, 1);
      assert.match(crashes[0].message, /boom in the worker/);
    } finally {
      client.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
