// Articles for the concurrent-writes benchmark and its property test: one claim per line, made without the
// claim detector (no wink model to load, so a writer process starts in a fraction of a second and the
// measure is the sidecar store's, not the engine's).
import { claimIds } from '../../src/core/claims/claimId';
import type { Claim } from '../../src/core/model';

/** An article of `count` distinct one-line claims. */
export function lineArticle(article: number, count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(`Claim ${i} of article ${article}: the ministry said ${i * 7 + article} people were evacuated on day ${i + 1}.`);
  }
  return lines.join('\n') + '\n';
}

/** Each non-empty line of `text` as a claim, with the ids the engine would give those words. */
export function lineClaims(text: string): Claim[] {
  const spans = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const ids = claimIds(spans.map((s) => text.slice(s.start, s.end)));
  return spans.map((span, i) => ({ id: ids[i], text: text.slice(span.start, span.end), span, score: 1, facts: [], sentence: i, origin: 'detected' }));
}
