import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

// The CLI is tested as users run it: the built bundle (npm test builds first), in a child process.
const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The shared contract when it is there (../shared/contracts), else the copy kept in test/contracts. */
function schema(name: string): object {
  const shared = join(ROOT, '../shared/contracts', `${name}.schema.json`);
  return JSON.parse(readFileSync(existsSync(shared) ? shared : join(__dirname, '../contracts', `${name}.schema.json`), 'utf8'));
}

/** A validator that reports its errors but does not narrow the value's type (Ajv's is a type guard). */
function validator(name: string): ((data: unknown) => boolean) & { errors?: unknown[] | null } {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const compiled = ajv.compile(schema(name));
  const check = (data: unknown) => {
    const ok = compiled(data);
    check.errors = compiled.errors;
    return ok;
  };
  check.errors = undefined as unknown[] | null | undefined;
  return check;
}

describe('crosscheck CLI', function () {
  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` (npm test does)`);
  });

  it('analyze --json on the sample story validates against the analyze contract and fills cross-references', () => {
    const r = run(['analyze', 'samples/story/cnn-ukraine-fires-atacms.txt', 'samples/story/abc-us-approves-atacms.txt', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const validate = validator('analyze');
    assert.ok(validate(out), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(out.articles.length, 2);
    const abc = out.articles[1];
    const eight = abc.claims.find((c: { text: string }) => c.text.includes('eight ATACMS missiles'));
    assert.ok(['contradicted', 'disputed'].includes(eight.status));
    // why it is a claim, in a fact-checker's words: an extra field of contract version 1
    assert.ok(eight.signals.includes('a count') && eight.signals.length <= 3, eight.signals.join(', '));
    const six = eight.crossRefs.find((x: { relation: string; file: string }) => x.relation === 'contradicts' && x.file.endsWith('cnn-ukraine-fires-atacms.txt'));
    assert.deepEqual(six.conflicts[0], { type: 'quantity', here: 'eight ATACMS missiles', there: 'six ballistic missiles' });
    // The other source's range points at its sentence.
    const cnnText = readFileSync(join(ROOT, 'samples/story/cnn-ukraine-fires-atacms.txt'), 'utf8').split('\n');
    assert.ok(cnnText[six.range.start.line].slice(six.range.start.character).startsWith(six.text.slice(0, 30)));
  });

  it('analyze prints a readable report with file:line for each claim and source', () => {
    const r = run(['analyze', 'samples/story/abc-us-approves-atacms.txt']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /abc-us-approves-atacms\.txt:4:\d+ {2}. (contradicted|disputed)/);
    assert.match(r.stdout, /contradicts samples\/story\/cnn-ukraine-fires-atacms\.txt:3/);
    assert.match(r.stdout, /quantity: "eight ATACMS missiles" here, "six ballistic missiles" there/);
    // and why the relation holds, under the other source's sentence
    assert.match(r.stdout, /there\n {6}why: different quantity: “eight ATACMS missiles” here, “six ballistic missiles” there/);
    assert.match(r.stdout, /\n {4}why: [^\n]*a count/);
    // Verdict memory: the draft's sidecar (samples/story) holds a verdict on the same eight-missiles claim.
    assert.match(r.stdout, /checked in samples\/story\/draft-atacms-explainer\.md: misleading/);
  });

  it('checkworthy --lines --json validates against the checkworthy contract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    const file = join(dir, 'lines.txt');
    writeFileSync(file, 'Add a Comment\n\nUnemployment fell to 3.9 percent in April, according to the Labor Department.\nWhat happens next?\n');
    const r = run(['checkworthy', file, '--lines', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const validate = validator('checkworthy');
    assert.ok(validate(out), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.deepEqual(out.sentences.map((s: { line: number; claim: boolean }) => [s.line, s.claim]), [[0, false], [2, true], [3, false]]);
  });

  it('reports bad input by file, keeps going with the others, and exits 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x41, 0x0a, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Line one.\nCaf\xe9 owners said 40 shops closed.\n', 'latin1'));
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(10 * 1024 * 1024, 'a'));
    writeFileSync(join(dir, 'good.txt'), 'Officials said 40 people died in the flood on Monday.\n');
    const inputs = ['missing.txt', '.', 'empty.txt', 'binary.txt', 'latin1.txt', 'big.txt', 'good.txt'];
    const r = run(['analyze', '--json', '--no-story', ...inputs], dir);
    assert.equal(r.code, 3);
    const out = JSON.parse(r.stdout);
    assert.ok(validator('analyze')(out));
    assert.deepEqual(out.articles.map((a: { file: string }) => a.file), ['good.txt']);
    const byFile = Object.fromEntries(out.errors.map((e: { file: string; message: string; line?: number }) => [e.file, e]));
    assert.match(byFile['missing.txt'].message, /no such file/);
    assert.match(byFile['.'].message, /directory/);
    assert.match(byFile['empty.txt'].message, /empty/);
    assert.match(byFile['binary.txt'].message, /binary/);
    assert.match(byFile['latin1.txt'].message, /UTF-8/);
    assert.equal(byFile['latin1.txt'].line, 1);
    assert.match(byFile['big.txt'].message, /10\.0 MB, over the 5\.0 MB limit/);
    for (const f of inputs.slice(0, -1)) assert.ok(r.stderr.includes(`crosscheck: ${f}`), `stderr names ${f}`);
  });

  it('is executable, as package.json\'s bin (npx crosscheck runs it directly)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(join(ROOT, pkg.bin.crosscheck), CLI);
    assert.ok((statSync(CLI).mode & 0o111) !== 0, `${CLI} is not executable`);
    const r = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('exits 2 on a bad command line', () => {
    const r = run(['analyze', 'x.txt', '--threshold', 'lots']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /threshold/);
  });
});
