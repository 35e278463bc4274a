// The mention search's decisions on same-story sentences of ECB+ train topics, labelled by ECB+'s event chains
// (same event / another event / not annotated): what scripts/tune-mention.ts chooses the gates on and
// test/unit/mentionGates.test.ts bounds.
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { ClaimSearch } from '../../src/core/story/claimSearch';
import type { Candidate } from '../../src/core/story/candidate';
import { indexArticleClaims } from '../../src/core/story/indexedClaim';
import { MENTION_GATES, MentionSearch } from '../../src/core/story/mentionSearch';
import { relate, sharedContent } from '../../src/core/story/relate';
import { ecbDocs, ecbTopics, lineOf } from './ecbplus';

export interface Hit {
  /** claim key + other file: one decision of the mention search */
  pair: string;
  label: 1 | 0 | -1;
  /** no claim of another article relates to the claim: the mention search is asked */
  asked: boolean;
  similarity: number;
  content: number;
  coverage: number;
  bm25: number;
}

export interface Gates {
  one: { s: number; c: number };
  more: { s: number; c: number };
}

export function hits(): Hit[] {
  const out: Hit[] = [];
  for (const topic of ecbTopics('train')) {
    const all = ecbDocs(topic);
    for (const subtopic of ['ecb', 'ecbplus']) {
      const docs = all.filter((d) => d.subtopic === subtopic);
      const byFile = new Map(docs.map((d) => [d.file, d]));
      const claimSearch = new ClaimSearch();
      const mentionSearch = new MentionSearch();
      const claims = docs.map((d) => {
        const analysis = analyzeArticle(d.file, d.text);
        const indexed = indexArticleClaims(analysis);
        claimSearch.setFileClaims(d.file, indexed);
        mentionSearch.setArticle(d.file, analysis, indexed);
        return { doc: d, indexed };
      });
      for (const { doc, indexed } of claims) {
        for (const claim of indexed) {
          const events = doc.lines.get(lineOf(doc.text, claim.claim.span.start));
          if (!events?.annotated || events.events.length === 0) continue;
          const candidates = claimSearch.candidates(claim);
          const asked = !candidates.some((c) => relate(claim, c));
          for (const c of mentionSearch.hits(claim, candidates)) out.push({ ...hit(claim.key, c, events.events, byFile.get(c.claim.file)!, mentionSearch.articleCoverage(claim, c.claim.file), sharedContent(claim, c)), asked });
        }
      }
    }
  }
  return out;
}

function hit(key: string, c: Candidate, events: string[], other: ReturnType<typeof ecbDocs>[number], coverage: number, content: number): Omit<Hit, 'asked'> {
  const line = other.lines.get(lineOf(other.text, c.claim.claim.span.start));
  const label = line?.events.some((e) => events.includes(e)) ? 1 : line?.annotated ? 0 : -1;
  return { pair: `${key} ${c.claim.file}`, label, similarity: c.similarity, content, coverage, bm25: c.bm25 };
}

export function passes(h: Hit, g: Gates): boolean {
  if (h.content === 0) return false;
  if (h.similarity >= MENTION_GATES.plainSimilarity && h.content >= MENTION_GATES.plainContent) return true;
  const story = h.content === 1 ? g.one : g.more;
  return h.similarity >= story.s && h.coverage >= story.c;
}

/** The sentence each (claim, other article) keeps under the gates, counted by label. */
export function score(all: Hit[], g: Gates, positives: number): { same: number; other: number; unknown: number; precision: number; recall: number } {
  const kept = new Map<string, Hit>();
  for (const h of all) {
    if (!passes(h, g)) continue;
    const k = kept.get(h.pair);
    if (!k || h.bm25 > k.bm25) kept.set(h.pair, h);
  }
  const n = (label: number) => [...kept.values()].filter((h) => h.label === label).length;
  const same = n(1);
  const other = n(0);
  return { same, other, unknown: n(-1), precision: same / Math.max(1, same + other), recall: same / positives };
}

