// The sidecar store against an in-memory file system: format, article order, minimal diffs, hand edits
// kept, line endings/BOM/mode kept, broken files never written (verdict kept pending), changes on disk
// merged by claim or refused.
import assert from 'node:assert/strict';
import type { Claim } from '../../src/core/model';
import { claimIds } from '../../src/core/claims/claimId';
import type { SidecarFileSystem } from '../../src/core/sidecar/storage/sidecarFileSystem';
import { MemoryLocks } from './memoryLock';
import { SidecarError } from '../../src/core/sidecar/storage/sidecarError';
import { writeVerdict, type RecordVerdictRequest } from '../../src/core/review/verdictWrite';
import { readSidecar } from '../../src/core/sidecar/storage/sidecarSnapshot';
import { attachVerdicts } from '../../src/core/sidecar/anchoring/attachVerdicts';
import { LineIndex } from '../../src/core/text/lineIndex';
import { parseSidecar } from '../../src/core/sidecar/storage/sidecarDocument';

class MemoryFs implements SidecarFileSystem {
  files = new Map<string, { text: string; mode: number }>();
  writes: string[] = [];
  /** called on every read: lets a test change the file "on disk" between the store's read and write */
  onRead?: (path: string, count: number) => void;
  private reads = 0;
  async readFile(path: string) {
    this.onRead?.(path, this.reads++);
    const f = this.files.get(path);
    return f ? new TextEncoder().encode(f.text) : undefined;
  }
  async stat(path: string) {
    const f = this.files.get(path);
    return f ? { mtimeMs: 0, size: f.text.length, mode: f.mode } : undefined;
  }
  async writeFileAtomic(path: string, data: Uint8Array, options?: { mode?: number }) {
    this.writes.push(path);
    this.files.set(path, { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(data), mode: options?.mode ?? 0o644 });
  }
  async deleteFile(path: string) {
    this.files.delete(path);
  }
  readonly locks = new MemoryLocks();
  lock(path: string) {
    return this.locks.lock(path);
  }
  text(path: string) {
    return this.files.get(path)?.text;
  }
}

