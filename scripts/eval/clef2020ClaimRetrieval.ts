// CLEF-2020 CheckThat! Task 2, test split: rank 10,389 verified Snopes claims for each of 200 tweets, read
// from <eval dir>/clef2020_checkthat_task2_claim_retrieval (see its README). Measures the story engine's claim
// matching as it is; nothing is trained or tuned here.
//
// Engine: every verified claim is one source article "vclaim + blank line + title", analysed with threshold 0
// so each of its sentences is a claim, indexed as the story index does (indexClaim) in one ClaimSearch. Each
// tweet is analysed the same way; each of its claims retrieves candidates (ClaimSearch.candidates: BM25 hits,
// bm25.ts), and a verified claim's score is its best rankScore (candidateRank.ts: the order the story index
// gives a claim's cross-references) over the tweet's claims. Ranking = score descending (ties: the order
// candidates came in). The list is as deep as
// the engine's candidate cap makes it (at most 24 per tweet claim); deeper ranks count as misses.
// Baseline (as the lab's elastic_search_baseline.py, BM25 over vclaim + title): MiniSearch's BM25 with its
// default tokenizer and lower-casing, fields vclaim and title, the whole tweet as an OR query.
// Metrics as TREC/trectools compute them in the lab's evaluate.py: per query, AP@k = Σ over relevant docs in
// the first k of precision at that rank / number of relevant docs; MAP@k, MRR and Recall@k are averaged over
// the queries that have a relevant claim in the qrels: 199 of 200. Tweet 1198 has none and is left out, as
// trec_eval leaves out unjudged queries. The qrels list 1167 → 9807 twice: that is one relevant claim, so every
// judged tweet has exactly one (not "one tweet has two", as the data README reads the 200 lines).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import { ClaimSearch } from '../../src/core/story/claimSearch';
import { indexArticleClaims, type IndexedClaim } from '../../src/core/story/indexedClaim';
import { rankScore } from '../../src/core/story/candidateRank';
import { relate } from '../../src/core/story/relate';
import { evalDir } from '../lib/evalData';

export const name = 'clef2020';
export const aliases = ['clef2020ClaimRetrieval', 'claimRetrieval'];

const DEPTHS = [1, 3, 5, 10];

function dataFile(file: string): string {
  return readFileSync(resolve(evalDir(), 'clef2020_checkthat_task2_claim_retrieval', file), 'utf8');
}

/** Rows of a TSV with a header line; the first column is the id. */
function readTsv(file: string): string[][] {
  return dataFile(file)
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
}

let qrelLines = 0;
/** Relevant claims per tweet. A pair listed twice (1167 → 9807 is) counts once. */
function readQrels(): Map<string, Set<string>> {
  const qrels = new Map<string, Set<string>>();
  qrelLines = 0;
  for (const line of dataFile('test_tweet-vclaim-pairs.qrels').split(/\r?\n/)) {
    if (line.trim()) qrelLines++;
    const [q, , d, rel] = line.trim().split(/\s+/);
    if (!q || Number(rel) <= 0) continue;
    if (!qrels.has(q)) qrels.set(q, new Set());
    qrels.get(q)!.add(d);
  }
  return qrels;
}

function indexedClaims(file: string, text: string): IndexedClaim[] {
  return indexArticleClaims(analyzeArticle(file, text, { threshold: 0 }));
}

interface Measures {
  map: number[];
  mrr: number;
  recall: number[];
}

/** TREC-style measures over the judged queries; `rankings` maps a query to its doc ids, best first. */
function measure(rankings: Map<string, string[]>, qrels: Map<string, Set<string>>): Measures {
  const map = DEPTHS.map(() => 0);
  const recall = DEPTHS.map(() => 0);
  let mrr = 0;
  for (const [q, relevant] of qrels) {
    const ranked = rankings.get(q) ?? [];
    DEPTHS.forEach((k, j) => {
      let hits = 0;
      let sum = 0;
      ranked.slice(0, k).forEach((d, i) => {
        if (relevant.has(d)) sum += ++hits / (i + 1);
      });
      map[j] += sum / relevant.size;
      recall[j] += hits / relevant.size;
    });
    const first = ranked.findIndex((d) => relevant.has(d));
    mrr += first < 0 ? 0 : 1 / (first + 1);
  }
  const n = qrels.size;
  return { map: map.map((x) => x / n), mrr: mrr / n, recall: recall.map((x) => x / n) };
}

