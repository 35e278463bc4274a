// Reviewer-marked and dismissed claims: the engine takes marked spans as claims (facts, cross-references),
// the sidecar stores marks and dismissals readably, and both survive an edit of the article.
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { anchorReviewerMarks } from '../../src/core/sidecar/anchoring/reviewerMarks';
import { dismissedClaimIds } from '../../src/core/sidecar/anchoring/dismissals';
import { writeDismissal, writeMark, removeDismissal } from '../../src/core/review/claimEdits';
import { parseSidecar } from '../../src/core/sidecar/storage/sidecarDocument';
import { writeVerdict } from '../../src/core/review/verdictWrite';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { MemoryFs } from './memoryFs';
import { SEED_FILES, seedText } from './seedStory';

const ABC = SEED_FILES.abc;
const HEADLINE = 'U.S. Approves Ukraine’s Use of ATACMS as Tensions with Russia Intensify';
const AT = { by: 'Test Reviewer', at: '2025-05-01T09:30:00Z' };

function spanOf(text: string, words: string) {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length };
}

function sidecarData(fs: MemoryFs) {
  const parsed = parseSidecar(fs.files.get(`${ABC}.crosscheck.yaml`) ?? '');
  assert.ok(parsed.ok);
  return parsed.sidecar.data;
}

describe('reviewer-marked claims in the engine', () => {
  const text = seedText('abc');

  it('a marked span the detector missed is a claim with origin "reviewer", its facts and the model score', () => {
    // At the default threshold the headline is a claim (it has a verb); at this one the detector misses it.
    const threshold = 0.7;
    const plain = analyzeArticle(ABC, text, { threshold });
    assert.ok(!plain.claims.some((c) => c.text === HEADLINE), 'the detector misses the headline');
    const marked = analyzeArticle(ABC, text, { threshold, reviewerSpans: [spanOf(text, HEADLINE)] });
    const claim = marked.claims.find((c) => c.text === HEADLINE)!;
    assert.equal(claim.origin, 'reviewer');
    assert.ok(claim.sentence >= 0 && claim.score < threshold, 'the covering sentence and its (low) score');
    assert.ok(claim.facts.some((f) => f.type === 'place' || f.type === 'organization'));
    assert.equal(marked.claims.length, plain.claims.length + 1);
    assert.deepEqual(marked.claims.map((c) => c.span.start), [...marked.claims.map((c) => c.span.start)].sort((a, b) => a - b), 'article order');
  });

  it('a span over two sentences replaces the detected claims it overlaps; sentence -1, score 1', () => {
    const span = { start: text.indexOf('The arsenal is considered'), end: text.indexOf('a sixth was damaged') + 'a sixth was damaged'.length };
    const a = analyzeArticle(ABC, text, { reviewerSpans: [span] });
    const reviewer = a.claims.filter((c) => c.origin === 'reviewer');
    assert.equal(reviewer.length, 1);
    assert.deepEqual([reviewer[0].sentence, reviewer[0].score], [-1, 1]);
    assert.ok(!a.claims.some((c) => c.origin === 'detected' && c.span.start < span.end && span.start < c.span.end));
    assert.ok(reviewer[0].facts.some((f) => f.type === 'quantity' && f.value === 5), 'facts of both sentences inside the span');
  });

  it('is cross-referenced like any claim', () => {
    const story = new StoryIndex();
    story.setArticle(SEED_FILES.cnn, seedText('cnn'));
    const words = 'deploying eight ATACMS missiles targeting the 67th Main Missile and Artillery Directorate Arsenal in Karachev';
    story.setArticle(ABC, text, { reviewerSpans: [spanOf(text, words)] });
    const report = story.crossReference(ABC).find((r) => r.claim.origin === 'reviewer')!;
    assert.equal(report.claim.text, words);
    assert.ok(report.crossRefs.some((r) => r.relation === 'contradicts' && r.file === SEED_FILES.cnn), JSON.stringify(report.crossRefs.map((r) => r.relation)));
  });

  it('setArticle re-analyses when only the marks change', () => {
    const story = new StoryIndex();
    const before = story.setArticle(ABC, text);
    assert.equal(story.setArticle(ABC, text), before);
    const after = story.setArticle(ABC, text, { reviewerSpans: [spanOf(text, HEADLINE)] });
    assert.notEqual(after, before);
    assert.ok(after.claims.some((c) => c.origin === 'reviewer'));
  });
});

