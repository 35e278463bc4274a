// Why a story's relations outgrow it (issue 15's ratio at 904 articles): a developer's probe, not part of
// `npm run bench`. For the first N FNC-1 bodies, loaded as the analysis worker loads a story (read ahead 25 at a
// time), it prints
//   - what the claim search walks: postings met per claim (each a step of the BM25 walk), the distinct claims
//     met, the hits kept (top 24 of other files) and the candidates relate() may relate (mayRelate);
//   - relate()'s outcomes over those candidates;
//   - the BM25 rank (1–24) of every cross-reference kept in the end, per relation: where the 24 could be cut;
//   - median times (runs after the first, a fresh story each): the story's setArticle, its relations, and inside
//     those relations the candidates and relate() apart, each against wink's bare pass alternated with them.
//
//   node scripts/bench/bundled.mjs scripts/bench/relationsAtScale.ts [N=904] [runs=3]
import { READ_AHEAD_ARTICLES } from '../../src/core/readAhead';
import { wink } from '../../src/core/nlp/wink';
import type { Candidate } from '../../src/core/story/candidate';
import type { IndexedClaim } from '../../src/core/story/indexedClaim';
import { mayRelate, relate } from '../../src/core/story/relate';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies, seedStory, type BenchArticle } from './corpus';

const [n = 904, runs = 3] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (bundled.mjs does)');
const articles = fncBodies().slice(0, n);
const nlp = wink();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The story's private claim search, read for its counts (ClaimSearch and Bm25Index keep them private). */
interface SearchInternals {
  reading: { of(claim: IndexedClaim): { tokens: Int32Array } };
  files: { numberOf(file: string): number };
  docFile: Int32Array;
  docClaims: (IndexedClaim | undefined)[];
  candidates(claim: IndexedClaim, limit: undefined, keep: typeof mayRelate): Candidate[];
  search: { postings: ({ ids: number[] } | undefined)[]; hitIds: Int32Array; searchTokenIds(tokens: Int32Array, limit: number, skip: (id: number) => boolean): number };
}
const internals = (story: StoryIndex) => (story as unknown as { search: SearchInternals }).search;

function loaded(list: BenchArticle[]): StoryIndex {
  const story = new StoryIndex();
  list.forEach((a, k) => {
    if (k % READ_AHEAD_ARTICLES === 0) story.readAhead(list.slice(k, k + READ_AHEAD_ARTICLES));
    story.setArticle(a.file, a.text);
  });
  return story;
}

function bare(): number {
  gc!();
  const t0 = performance.now();
  let sink = 0;
  for (const a of articles) {
    const doc = nlp.readDoc(a.text);
    sink += (doc.sentences().out(nlp.its.span) as unknown[]).length + doc.tokens().out().length;
  }
  if (sink < 0) console.log(sink);
  return performance.now() - t0;
}

// The story the editor has open meanwhile, as in the bench (run.ts: with none alive, V8 recompiles the search's
// methods in every run).
const openStory = loaded(seedStory());
for (const file of openStory.files()) openStory.relations(file);

// Counts, on one story.
const story = loaded(articles);
const search = internals(story);
const claims = story.files().flatMap((f) => [...story.indexedClaims(f)]);
let postings = 0;
let met = 0;
let hits = 0;
const seen = new Set<number>();
for (const claim of claims) {
  seen.clear();
  for (const term of search.reading.of(claim).tokens) for (const id of (term >= 0 && search.search.postings[term]?.ids) || []) (postings++, seen.add(id));
  met += seen.size;
  const own = search.files.numberOf(claim.file);
  hits += search.search.searchTokenIds(search.reading.of(claim).tokens, 24, (id) => search.docFile[id] === own);
}
const outcomes: Record<string, number> = {};
let kept = 0;
for (const claim of claims) {
  for (const candidate of search.candidates(claim, undefined, mayRelate)) {
    const relating = relate(claim, candidate);
    const key = relating ? relating.relation + (Number.isNaN(relating.sameEvent) ? '' : ' (same-event model asked)') : 'none';
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    kept++;
  }
}
const per = (x: number) => (x / claims.length).toFixed(1);
console.log(`${n} FNC-1 bodies, ${claims.length} claims. Per claim: ${per(postings)} postings walked, ${per(met)} claims met, ${per(hits)} hits, ${per(kept)} candidates relate() may relate`);
console.log('relate() on them:', outcomes);

const byRank: Record<string, number[]> = {};
for (const file of story.files()) {
  const reports = story.relations(file);
  story.indexedClaims(file).forEach((claim, k) => {
    const own = search.files.numberOf(claim.file);
    const count = search.search.searchTokenIds(search.reading.of(claim).tokens, 24, (id) => search.docFile[id] === own);
    const rankOf = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const other = search.docClaims[search.search.hitIds[i]]!;
      rankOf.set(`${other.file}#${other.claim.id}`, i);
    }
    for (const ref of reports[k].crossRefs) (byRank[ref.relation] ??= Array(24).fill(0))[rankOf.get(`${ref.file}#${ref.claimId}`)!]++;
  });
}
console.log('cross-references kept, by BM25 rank 1–24:');
for (const [relation, counts] of Object.entries(byRank)) console.log(`  ${relation.padEnd(11)} ${counts.join(' ')}`);

// Times, a fresh story per run (relate() keeps its pairs per claim object: a fresh story's are new).
const times: Record<string, number[]> = {};
const time = (name: string, ms: number, r: number) => r > 0 && (times[name] ??= []).push(ms);
for (let r = 0; r < runs + 1; r++) {
  time('bare wink pass', bare(), r);
  gc();
  let t0 = performance.now();
  const fresh = loaded(articles);
  time('setArticle (read ahead)', performance.now() - t0, r);
  t0 = performance.now();
  for (const file of fresh.files()) fresh.relations(file);
  time('relations', performance.now() - t0, r);
  // the same relations again on another fresh story, candidates and relate() timed apart
  const apart = loaded(articles);
  const s = internals(apart);
  let candidatesMs = 0;
  let relateMs = 0;
  for (const file of apart.files()) {
    for (const claim of apart.indexedClaims(file)) {
      const t1 = performance.now();
      const candidates = s.candidates(claim, undefined, mayRelate);
      const t2 = performance.now();
      for (const candidate of candidates) relate(claim, candidate);
      candidatesMs += t2 - t1;
      relateMs += performance.now() - t2;
    }
  }
  time('  of which candidates', candidatesMs, r);
  time('  of which relate()', relateMs, r);
}
const base = median(times['bare wink pass']);
console.log(`median of ${runs} runs (the sample story held open: ${openStory.files().length} articles):`);
for (const [name, xs] of Object.entries(times)) console.log(`  ${median(xs).toFixed(0).padStart(6)} ms  ${(median(xs) / base).toFixed(2)}×  ${name}`);
