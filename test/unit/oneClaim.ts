import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { indexArticleClaims, type IndexedClaim } from '../../src/core/story/indexedClaim';

/** The one claim of a one-sentence article, indexed as the story index indexes it (every sentence a claim). */
export function claimOf(file: string, text: string): IndexedClaim {
  const claims = indexArticleClaims(analyzeArticle(file, text, { threshold: 0 }));
  assert.equal(claims.length, 1, `one claim in ${file}`);
  return claims[0];
}
