// A verdict never moves to an identical copy of its claim while the original is still there. Random edits
// paste exact copies of sentences (the claim's own among them) anywhere in the article, one sentence per
// line or all in one paragraph; as long as the original keeps one side of its recorded context (a paste
// right next to it disturbs one side), the verdict is on the original or orphaned for a person to look at —
// never on a copy.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { claimIds } from '../../src/core/claims/claimId';
import type { Claim } from '../../src/core/model';
import { attachVerdicts, storedAnchorFor } from '../../src/core/sidecar/anchoring/attachVerdicts';
import type { StoredVerdict } from '../../src/core/sidecar/storage/sidecarSchema';
import { LineIndex } from '../../src/core/text/lineIndex';

const SENTENCES = [
  'The ministry said 1,200 people were evacuated on Monday.',
  'Officials said the dam was built in 1962 by Soviet engineers.',
  'Unemployment fell to 4.1 percent in March, the lowest since 2008.',
  'The mayor announced a curfew from ten until further notice.',
  'Rescuers pulled 14 survivors from the rubble overnight, police said.',
];

/** Each sentence a claim (ids as the engine gives them, copies numbered). */
function claimsOf(sentences: string[], sep: string): { text: string; claims: Claim[] } {
  const claims: Claim[] = [];
  let at = 0;
  const ids = claimIds(sentences);
  sentences.forEach((s, i) => {
    claims.push({ id: ids[i], text: s, span: { start: at, end: at + s.length }, score: 1, facts: [], sentence: i, origin: 'detected' });
    at += s.length + sep.length;
  });
  return { text: sentences.join(sep) + '\n', claims };
}

describe('anchoring: identical copies', () => {
  it('pasting a copy right after the claim, or right before it, never moves the verdict to the copy', () => {
    for (const sep of [' ', '\n']) {
      for (const where of ['after', 'before'] as const) {
        const first = claimsOf(SENTENCES, sep);
        const target = first.claims[2];
        const { claim, anchor } = storedAnchorFor(first.text, target.span, new LineIndex(first.text));
        const verdict: StoredVerdict = { index: 0, line: 1, column: 1, claim, label: 'accurate', anchor };
        const edited = [...SENTENCES];
        edited.splice(where === 'after' ? 3 : 2, 0, SENTENCES[2]);
        const original = where === 'after' ? 2 : 3;
        const now = claimsOf(edited, sep);
        const p = attachVerdicts(now.text, now.claims, [verdict], new LineIndex(now.text)).placements[0];
        if (p.status !== 'orphaned') assert.equal(p.claim.span.start, now.claims[original].span.start, `${where}, sep ${JSON.stringify(sep)}`);
      }
    }
  });

  it('property: random pastes of exact copies never move a verdict onto a copy while the original keeps a side of its context', () => {
    const edit = fc.record({ from: fc.nat(20), length: fc.integer({ min: 1, max: 3 }), to: fc.nat(20) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SENTENCES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '\n'), (target, edits, sep) => {
        let sentences = [...SENTENCES];
        let original = target;
        const first = claimsOf(sentences, sep);
        const { claim, anchor } = storedAnchorFor(first.text, first.claims[target].span, new LineIndex(first.text));
        const verdict: StoredVerdict = { index: 0, line: 1, column: 1, claim, label: 'accurate', anchor };
        const disturbed = new Set<'before' | 'after'>();
        for (const e of edits) {
          const from = e.from % sentences.length;
          const piece = sentences.slice(from, from + e.length);
          const to = e.to % (sentences.length + 1);
          if (to === original) disturbed.add('before');
          if (to === original + 1) disturbed.add('after');
          sentences = [...sentences.slice(0, to), ...piece, ...sentences.slice(to)];
          if (to <= original) original += piece.length;
          if (disturbed.size === 2) return; // both sides of the original changed: it is no longer recognisable as such
          const now = claimsOf(sentences, sep);
          const p = attachVerdicts(now.text, now.claims, [verdict], new LineIndex(now.text)).placements[0];
          if (p.status !== 'orphaned') assert.equal(p.claim.span.start, now.claims[original].span.start, 'moved to a copy');
        }
      }),
      { numRuns: 300, seed: 1300 }, // fixed: the same cases on every run
    );
  });
});