/** Every sentence is a claim: enough for the store, and independent of the claim detector. */
function sentenceClaims(text: string): Claim[] {
  const spans = [...text.matchAll(/[^\s][^.!?]*[.!?]/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const ids = claimIds(spans.map((s) => text.slice(s.start, s.end)));
  return spans.map((span, i) => ({ id: ids[i], text: text.slice(span.start, span.end), span, score: 1, facts: [], sentence: i, origin: 'detected' }));
}

const ARTICLE = 'story/a.md';
const SIDECAR = 'story/a.md.crosscheck.yaml';
const PENDING = 'story/a.md.crosscheck.pending.yaml';
const TEXT =
  'The ministry said 1,200 people were evacuated on Monday. Officials said the dam was built in 1962.\n\n' +
  'Unemployment fell to 4.1 percent in March, the lowest level since 2008.\n';

/** The sidecar's verdicts placed on the claims of `text`. */
async function placed(fs: SidecarFileSystem, text: string) {
  const read = await readSidecar(fs, ARTICLE);
  assert.equal(read.status, 'ok');
  return { attachment: attachVerdicts(text, sentenceClaims(text), read.status === 'ok' ? read.sidecar.data.verdicts : [], new LineIndex(text)) };
}

function request(text: string, index: number, label: string, extra: Partial<RecordVerdictRequest> = {}): RecordVerdictRequest {
  const claims = sentenceClaims(text);
  return { articlePath: ARTICLE, articleText: text, claims, claimId: claims[index].id, label, by: 'Jane Doe', at: '2025-05-01T09:30:00Z', ...extra };
}

describe('sidecar store', () => {
  it('writes a new sidecar in the documented shape, LF, one block per claim in article order', async () => {
    const fs = new MemoryFs();
    await writeVerdict(fs, request(TEXT, 2, 'accurate', { note: 'BLS table A-1.\nChecked twice.' }));
    const r = await writeVerdict(fs, request(TEXT, 0, 'Misleading'));
    assert.equal(r.action, 'added');
    const out = fs.text(SIDECAR)!;
    assert.ok(!out.includes('\r'));
    assert.match(out, /^version: 1$/m);
    assert.match(out, /^article: a\.md$/m);
    assert.ok(out.indexOf('1,200 people') < out.indexOf('Unemployment'), 'article order');
    assert.match(out, /verdict: misleading/);
    assert.match(out, /note: \|-?\n\s+BLS table A-1\.\n\s+Checked twice\./);
    assert.match(out, /line: 3/);
    const parsed = parseSidecar(out);
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.data.verdicts.length, 2);
  });

  it('changing one verdict changes only that block’s lines; re-recording the same changes nothing', async () => {
    const fs = new MemoryFs();
    for (const i of [0, 1, 2]) await writeVerdict(fs, request(TEXT, i, 'accurate'));
    const before = fs.text(SIDECAR)!.split('\n');
    const writes = fs.writes.length;
    assert.equal((await writeVerdict(fs, request(TEXT, 1, 'accurate'))).action, 'unchanged');
    assert.equal(fs.writes.length, writes);
    await writeVerdict(fs, request(TEXT, 1, 'inaccurate', { at: '2025-05-02T10:00:00Z' }));
    const after = fs.text(SIDECAR)!.split('\n');
    assert.equal(after.length, before.length);
    const changed = after.map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0);
    assert.deepEqual(changed.map((i) => after[i].trim()), ['verdict: inaccurate', 'at: 2025-05-02T10:00:00Z']);
  });

  it('keeps hand edits: comments, unknown fields, a changed note, reordered blocks', async () => {
    const fs = new MemoryFs();
    for (const i of [0, 2]) await writeVerdict(fs, request(TEXT, i, 'accurate'));
    const parsed = parseSidecar(fs.text(SIDECAR)!);
    assert.ok(parsed.ok);
    // Hand edit: swap the two blocks, add a comment, an unknown field and a note.
    const lines = fs.text(SIDECAR)!.trimEnd().split('\n');
    const [first, second] = lines.flatMap((l, i) => (l.startsWith('  - claim') ? [i] : []));
    const block = (from: number, to: number) => lines.slice(from, to).join('\n').trim();
    let edited = [lines.slice(0, first).join('\n'), '  ' + block(second, lines.length), '', '  ' + block(first, second)].join('\n') + '\n';
    edited = edited.replace('verdict: accurate', 'verdict: accurate # per the BLS\n    ticket: NEWS-42\n    note: Called the press office.');
    fs.files.set(SIDECAR, { text: edited, mode: 0o600 });
    await writeVerdict(fs, request(TEXT, 1, 'unsupported'));
    const out = fs.text(SIDECAR)!;
    assert.match(out, /# per the BLS/);
    assert.match(out, /ticket: NEWS-42/);
    assert.match(out, /note: Called the press office\./);
    assert.ok(out.indexOf('Unemployment') < out.indexOf('1,200 people'), 'the hand order is kept');
    assert.equal(fs.files.get(SIDECAR)!.mode, 0o600, 'mode kept');
  });

  it('keeps CRLF line endings and a BOM', async () => {
    const fs = new MemoryFs();
    await writeVerdict(fs, request(TEXT, 0, 'accurate'));
    fs.files.set(SIDECAR, { text: '\ufeff' + fs.text(SIDECAR)!.replace(/\n/g, '\r\n'), mode: 0o644 });
    await writeVerdict(fs, request(TEXT, 2, 'accurate', { note: 'two\nlines' }));
    const out = fs.text(SIDECAR)!;
    assert.ok(out.startsWith('\ufeff'));
    assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, 'only CRLF');
  });

  it('never writes a broken sidecar: file:line:col error, verdict kept pending, applied after the fix', async () => {
    const fs = new MemoryFs();
    await writeVerdict(fs, request(TEXT, 0, 'accurate'));
    const good = fs.text(SIDECAR)!;
    const broken = good.replace('verdict: accurate', 'verdict: [accurate');
    fs.files.set(SIDECAR, { text: broken, mode: 0o644 });
    await assert.rejects(writeVerdict(fs, request(TEXT, 2, 'misleading')), (e: SidecarError) => {
      assert.equal(e.code, 'broken');
      assert.match(e.message, /^story\/a\.md\.crosscheck\.yaml:\d+:\d+: /);
      assert.match(e.message, /kept in story\/a\.md\.crosscheck\.pending\.yaml/);
      return true;
    });
    assert.equal(fs.text(SIDECAR), broken, 'untouched');
    assert.match(fs.text(PENDING)!, /verdict: misleading/);
    // The user fixes the file; the next verdict brings the pending one in and removes the pending file.
    fs.files.set(SIDECAR, { text: good, mode: 0o644 });
    const r = await writeVerdict(fs, request(TEXT, 1, 'accurate'));
    assert.equal(r.pendingApplied, 1);
    assert.equal(fs.text(PENDING), undefined);
    const listing = await placed(fs, TEXT);
    assert.deepEqual(listing.attachment.placements.map((p) => p.verdict.label), ['accurate', 'accurate', 'misleading']);
  });

  it('refuses a sidecar with git conflict markers, a custom tag or a newer version', async () => {
    const fs = new MemoryFs();
    await writeVerdict(fs, request(TEXT, 0, 'accurate'));
    const good = fs.text(SIDECAR)!;
    const cases: [string, RegExp][] = [
      [good.replace('    verdict: accurate\n', '<<<<<<< HEAD\n    verdict: accurate\n=======\n    verdict: misleading\n>>>>>>> theirs\n'), /:\d+:1: git conflict marker/],
      [good.replace('verdict: accurate', 'verdict: !!js/function "x"'), /Unresolved tag/],
      [good.replace('version: 1', 'version: 2'), /:\d+:\d+: version 2 was written by a newer Crosscheck/],
    ];
    for (const [text, message] of cases) {
      fs.files.set(SIDECAR, { text, mode: 0o644 });
      await assert.rejects(writeVerdict(fs, request(TEXT, 2, 'accurate')), message);
      assert.equal(fs.text(SIDECAR), text);
    }
  });

  it('caps aliases', () => {
    const bomb = 'version: 1\na: &a [x, x, x]\nb: &b [' + Array(60).fill('*a').join(',') + ']\nc: [' + Array(60).fill('*b').join(',') + ']\n';
    const parsed = parseSidecar(bomb);
    assert.ok(!parsed.ok);
    assert.equal(parsed.problems[0].code, 'ALIAS_LIMIT');
  });

  it('merges a change made on disk since it was read, by claim; refuses one to the same claim', async () => {
    const fs = new MemoryFs();
    await writeVerdict(fs, request(TEXT, 0, 'accurate'));
    const base = { path: SIDECAR, text: fs.text(SIDECAR) };
    // Someone else records a verdict on another claim (e.g. arrives with `git pull`).
    await writeVerdict(fs, request(TEXT, 2, 'unsupported', { by: 'Sam' }));
    const r = await writeVerdict(fs, request(TEXT, 1, 'accurate', { base }));
    assert.equal(r.merged, true);
    assert.match(fs.text(SIDECAR)!, /unsupported/);
    // …and now someone changes claim 0's verdict while we were looking at the old one.
    const base2 = { path: SIDECAR, text: fs.text(SIDECAR) };
    await writeVerdict(fs, request(TEXT, 0, 'inaccurate', { by: 'Sam' }));
    const theirs = fs.text(SIDECAR);
    await assert.rejects(writeVerdict(fs, request(TEXT, 0, 'misleading', { base: base2 })), (e: SidecarError) => e.code === 'conflict' && !!e.pendingPath);
    assert.equal(fs.text(SIDECAR), theirs, 'not clobbered');
  });

  it('redoes the edit on top of a write that lands between its read and its write', async () => {
    const fs = new MemoryFs();
    await writeVerdict(fs, request(TEXT, 0, 'accurate'));
    const other = new MemoryFs();
    other.files = new Map(fs.files);
    await writeVerdict(other, request(TEXT, 2, 'unsupported', { by: 'Sam' }));
    const theirs = other.text(SIDECAR)!;
    let done = false;
    fs.onRead = (path) => {
      if (path === SIDECAR && !done && fs.writes.length === 1) {
        // the first read of this write sees the old file; the check before writing sees theirs
        fs.onRead = () => {
          if (!done) fs.files.set(SIDECAR, { text: theirs, mode: 0o644 });
          done = true;
        };
      }
    };
    const r = await writeVerdict(fs, request(TEXT, 1, 'misleading'));
    assert.equal(r.merged, true);
    const out = fs.text(SIDECAR)!;
    assert.match(out, /unsupported/);
    assert.match(out, /misleading/);
  });

  it('keeps a verdict whose claim is gone as an orphan, and writes around it', async () => {
    const fs = new MemoryFs();
    for (const i of [0, 1]) await writeVerdict(fs, request(TEXT, i, 'accurate'));
    const edited = TEXT.replace(' Officials said the dam was built in 1962.', '');
    await writeVerdict(fs, request(edited, 1, 'needs-context'));
    const listing = await placed(fs, edited);
    const statuses = listing.attachment.placements.map((p) => p.status);
    assert.deepEqual(statuses.sort(), ['attached', 'attached', 'orphaned']);
    assert.match(fs.text(SIDECAR)!, /dam was built in 1962/);
  });

  it('rejects an unknown label or claim without touching anything', async () => {
    const fs = new MemoryFs();
    await assert.rejects(writeVerdict(fs, request(TEXT, 0, 'probably')), /unknown verdict "probably"; use one of: accurate,/);
    await assert.rejects(writeVerdict(fs, { ...request(TEXT, 0, 'accurate'), claimId: 'cdeadbeef' }), /no claim "cdeadbeef"/);
    assert.equal(fs.writes.length, 0);
  });
});
