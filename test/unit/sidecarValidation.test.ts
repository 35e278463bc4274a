// The sidecar's JSON schema (Ajv, compiled at build time): wrong values are refused with their line and
// column, unknown labels warned about, and the export never writes a date that is not one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { claimReviewJsonLd } from '../../src/cli/output/claimReview';
import { parseSidecar } from '../../src/core/sidecar/storage/sidecarDocument';
import type { AttachedVerdict } from '../../src/core/sidecar/anchoring/attachVerdicts';
import { oneErrorPerFile } from '../../src/core/sidecar/storage/problemCascade';

const ROOT = join(__dirname, '../..');

function block(fields: string): string {
  return `version: 1\nverdicts:\n  - claim: The dam was built in 1962.\n${fields}    anchor:\n      before: ""\n      after: ""\n      line: 1\n`;
}

function problems(text: string) {
  const parsed = parseSidecar(text);
  return parsed.ok ? parsed.sidecar.warnings : parsed.problems;
}

describe('sidecar: schema', () => {
  it('the checked-in validator is the one Ajv compiles from sidecar.schema.json', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/sidecarValidator.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
  });

  it('accepts what the tool writes, a date, and a time with a zone', () => {
    for (const at of ['2025-05-01T09:30:00Z', '2025-05-01', '2025-05-01T09:30:00+02:00', '2025-05-01T09:30']) {
      const parsed = parseSidecar(block(`    verdict: accurate\n    by: Jane\n    at: ${at}\n`));
      assert.ok(parsed.ok, `${at}: ${!parsed.ok && parsed.problems[0].message}`);
      assert.equal(parsed.sidecar.warnings.length, 0);
    }
  });

  it('refuses `verdict: 123` and `at: yesterday` with their line and column', () => {
    const p = problems(block('    verdict: 123\n    by: Jane\n    at: yesterday\n'));
    assert.deepEqual(
      p.map((x) => [x.severity, x.line, x.column]),
      [
        ['error', 4, 14],
        ['error', 6, 9],
      ],
    );
    assert.match(p[0].message, /"verdict" should be a label \(text\), not 123/);
    assert.match(p[1].message, /"at" should be an ISO-8601 date.*not "yesterday"/);
    for (const bad of ['2025-13-01', '2025-05-01T25:00:00Z', '01/05/2025', 'May 1']) {
      assert.ok(!parseSidecar(block(`    verdict: accurate\n    at: "${bad}"\n`)).ok, bad);
    }
  });

  it('warns about a label outside the label set, and not about one in the file\'s own labels:', () => {
    const unknown = problems(block('    verdict: bogus\n'));
    assert.deepEqual(unknown.map((x) => [x.severity, x.code, x.line]), [['warning', 'UNKNOWN_LABEL', 4]]);
    const own = parseSidecar(block('    verdict: bogus\n').replace('version: 1\n', 'version: 1\nlabels: [bogus, fine]\n'));
    assert.ok(own.ok);
    assert.equal(own.sidecar.warnings.length, 0);
  });

  it('a bad dismissed list only warns (dismissals are hints)', () => {
    const parsed = parseSidecar('version: 1\ndismissed: nope\n');
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.warnings[0].line, 2);
  });

  it('export never writes a date that is not one', () => {
    const verdict = { index: 0, line: 3, column: 5, claim: 'x', label: 'accurate', at: 'yesterday', anchor: { before: '', after: '' } };
    const attached = { status: 'attached', verdict, claim: { id: 'c1', text: 'x', span: { start: 0, end: 1 } }, span: { start: 0, end: 1 }, method: 'exact', score: 1 } as unknown as AttachedVerdict;
    assert.ok(!('datePublished' in claimReviewJsonLd([attached])[0]));
    verdict.at = '2025-05-01T09:30:00Z';
    assert.equal((claimReviewJsonLd([attached])[0] as { datePublished?: string }).datePublished, '2025-05-01');
  });

  it('one YAML mistake is one error entry, however many the parser cascades into', () => {
    const text = 'version: 1\nverdicts:\n  - claim: A\n    verdict: [accurate\n    by: x\n    at: 2025-01-01T00:00:00Z\n';
    const all = problems(text);
    assert.ok(all.filter((p) => p.severity === 'error').length > 1, 'the parser cascades');
    const shown = oneErrorPerFile(all);
    assert.equal(shown.filter((p) => p.severity === 'error').length, 1);
    assert.equal(shown[0].line, 5, "where the parser notices it");
    assert.match(shown[0].message, /more error\(s\) after it/);
  });
});
