import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { jsonForHtml } from '../../src/core/text/jsonForHtml';
import { FRAGMENT_MAX, messageText, terminalText } from '../../src/core/text/untrustedText';
import { shellQuote } from '../../src/cli/output/shellQuote';

// VS Code's notification link pattern (notifications.ts): a Markdown link whose target is a command, file or
// web address. A message that matches it would show a clickable link.
const NOTIFICATION_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const ICON = /\$\([a-z0-9-]+(?:~[a-z0-9-]*)?\)/i;
const ESC = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('untrusted text', () => {
  describe('in messages', () => {
    it('holds no link, however the brackets are written', () => {
      for (const hostile of [
        '[Fix the story sources](command:workbench.action.terminal.new?%7B%7D)',
        '\\[x\\](command:crosscheck.recordVerdict?{"uri":"file:///elsewhere"})',
        '[x]\u200b(command:x)',
        '[x]  (command:x)',
        '[x](file:///etc/passwd "title")',
      ]) {
        const out = messageText(hostile);
        assert.doesNotMatch(out, NOTIFICATION_LINK, out);
        assert.doesNotMatch(out, /\]\(/, out);
      }
    });

    it('holds no link, icon or control character for any input (property)', () => {
      const piece = fc.constantFrom('[', ']', '(', ')', '\\', '$', 'command:x', ' ', '\n', '\u200b', '\x1b[31m', 'a', '"');
      fc.assert(
        fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (parts) => {
          const out = messageText(parts.join(''));
          return !NOTIFICATION_LINK.test(out) && !ICON.test(out) && !ESC.test(out) && out.length <= FRAGMENT_MAX;
        }),
        { seed: 17, numRuns: 2000 },
      );
    });

    it('keeps ordinary text as it is, on one line, capped', () => {
      assert.equal(messageText('six  missiles\n(ATACMS) [sic]'), 'six missiles (ATACMS) [sic]');
      assert.equal(messageText('x'.repeat(1000), 20), 'x'.repeat(19) + '…');
      assert.equal(messageText('$(error) contradicted'), '$ (error) contradicted');
    });
  });

  describe('on a terminal', () => {
    it('loses escape sequences and lone carriage returns, keeps tabs, line breaks and JSON', () => {
      assert.equal(terminalText('a\x1b[31mred\x1b[0m\x1b]0;title\x07b\x1b]52;c;ZXZpbA==\x1b\\c\r\nd\re\tf\x00'), 'aredbc\nd\ne\tf');
      const json = JSON.stringify({ text: 'a\x1b[31m\u2028\u202e' }, null, 2);
      assert.equal(terminalText(json), json);
    });
  });

  describe('in JSON embedded in a page', () => {
    it('cannot end the script element or break a JavaScript parser, and reads back the same', () => {
      const value = { reviewBody: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };
      const out = jsonForHtml(value);
      assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
      assert.deepEqual(JSON.parse(out), value);
    });
  });

  describe('in a suggested shell command', () => {
    it('stays one literal word', () => {
      assert.equal(shellQuote('story/a.txt'), 'story/a.txt');
      assert.equal(shellQuote('my story.txt'), `'my story.txt'`);
      assert.equal(shellQuote(`$(touch pwned)'.txt`), `'$(touch pwned)'\\''.txt'`);
      const r = spawnSync('sh', ['-c', `printf %s ${shellQuote(`a b$(echo x)'"\`c\``)}`], { encoding: 'utf8' });
      assert.equal(r.stdout, `a b$(echo x)'"\`c\``);
    });
  });
});

// The built CLI on a folder written by an attacker: at worst wrong text, never an escape sequence on the
// terminal, a file read from outside, or a page broken by the export.
describe('the CLI on a hostile folder', () => {
  const CLI = join(__dirname, '../../dist/cli.js');
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

  function hostileFolder(): { root: string; story: string } {
    const root = mkdtempSync(join(tmpdir(), 'cc-hostile-'));
    const repo = join(root, 'repo');
    const story = join(repo, 'story');
    const secret = join(root, 'secret');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(story);
    mkdirSync(secret);
    writeFileSync(join(secret, 'private.txt'), 'The minister resigned on Tuesday after 12 officials confirmed the secret payment.\n');
    copyFileSync(join(__dirname, '../../samples/story/abc-us-approves-atacms.txt'), join(story, 'a.txt'));
    writeFileSync(join(story, 'b.txt'), 'Ukraine fired six missiles at a Russian arms depot on Tuesday, \x1b]0;pwned\x07officials said.\x1b[2J\n');
    symlinkSync(join(secret, 'private.txt'), join(story, 'linked.txt'));
    writeFileSync(join(story, 'crosscheck-story.yaml'), 'sources:\n  - ../../secret/\n  - "[Fix](command:workbench.action.terminal.new)"\n');
    return { root, story };
  }

  it('reads nothing outside the repository and prints no escape sequence', () => {
    const { story } = hostileFolder();
    const r = run(['analyze', 'a.txt', '--no-memory'], story);
    assert.doesNotMatch(r.stdout + r.stderr, /\x1b/);
    assert.doesNotMatch(r.stdout + r.stderr, /secret payment|minister resigned/);
    assert.match(r.stderr, /crosscheck-story\.yaml:2:5: source "\.\.\/\.\.\/secret\/" is outside .*--allow-path/);
    assert.match(r.stderr, /linked\.txt" is outside/);
    const json = JSON.parse(run(['analyze', 'a.txt', '--no-memory', '--json'], story).stdout);
    assert.ok(!JSON.stringify(json).includes('secret payment'));
  });

  it('exports ClaimReview JSON-LD that a page can embed, and suggests shell-quoted commands', () => {
    const { story } = hostileFolder();
    writeFileSync(join(story, '$(touch pwned).txt'), 'Ukraine fired eight missiles at a Russian arms depot on Tuesday, the ministry said.\n');
    // --require all: every claim needs a verdict, so the gate suggests one whatever the cross-referencing finds
    const gate = run(['check', '$(touch pwned).txt', '--require', 'all'], story);
    assert.match(gate.stdout, /crosscheck verdict '\$\(touch pwned\)\.txt' --claim/);
    const claim = JSON.parse(run(['analyze', 'a.txt', '--no-memory', '--json'], story).stdout).articles[0].claims[0];
    const note = '</script><script>alert(1)</script> & more';
    assert.equal(run(['verdict', 'a.txt', '--claim', claim.id, '--label', 'accurate', '--note', note, '--by', 'R'], story).status, 0);
    const out = run(['export', 'a.txt', '--claimreview', '--publisher', '<b>Desk</b>'], story).stdout;
    assert.doesNotMatch(out, /[<>&]/);
    const [review] = JSON.parse(out);
    assert.equal(review.reviewBody, note);
    assert.equal(review.publisher.name, '<b>Desk</b>');
  });

  it('reads an outside folder when --allow-path names it', () => {
    const { root, story } = hostileFolder();
    const r = run(['analyze', 'a.txt', '--no-memory', '--json', '--allow-path', join(root, 'secret')], story);
    const out = JSON.parse(r.stdout);
    assert.ok(out.articles.length >= 1);
    assert.doesNotMatch(r.stderr, /secret\/" is outside/);
  });
});
