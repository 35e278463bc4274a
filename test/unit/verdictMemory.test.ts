// Verdict memory: verdicts of other articles' sidecars offered on matching claims, with the engine's own
// matching; only confident matches; kept current one sidecar at a time; fast on 1,000 sidecars.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VerdictMemory } from '../../src/core/memory/verdictMemory';
import { parseSidecar } from '../../src/core/sidecar/storage/sidecarDocument';
import type { StoredVerdict } from '../../src/core/sidecar/storage/sidecarSchema';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { SEED_FILES, seedText } from './seedStory';

const DRAFT = 'samples/story/draft-atacms-explainer.md';

function draftVerdicts(): StoredVerdict[] {
  const parsed = parseSidecar(readFileSync(join(__dirname, '../..', `${DRAFT}.crosscheck.yaml`), 'utf8'));
  assert.ok(parsed.ok);
  return parsed.sidecar.data.verdicts;
}

function verdict(claim: string, label: string, note?: string): StoredVerdict {
  return { index: 0, line: 1, column: 1, claim, label, ...(note && { note }), anchor: { before: '', after: '' } };
}

function seedStory(): StoryIndex {
  const story = new StoryIndex();
  for (const name of ['abc', 'cnn', 'digest'] as const) story.setArticle(SEED_FILES[name], seedText(name));
  return story;
}

function priorOf(memory: VerdictMemory, story: StoryIndex, file: string, words: string) {
  const claim = story.indexedClaims(file).find((c) => c.claim.text.includes(words));
  assert.ok(claim, words);
  return memory.lookup(claim, file);
}

describe('verdict memory', () => {
  it('offers the draft’s verdicts on the claims of other articles that repeat them', () => {
    const memory = new VerdictMemory();
    memory.setSidecar(DRAFT, draftVerdicts());
    const story = seedStory();
    const eight = priorOf(memory, story, SEED_FILES.abc, 'deploying eight ATACMS missiles');
    assert.deepEqual(eight.map((p) => [p.file, p.label]), [[DRAFT, 'misleading']]);
    assert.match(eight[0].note!, /Defense Ministry says six/);
    // The same sentence in another desk's sidecar: the best match there is.
    const copy = new VerdictMemory();
    const lavrov = story.indexedClaims(SEED_FILES.cnn).find((c) => c.claim.text.includes('Sergey Lavrov stated'))!;
    copy.setSidecar('desk/lavrov.md', [verdict(lavrov.claim.text, 'accurate')]);
    assert.deepEqual(copy.lookup(lavrov, SEED_FILES.cnn).map((p) => [p.label, p.score]), [['accurate', 1]]);
  });

  it('never links on a shared name or a contradicting count, and never offers a claim’s own article', () => {
    const memory = new VerdictMemory();
    memory.setSidecar(DRAFT, draftVerdicts());
    const story = seedStory();
    // Names Russia, Ukraine and the missiles, but says six where the verdict's claim says eight.
    assert.deepEqual(priorOf(memory, story, SEED_FILES.cnn, 'Ukraine launched six'), []);
    assert.deepEqual(priorOf(memory, story, SEED_FILES.abc, 'Matt Miller'), []);
    const own = new VerdictMemory();
    own.setSidecar(SEED_FILES.abc, [verdict(story.analysis(SEED_FILES.abc)!.claims[3].text, 'accurate')]);
    assert.deepEqual(own.lookup(story.indexedClaims(SEED_FILES.abc)[3], SEED_FILES.abc), []);
    // Only a name in common with a verdict's claim: nothing.
    const names = new VerdictMemory();
    names.setSidecar('other/a.txt', [verdict('Russia and Ukraine held talks in Geneva about grain exports.', 'accurate')]);
    assert.deepEqual(priorOf(names, story, SEED_FILES.abc, 'deploying eight ATACMS missiles'), []);
  });

  it('is kept current one sidecar at a time', () => {
    const memory = new VerdictMemory();
    const story = seedStory();
    const words = 'Ukraine fired eight ATACMS missiles at an arsenal near Karachev in the Bryansk region on Tuesday.';
    memory.setSidecar('desk/a.md', [verdict(words, 'inaccurate', 'six, per CNN')]);
    memory.setSidecar('desk/b.md', [verdict('The weather in Kyiv was mild this week.', 'accurate')]);
    assert.equal(priorOf(memory, story, SEED_FILES.abc, 'deploying eight ATACMS missiles')[0]?.label, 'inaccurate');
    memory.setSidecar('desk/a.md', [verdict(words, 'misleading')]);
    assert.equal(priorOf(memory, story, SEED_FILES.abc, 'deploying eight ATACMS missiles')[0]?.label, 'misleading');
    memory.removeSidecar('desk/a.md');
    assert.deepEqual(priorOf(memory, story, SEED_FILES.abc, 'deploying eight ATACMS missiles'), []);
    assert.deepEqual([memory.sidecarCount, memory.size], [1, 1]);
  });

  it('stays fast on 1,000 sidecars (build, one-sidecar update and lookups are measured and printed)', function () {
    this.timeout(120_000);
    const memory = new VerdictMemory();
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) memory.setSidecar(`ws/story-${i}/article.md`, syntheticVerdicts(i));
    const built = performance.now() - t0;
    const words = 'Ukraine fired eight ATACMS missiles at an arsenal near Karachev in the Bryansk region on Tuesday.';
    const t1 = performance.now();
    memory.setSidecar('ws/story-500/article.md', [...syntheticVerdicts(500), verdict(words, 'inaccurate')]);
    const updated = performance.now() - t1;
    const story = seedStory();
    const claims = [SEED_FILES.abc, SEED_FILES.cnn, SEED_FILES.digest].flatMap((f) => story.indexedClaims(f).map((c) => ({ c, f })));
    const t2 = performance.now();
    let found = 0;
    for (const { c, f } of claims) found += memory.lookup(c, f).length;
    const perLookup = (performance.now() - t2) / claims.length;
    assert.equal(memory.sidecarCount, 1000);
    assert.ok(found >= 1);
    assert.equal(priorOf(memory, story, SEED_FILES.abc, 'deploying eight ATACMS missiles')[0]?.file, 'ws/story-500/article.md');
    console.log(`      verdict memory: ${memory.size} verdicts in 1,000 sidecars built in ${built.toFixed(0)} ms; one sidecar updated in ${updated.toFixed(1)} ms; lookup ${perLookup.toFixed(2)} ms per claim (${claims.length} claims)`);
  });
});

