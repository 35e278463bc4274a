// The reviewed-story model (core/review/reviewedStory.ts) reads each sidecar once, places its blocks once per
// snapshot, and keeps what a write read back instead of reading again. Counted with hosts that count reads.
import assert from 'node:assert/strict';
import { ReviewedStory } from '../../src/core/review/reviewedStory';
import type { ReviewHost } from '../../src/core/review/reviewHost';
import type { SidecarFileSystem } from '../../src/core/sidecar/storage/sidecarFileSystem';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { loadVerdicts } from '../../src/cli/storyVerdicts';
import { MemoryFs } from './memoryFs';
import { SEED_FILES, seedText } from './seedStory';

/** Wraps a file system and counts the reads of each path. */
function counting(fs: SidecarFileSystem): { fs: SidecarFileSystem; reads: Map<string, number>; total(suffix: string): number } {
  const reads = new Map<string, number>();
  const wrapped: SidecarFileSystem = {
    readFile: (path, options) => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return fs.readFile(path, options);
    },
    stat: (path) => fs.stat(path),
    writeFileAtomic: (path, data, options) => fs.writeFileAtomic(path, data, options),
    deleteFile: (path) => fs.deleteFile(path),
    lock: (path) => fs.lock(path),
  };
  const total = (suffix: string) => [...reads].filter(([p]) => p.endsWith(suffix)).reduce((n, [, c]) => n + c, 0);
  return { fs: wrapped, reads, total };
}

const CNN = SEED_FILES.cnn;
const SIDECAR = `${CNN}.crosscheck.yaml`;
const PENDING = `${CNN}.crosscheck.pending.yaml`;
const clock = () => new Date('2025-05-01T09:30:00Z');

/** The seed story in memory, with a verdict and a dismissal already in the CNN article's sidecar. */
async function seededStory(): Promise<{ story: ReviewedStory; count: ReturnType<typeof counting> }> {
  const memory = new MemoryFs();
  const writer = new ReviewedStory({ files: memory, now: clock });
  for (const name of ['cnn', 'digest', 'abc'] as const) await writer.addArticle(SEED_FILES[name], seedText(name));
  const claims = writer.analysis(CNN)!.claims;
  await writer.recordVerdict({ file: CNN, claimId: claims[0].id, label: 'accurate', by: 'Dana' });
  await writer.dismissClaim(CNN, claims[2].id, 'Dana');
  const count = counting(memory);
  const story = new ReviewedStory({ files: count.fs, now: clock });
  for (const name of ['cnn', 'digest', 'abc'] as const) await story.addArticle(SEED_FILES[name], seedText(name));
  return { story, count };
}

describe('the reviewed-story model', () => {
  it('reads each sidecar once however often its articles are shown, listed and reported', async () => {
    const { story, count } = await seededStory();
    for (let i = 0; i < 3; i++) {
      for (const file of story.files()) {
        story.article(file);
        story.reportInput(file);
        await story.verdictListing(file);
      }
    }
    for (const name of ['cnn', 'digest', 'abc'] as const) {
      assert.equal(count.reads.get(`${SEED_FILES[name]}.crosscheck.yaml`), 1, `${name}'s sidecar`);
      assert.equal(count.reads.get(`${SEED_FILES[name]}.crosscheck.pending.yaml`), 1, `${name}'s pending file`);
    }
    const state = story.article(CNN)!;
    assert.equal(state.claims.filter((c) => c.verdict).length, 1);
    assert.equal(state.dismissed.length, 1);
  });

  it('places a sidecar’s verdicts once per article view, and not again until the text or the sidecar changes', async () => {
    const { story } = await seededStory();
    const before = story.anchorCount;
    story.article(CNN);
    assert.equal(story.anchorCount - before, 1, 'the first view places the verdicts (the dismissals were placed with the analysis)');
    story.article(CNN);
    story.reportInput(CNN);
    await story.verdictListing(CNN);
    await story.loadSidecar(CNN); // the watcher re-reads the same text: nothing to place again
    story.article(CNN);
    assert.equal(story.anchorCount - before, 1);
    story.setArticle(CNN, seedText('cnn') + '\nA new last line.');
    story.article(CNN);
    assert.equal(story.anchorCount - before, 3, 'an edit places dismissals and verdicts again, once each');
  });

  it('records a verdict with three reads of the sidecar (read, last look, read back) and one of the pending file', async () => {
    const { story, count } = await seededStory();
    count.reads.clear();
    const claim = story.article(CNN)!.claims.find((c) => !c.verdict)!.claim;
    await story.recordVerdict({ file: CNN, claimId: claim.id, label: 'misleading', note: 'six, not eight', by: 'Sam', sawSidecar: true });
    assert.equal(count.reads.get(SIDECAR), 3);
    assert.equal(count.reads.get(PENDING), 1);
    // the model shows what the write read back, without reading it again
    const shown = story.article(CNN)!.claims.find((c) => c.claim.id === claim.id)!;
    assert.deepEqual({ label: shown.verdict?.label, note: shown.verdict?.note, by: shown.verdict?.by }, { label: 'misleading', note: 'six, not eight', by: 'Sam' });
    assert.equal(count.reads.get(SIDECAR), 3);
  });

  it('a dismissal written is shown at once, with the read-back text and no read more', async () => {
    const { story, count } = await seededStory();
    count.reads.clear();
    const claim = story.article(CNN)!.claims[1].claim;
    await story.dismissClaim(CNN, claim.id, 'Sam');
    assert.equal(count.reads.get(SIDECAR), 3);
    assert.ok(story.article(CNN)!.dismissed.some((d) => d.claim.id === claim.id));
    assert.ok(!story.article(CNN)!.claims.some((c) => c.claim.id === claim.id));
  });
});

describe('the CLI’s story', () => {
  it('reads each sidecar of the story once, and each given article’s pending file once', async () => {
    const count = counting(nodeFileSystem);
    const host: ReviewHost = { files: count.fs, now: clock };
    const given: string[] = [...Object.values(SEED_FILES), 'samples/story/draft-atacms-explainer.md'];
    const { articles } = await loadVerdicts(given, { host });
    assert.equal(articles.length, 4);
    const sidecars = [...count.reads].filter(([p]) => p.endsWith('.crosscheck.yaml'));
    assert.equal(sidecars.length, 4);
    for (const [path, n] of sidecars) assert.equal(n, 1, path);
    assert.equal(count.total('.crosscheck.pending.yaml'), 4);
    // the draft's sidecar holds verdicts: they are placed
    assert.ok(articles.find((a) => a.file.endsWith('.md'))!.listing.attachment.byClaim.size > 0);
  });
});
