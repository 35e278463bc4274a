// The sentence pairs the cross-referencer weighs on ECB+ topics: every claim's candidates in the other
// articles of its topic, as the story index finds them (ClaimSearch, compareCandidate), with the facts-only
// relation, the same-event evidence and the truth from the annotation. Shared by training and evaluation.
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { ClaimSearch } from '../../src/core/story/claimSearch';
import type { Relation } from '../../src/core/story/compareClaims';
import { indexArticleClaims, type IndexedClaim } from '../../src/core/story/indexedClaim';
import { compareCandidate } from '../../src/core/story/relate';
import type { Evidence } from '../../src/core/story/sameEventFeatures';
import { ecbDocs, lineOf, type EcbDoc } from './ecbplus';

export interface EcbPair {
  topic: string;
  here: { file: string; line: number; text: string };
  there: { file: string; line: number; text: string };
  /** the relation from the facts alone, before the same-event decision */
  relation: Relation;
  evidence: Evidence;
  /** why relate() sets the pair back to related before the same-event model is asked (stance, background) */
  ruledOut?: string;
  /** both articles report the same seminal event (same ECB+ sub-topic) */
  sameSubtopic: boolean;
  /** same sub-topic, and not two annotated sentences with disjoint event chains */
  sameEvent: boolean;
}

/** `blindDateLine`: read the articles as if they had no date line (training: see articleFrame.ts). */
export function topicPairs(topic: string, blindDateLine = false): { docs: EcbDoc[]; pairs: EcbPair[]; claims: Map<string, IndexedClaim[]> } {
  const docs = ecbDocs(topic);
  const search = new ClaimSearch();
  const claims = new Map<string, IndexedClaim[]>();
  for (const d of docs) {
    const indexed = indexArticleClaims(analyzeArticle(d.file, d.text), blindDateLine);
    claims.set(d.file, indexed);
    search.setFileClaims(d.file, indexed);
  }
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const pairs: EcbPair[] = [];
  for (const d of docs) {
    for (const claim of claims.get(d.file)!) {
      for (const candidate of search.candidates(claim)) {
        const compared = compareCandidate(claim, candidate);
        if (!compared) continue;
        const other = byFile.get(candidate.claim.file)!;
        const lineHere = lineOf(d.text, claim.claim.span.start);
        const lineThere = lineOf(other.text, candidate.claim.claim.span.start);
        const sameSubtopic = d.subtopic === other.subtopic;
        const a = d.lines.get(lineHere);
        const b = other.lines.get(lineThere);
        const disjointChains = !!(a?.annotated && b?.annotated && a.events.length && b.events.length && !a.events.some((e) => b.events.includes(e)));
        pairs.push({
          topic,
          here: { file: d.file, line: lineHere, text: claim.claim.text },
          there: { file: other.file, line: lineThere, text: candidate.claim.claim.text },
          relation: compared.comparison.relation,
          evidence: compared.evidence(),
          ruledOut: compared.ruledOut(),
          sameSubtopic,
          sameEvent: sameSubtopic && !disjointChains,
        });
      }
    }
  }
  return { docs, pairs, claims };
}
