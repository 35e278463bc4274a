import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, type ArticleAnalysis } from '../../src/core/analyzeArticle';
import type { Fact } from '../../src/core/model';

// The three seed articles of the sample story (copies of ../shared/seeds under readable names).
export const SEED_FILES = {
  cnn: 'samples/story/cnn-ukraine-fires-atacms.txt',
  digest: 'samples/story/digest-1000th-day-strike.txt',
  abc: 'samples/story/abc-us-approves-atacms.txt',
} as const;

export function seedText(name: keyof typeof SEED_FILES): string {
  return readFileSync(join(__dirname, '../..', SEED_FILES[name]), 'utf8');
}

const cache = new Map<string, ArticleAnalysis>();
export function seedAnalysis(name: keyof typeof SEED_FILES): ArticleAnalysis {
  const file = SEED_FILES[name];
  let a = cache.get(file);
  if (!a) cache.set(file, (a = analyzeArticle(file, seedText(name))));
  return a;
}

/** All facts of the claims of an article. */
export function allFacts(a: ArticleAnalysis): Fact[] {
  return a.claims.flatMap((c) => c.facts);
}