export async function run(): Promise<void> {
  const tweets = readTsv('test_tweets.queries.tsv').map(([id, text]) => ({ id, text }));
  const docs = readTsv('verified_claims.docs.tsv').map(([id, vclaim, title]) => ({ id, vclaim, title: title ?? '' }));
  const qrels = readQrels();
  const unjudged = tweets.filter((t) => !qrels.has(t.id)).map((t) => t.id);
  console.log(
    `${tweets.length} tweets, ${docs.length} verified claims, ${[...qrels.values()].reduce((n, s) => n + s.size, 0)} relevant pairs (${qrelLines} qrels lines); ` +
      `measured over the ${qrels.size} tweets with a relevant claim (left out: ${unjudged.join(', ') || 'none'})`,
  );

  // Engine.
  let started = Date.now();
  const search = new ClaimSearch();
  for (const d of docs) search.setFileClaims(d.id, indexedClaims(d.id, `${d.vclaim}\n\n${d.title}`));
  const indexSeconds = (Date.now() - started) / 1000;
  started = Date.now();
  const engine = new Map<string, string[]>();
  let shown = 0;
  for (const t of tweets) {
    const best = new Map<string, number>();
    const gated = new Set<string>();
    for (const claim of indexedClaims(`tweet-${t.id}`, t.text)) {
      for (const c of search.candidates(claim)) {
        // As the story index orders a claim's cross-references: rankScore, the same-event probability when judged.
        const related = relate(claim, c);
        const score = rankScore(c, related?.sameEvent);
        if (score > (best.get(c.claim.file) ?? -1)) best.set(c.claim.file, score);
        if (related) gated.add(c.claim.file);
      }
    }
    engine.set(t.id, [...best].sort((a, b) => b[1] - a[1]).map(([d]) => d));
    if ([...(qrels.get(t.id) ?? [])].some((d) => gated.has(d))) shown++;
  }
  const engineSeconds = (Date.now() - started) / 1000;
  console.log(
    `engine: ${search.size} claims indexed in ${indexSeconds.toFixed(1)} s, 200 tweets ranked in ${engineSeconds.toFixed(1)} s; ` +
      `mean list depth ${(tweets.reduce((n, t) => n + engine.get(t.id)!.length, 0) / tweets.length).toFixed(1)}`,
  );

  // BM25 baseline.
  started = Date.now();
  const bm25 = new MiniSearch<{ id: string; vclaim: string; title: string }>({ fields: ['vclaim', 'title'], searchOptions: { combineWith: 'OR' } });
  bm25.addAll(docs);
  const baseline = new Map(tweets.map((t) => [t.id, bm25.search(t.text).map((r) => String(r.id))]));
  console.log(`BM25 (MiniSearch defaults, vclaim + title): ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const header = ['MAP@1', 'MAP@3', 'MAP@5', 'MAP@10', 'MRR', 'R@1', 'R@5', 'R@10'];
  console.log('\n' + 'system'.padEnd(36) + header.map((h) => h.padStart(8)).join(''));
  const row = (label: string, m: Measures) =>
    console.log(label.padEnd(36) + [...m.map, m.mrr, m.recall[0], m.recall[2], m.recall[3]].map((x) => x.toFixed(4).padStart(8)).join(''));
  row('Crosscheck engine (claim matching)', measure(engine, qrels));
  row('BM25 baseline', measure(baseline, qrels));
  console.log(`official measure: MAP@5. Published figures not retrieved (see the data README).`);
  console.log(`engine: the relevant claim passes the story index's "related" gate for ${shown} of ${qrels.size} tweets`);
}
