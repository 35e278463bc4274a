// Chooses the gates of src/core/story/mentionSearch.ts (MENTION_GATES.storySimilarity, .articleCoverage): when
// does another source mention a claim it does not say in the same words? Read on the ECB+ TRAIN topics only
// (1–35 minus the dev topics; 36–45 are not in the data). Deterministic; prints a table, writes nothing: the
// chosen pair is copied into MENTION_GATES by hand (two numbers).
//
// Claim: each article's first sentence (the lead, as a headline is in a story), when ECB+ gives it an event
// chain. Positive: another article of the same sub-topic with a sentence in one of its chains (it reports that
// event). Negative: an article of another topic (a source of another story), three per claim, the next topics
// in order. Sister-event articles (the same topic's other sub-topic) are printed apart, not used to choose:
// they tell of an event of the same kind, which a reader may well call related.
// The gates are chosen for the best balanced accuracy (mean of the recall of both classes); the plain gate
// (similarity ≥ 0.22 and two content words, the story index's rule before) is kept as it was.
// usage: npm run tune:mention
import { analyzeArticle } from '../src/core/analyzeArticle';
import { ClaimSearch } from '../src/core/story/claimSearch';
import { indexArticleClaims, type IndexedClaim } from '../src/core/story/indexedClaim';
import { MENTION_GATES, MentionSearch } from '../src/core/story/mentionSearch';
import { sharedContent } from '../src/core/story/relate';
import { ecbDocs, ecbTopics, lineOf, type EcbDoc } from './lib/ecbplus';

const NEGATIVES_PER_CLAIM = 3;
const SIMILARITIES = [0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.22];
const COVERAGES = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

interface Observation {
  kind: 'same' | 'sister' | 'other';
  plain: boolean;
  /** per number of shared content words (1, 2): the best similarity of a sentence sharing at least that many */
  similarity: number[];
  coverage: number;
}

function leadClaim(doc: EcbDoc): { claim: IndexedClaim; events: string[] } | undefined {
  const analysis = analyzeArticle(doc.file, doc.text, { threshold: 0 });
  const claim = indexArticleClaims(analysis)[0];
  if (!claim) return undefined;
  const events = doc.lines.get(lineOf(doc.text, claim.claim.span.start))?.events ?? [];
  return events.length ? { claim, events } : undefined;
}

function observe(claim: IndexedClaim, other: EcbDoc, kind: Observation['kind']): Observation {
  const search = new MentionSearch();
  const analysis = analyzeArticle(other.file, other.text);
  const claims = indexArticleClaims(analysis);
  search.setArticle(other.file, analysis, claims);
  // The other article's claims, as the story index's claim search would hand them over.
  const claimSearch = new ClaimSearch();
  claimSearch.setFileClaims(other.file, claims);
  claimSearch.setFileClaims(claim.file, [claim]);
  const coverage = search.articleCoverage(claim, other.file);
  const similarity = [0, 0, 0];
  let plain = false;
  // Every sentence that passes the gates at their loosest, so the grid below can be read off these two numbers.
  const loose = { ...MENTION_GATES };
  Object.assign(MENTION_GATES, { storyContent: 1, storySimilarity: 0, articleCoverage: 0 });
  try {
    for (const m of search.mentions(claim, claimSearch.candidates(claim))) {
      const content = sharedContent(claim, m.candidate);
      for (let k = 1; k <= Math.min(2, content); k++) similarity[k] = Math.max(similarity[k], m.candidate.similarity);
      if (m.candidate.similarity >= loose.plainSimilarity && content >= loose.plainContent) plain = true;
    }
  } finally {
    Object.assign(MENTION_GATES, loose);
  }
  return { kind, plain, similarity, coverage };
}

function main(): void {
  const topics = ecbTopics('train');
  const docs = new Map(topics.map((t) => [t, ecbDocs(t)]));
  const observations: Observation[] = [];
  topics.forEach((topic, ti) => {
    const started = Date.now();
    for (const doc of docs.get(topic)!) {
      const lead = leadClaim(doc);
      if (!lead) continue;
      for (const other of docs.get(topic)!) {
        if (other === doc) continue;
        if (other.subtopic !== doc.subtopic) {
          observations.push(observe(lead.claim, other, 'sister'));
          continue;
        }
        const reports = [...other.lines.values()].some((l) => l.events.some((e) => lead.events.includes(e)));
        if (reports) observations.push(observe(lead.claim, other, 'same'));
      }
      for (let k = 1; k <= NEGATIVES_PER_CLAIM; k++) {
        const otherTopic = docs.get(topics[(ti + k) % topics.length])!;
        const other = otherTopic[docs.get(topic)!.indexOf(doc) % otherTopic.length];
        observations.push(observe(lead.claim, other, 'other'));
      }
    }
    console.error(`topic ${topic}: ${Date.now() - started} ms`);
  });
  const count = (kind: Observation['kind']) => observations.filter((o) => o.kind === kind).length;
  console.log(`${count('same')} same-event article pairs, ${count('other')} other-topic, ${count('sister')} sister-event`);
  const rate = (kind: Observation['kind'], s: number, c: number, k: number) => {
    const of = observations.filter((o) => o.kind === kind);
    return of.filter((o) => o.plain || (o.similarity[k] >= s && o.similarity[k] > 0 && o.coverage >= c)).length / of.length;
  };
  console.log('content similarity coverage  same-found  other-found  sister-found  balanced-accuracy');
  let best = { k: 0, s: 0, c: 0, acc: 0 };
  for (const k of [1, 2]) {
    for (const s of SIMILARITIES) {
      for (const c of COVERAGES) {
        const same = rate('same', s, c, k);
        const other = rate('other', s, c, k);
        const acc = (same + 1 - other) / 2;
        if (acc > best.acc + 1e-9) best = { k, s, c, acc };
        console.log(`${String(k).padStart(7)} ${s.toFixed(2).padStart(10)} ${c.toFixed(2).padStart(8)} ${same.toFixed(3).padStart(11)} ${other.toFixed(3).padStart(12)} ${rate('sister', s, c, k).toFixed(3).padStart(13)} ${acc.toFixed(3).padStart(18)}`);
      }
    }
  }
  console.log(`plain gate only: same ${rate('same', 2, 2, 1).toFixed(3)}, other ${rate('other', 2, 2, 1).toFixed(3)}`);
  const g = MENTION_GATES;
  console.log(`best: storyContent ${best.k}, storySimilarity ${best.s}, articleCoverage ${best.c} (balanced accuracy ${best.acc.toFixed(3)}); shipped: ${g.storyContent}, ${g.storySimilarity}, ${g.articleCoverage}`);
}

main();
