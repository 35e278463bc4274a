// Claim ids are derived from the claim's own words, so they are stable across runs on unchanged text
// and across edits elsewhere in the article; nothing run-specific goes into them. The same sentence
// twice in one article gets a numbered suffix in article order.
import * as whitespace from '../text/whitespace';

// A local copy: a module's exports are read through getters when the code runs from source (tsx, the tests,
// the bench), which costs in a per-character loop.
const { isWhitespaceCode } = whitespace;

/** FNV-1a, 32 bit: tiny, fast, and good enough to tell sentences of one article apart. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function normaliseClaimText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `fnv1a(normaliseClaimText(text))`, hashed as it reads instead of building the normalised copy first (every
 * claim of every article gets an id on each analysis). test/unit/claimId.test.ts checks both agree.
 */
export function claimTextHash(text: string): number {
  let hash = 0x811c9dc5;
  let started = false;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      hash ^= 32;
      hash = Math.imul(hash, 0x01000193);
      pendingSpace = false;
    }
    started = true;
    hash ^= c;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Assigns ids to claim texts given in article order. */
export function claimIds(texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = 'c' + claimTextHash(text).toString(16).padStart(8, '0');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