// Three verdicts per sidecar over a varied vocabulary: events, places, counts and bodies of a news desk.
const PLACES = ['Kharkiv', 'Odesa', 'Lviv', 'Gaza', 'Rafah', 'Khartoum', 'Caracas', 'Manila', 'Taipei', 'Lagos', 'Quito', 'Dhaka', 'Nairobi', 'Ankara', 'Tbilisi', 'Yerevan'];
const BODIES = ['the health ministry', 'the central bank', 'the electoral commission', 'police', 'the army', 'the UN agency', 'the finance ministry', 'the port authority'];
const EVENTS = [
  (n: number, p: string, b: string) => `${b} said ${n} people were killed in floods near ${p} on Monday.`,
  (n: number, p: string, b: string) => `Inflation in ${p} rose to ${n} percent in March, according to ${b}.`,
  (n: number, p: string, b: string) => `${b} reported that ${n} drones were shot down over ${p} overnight.`,
  (n: number, p: string, b: string) => `Turnout in ${p} reached ${n} percent, ${b} announced.`,
  (n: number, p: string, b: string) => `${b} confirmed ${n} new cholera cases in ${p} this week.`,
  (n: number, p: string, b: string) => `Protesters blocked ${n} roads in ${p} after ${b} raised fuel prices.`,
];
const LABELS = ['accurate', 'inaccurate', 'misleading', 'unsupported'];

function syntheticVerdicts(i: number): StoredVerdict[] {
  return [0, 1, 2].map((k) => {
    const j = i * 3 + k;
    const text = EVENTS[j % EVENTS.length](10 + (j % 97), PLACES[(j * 7) % PLACES.length], BODIES[(j * 5) % BODIES.length]);
    return verdict(text.charAt(0).toUpperCase() + text.slice(1), LABELS[j % LABELS.length], `checked ${j}`);
  });
}
