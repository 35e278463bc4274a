// The sign-off report: counts at the top, claims in article order, dismissed apart, and article text that
// can never become markup (Markdown or HTML) in the report.
import assert from 'node:assert/strict';
import { htmlReport } from '../../src/core/report/htmlReport';
import { markdownReport } from '../../src/core/report/markdownReport';
import { signOffReport } from '../../src/core/report/signOffReport';
import { attachVerdicts } from '../../src/core/sidecar/anchoring/attachVerdicts';
import type { StoredVerdict } from '../../src/core/sidecar/storage/sidecarSchema';
import { StoryIndex } from '../../src/core/story/storyIndex';

const A = 'a.txt';
const B = 'b.txt';
const TEXT_A = 'Russia fired 90 missiles at Ukraine on Sunday, <script>alert(1)</script> officials said. The attack hit *power* plants in Kyiv | Lviv.';
const TEXT_B = 'Ukraine said Russia fired 120 missiles at its energy grid on Sunday. Power plants in Kyiv were hit.';

function model() {
  const story = new StoryIndex();
  const second = TEXT_A.indexOf('The attack');
  story.setArticle(A, TEXT_A, { reviewerSpans: [{ start: second, end: TEXT_A.length }] });
  story.setArticle(B, TEXT_B);
  const analysis = story.analysis(A)!;
  const [first, marked] = analysis.claims;
  const stored: StoredVerdict = { index: 0, line: 5, column: 3, claim: first.text, label: 'inaccurate', note: 'B says 120 & <b>more</b>', by: 'T', at: '2025-05-01T09:30:00Z', anchor: { before: '', after: ' The attack' } };
  return signOffReport({
    articles: [
      {
        file: A,
        lines: analysis.lines,
        reports: story.crossReference(A),
        verdicts: attachVerdicts(TEXT_A, analysis.claims, [stored], analysis.lines),
        dismissed: new Set([marked.id]),
        priorVerdicts: (id) => (id === first.id ? [{ file: 'desk/c.txt', claimText: 'Russia fired 90 missiles', label: 'accurate', note: 'Checked <i>twice</i>' }] : []),
      },
    ],
    lineOf: (file, offset) => story.analysis(file)?.lines.positionAt(offset).line,
  });
}

describe('sign-off report', () => {
  it('counts by status and verdict, claims in order, dismissed apart', () => {
    const m = model();
    assert.deepEqual([m.summary.claims, m.summary.reviewed, m.summary.unreviewed, m.summary.dismissed], [1, 1, 0, 1]);
    assert.deepEqual(m.summary.byVerdict, { inaccurate: 1 });
    const claim = m.articles[0].claims[0];
    assert.equal(claim.status, 'contradicted');
    assert.equal(claim.sources[0].file, B);
    assert.deepEqual(claim.sources[0].conflicts[0], { type: 'quantity', here: '90 missiles', there: '120 missiles' });
    assert.equal(m.articles[0].dismissed.length, 1);
  });

  it('lists verdicts given on matching claims elsewhere, escaped', () => {
    const m = model();
    assert.deepEqual(m.articles[0].claims[0].priorVerdicts.map((p) => [p.file, p.label]), [['desk/c.txt', 'accurate']]);
    assert.match(markdownReport(m), /Checked in desk\/c\.txt: \*\*accurate\*\* — Checked \\?<i\\?>twice/);
    const html = htmlReport(m);
    assert.match(html, /Checked in <span class="where">desk\/c\.txt<\/span>/);
    assert.ok(!html.includes('<i>twice'), 'the note is escaped');
  });

  it('Markdown escapes article and note text', () => {
    const md = markdownReport(model());
    assert.ok(!md.includes('<script>') && md.includes('\\<script\\>'));
    assert.ok(md.includes('\\<b\\>more\\</b\\>') && md.includes('120 \\& '));
    assert.ok(md.includes('\\*power\\*') && md.includes('Kyiv \\| Lviv'));
  });

  it('HTML is one self-contained page with a strict CSP and escaped text', () => {
    const html = htmlReport(model());
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
    assert.ok(!html.includes('<script>') && html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('B says 120 &amp; &lt;b&gt;more&lt;/b&gt;'));
    assert.doesNotMatch(html, /<link|<img|src=|href=/);
    const webview = htmlReport(model(), { nonce: 'abc123' });
    assert.match(webview, /style-src 'nonce-abc123'/);
    assert.match(webview, /<style nonce="abc123">/);
    assert.throws(() => htmlReport(model(), { nonce: "x' 'unsafe-inline" }));
  });
});