describe('reviewer marks and dismissals in the sidecar', () => {
  const text = seedText('abc');

  it('mark, verdict on the mark, dismiss, restore: readable blocks that survive an edit', async () => {
    const fs = new MemoryFs();
    const mark = await writeMark(fs, { articlePath: ABC, articleText: text, span: spanOf(text, HEADLINE), ...AT });
    assert.equal(mark.action, 'added');
    assert.equal((await writeMark(fs, { articlePath: ABC, articleText: text, span: spanOf(text, HEADLINE), ...AT })).action, 'unchanged');
    let yaml = fs.files.get(`${ABC}.crosscheck.yaml`)!;
    assert.match(yaml, /- claim: >-\n\s+U\.S\. Approves[^\n]+\n\s+origin: reviewer\n\s+by: Test Reviewer/);
    assert.doesNotMatch(yaml, /verdict:/, 'a mark needs no verdict');

    // The engine gets the mark back from the sidecar.
    const spans = anchorReviewerMarks(text, sidecarData(fs)).spans;
    const analysis = analyzeArticle(ABC, text, { reviewerSpans: spans });
    const headline = analysis.claims.find((c) => c.origin === 'reviewer')!;
    // A verdict on the marked claim goes into the mark's block, not a second one.
    await writeVerdict(fs, { articlePath: ABC, articleText: text, claims: analysis.claims, claimId: headline.id, label: 'unsupported', ...AT });
    yaml = fs.files.get(`${ABC}.crosscheck.yaml`)!;
    assert.equal(yaml.match(/- claim:/g)!.length, 1);
    assert.match(yaml, /origin: reviewer\n\s+verdict: unsupported/);

    const arsenal = analysis.claims.find((c) => c.text.startsWith('The arsenal is considered'))!;
    const request = { articlePath: ABC, articleText: text, claims: analysis.claims, claimId: arsenal.id };
    assert.equal((await writeDismissal(fs, { ...request, ...AT })).action, 'added');
    assert.equal((await writeDismissal(fs, { ...request, ...AT })).action, 'unchanged');
    yaml = fs.files.get(`${ABC}.crosscheck.yaml`)!;
    assert.match(yaml, /\ndismissed:\n {2}- claim: >-\n\s+The arsenal is considered[^\n]*\n\s+by: Test Reviewer\n\s+at: [^\n]+\n\s+anchor:/);
    assert.deepEqual([...dismissedClaimIds(text, analysis.claims, sidecarData(fs))], [arsenal.id]);

    // An edit above and inside the article: the mark, its verdict and the dismissal all follow.
    const edited = 'Updated 10:00 GMT.\n' + text.replace('The arsenal is considered', 'The arsenal is widely considered');
    const spans2 = anchorReviewerMarks(edited, sidecarData(fs)).spans;
    const after = analyzeArticle(ABC, edited, { reviewerSpans: spans2 });
    assert.equal(after.claims.find((c) => c.origin === 'reviewer')?.text, HEADLINE);
    const dismissed = dismissedClaimIds(edited, after.claims, sidecarData(fs));
    assert.equal(dismissed.size, 1);
    assert.match(after.claims.find((c) => dismissed.has(c.id))!.text, /^The arsenal is widely considered/);

    assert.equal((await removeDismissal(fs, request)).action, 'removed');
    assert.doesNotMatch(fs.files.get(`${ABC}.crosscheck.yaml`)!, /dismissed:/, 'an empty list is removed');
    assert.equal((await removeDismissal(fs, request)).action, 'unchanged');
  });

  it('reads hand-written blocks: a mark without verdict is a mark only; a bad dismissed list is a warning', () => {
    const parsed = parseSidecar('version: 1\nverdicts:\n  - claim: Some words.\n    origin: reviewer\ndismissed: nope\n');
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.data.marks.length, 1);
    assert.equal(parsed.sidecar.data.verdicts.length, 0);
    assert.ok(parsed.sidecar.warnings.some((w) => w.code === 'BAD_DISMISSED'));
  });
});
