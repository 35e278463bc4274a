// FNC-1 stance detection, competition test set (25,413 headline/body pairs, 904 bodies), read from
// <eval dir>/fnc1_stance (see its README). Measures the story cross-referencing engine as it is; nothing is
// trained or tuned here.
//
// How the engine is mapped to the task. Each pair is a 2-article story: the body is one source, the headline
// the article under review.
// - The body is analysed once (analyzeArticle, default claim threshold: only its check-worthy sentences are
//   claims, as in the product) and its claims are indexed as StoryIndex.setArticle does (indexClaim, with the
//   previous sentence of the same paragraph) in a ClaimSearch for that body.
// - The headline is always a claim: it is analysed with threshold 0, so each of its sentences is one.
// - Each headline claim is matched against the body exactly as StoryIndex.report does it (ClaimSearch
//   candidates, compareClaims, the engine's content-word and similarity gates, the 8 best kept); that
//   private logic is mirrored in `crossRefs` below and checked against a real StoryIndex on a sample of pairs
//   where both see the same headline claims (the "agreement with StoryIndex" line).
// - Label: no cross-reference at all → unrelated; any `contradicts` → disagree; else any `agrees` → agree;
//   else (only `related`) → discuss.
// References printed beside it: the published figures of the FNC-1 README (top-3, official baseline; the
// baseline's per-class F1 is computed from the confusion matrix its README prints), "all unrelated", and a
// trivial system: related when at least half of the headline's content words occur in the body (fixed a
// priori, not tuned), then always "discuss". "Engine relatedness + all discuss" isolates what the engine's
// agree/contradict decisions add over always saying "discuss". The "diagnostic" row indexes every sentence
// of the body, not only its check-worthy ones (the engine's own threshold option, nothing tuned): it shows
// how much the claim gate on the other source costs.
// Metrics: the FNC score of scorer.py (+0.25 when related/unrelated is right, +0.75 more when a related
// pair's exact label is right), class-wise F1 and their mean over the four classes (F1m, Hanselowski et al.
// 2018), and F1 of agree/disagree/discuss on the gold-related pairs only.
import { analyzeArticle, type ArticleAnalysis } from '../../src/core/analyzeArticle';
import { DEFAULT_CLAIM_THRESHOLD } from '../../src/core/claims/checkworthiness';
import { ClaimSearch } from '../../src/core/story/claimSearch';
import type { Relation } from '../../src/core/story/compareClaims';
import { indexArticleClaims, type IndexedClaim } from '../../src/core/story/indexedClaim';
import { MentionSearch } from '../../src/core/story/mentionSearch';
import { relate, RELATION_ORDER } from '../../src/core/story/relate';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { readCsv } from '../lib/evalData';

export const name = 'fnc1';
export const aliases = ['fnc1Stance', 'fnc'];

const LABELS = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
type Label = (typeof LABELS)[number];

// Published figures, copied from ../shared/eval/fnc1_stance/README.md ("Published figures").
const MAX_SCORE = 11651.25;
const PUBLISHED: { system: string; score: number }[] = [
  { system: 'SOLAT in the SWEN (1st)', score: 9556.5 },
  { system: 'Athene (2nd)', score: 9550.75 },
  { system: 'UCL Machine Reading (3rd)', score: 9521.5 },
  { system: 'official baseline (GBT)', score: 8761.75 },
];
// The official baseline's confusion matrix as its README prints it (rows gold, cols predicted, LABELS order);
// agree/unrelated is 285, not the README's "28" (the row must sum to 1,903; see the FNC-1 README).
const BASELINE_CONFUSION = [
  [173, 10, 1435, 285],
  [39, 7, 413, 238],
  [221, 7, 3556, 680],
  [10, 3, 358, 17978],
];

// StoryIndex's default cap on cross-references per claim.
const MAX_REFS = 8;
// The mirror is checked against a real StoryIndex on the first pairs of the first bodies.
const CHECK_BODIES = 50;
const CHECK_PAIRS_PER_BODY = 3;

interface Pair {
  headline: string;
  bodyId: string;
  gold: Label;
}

function readGz(file: string): string[][] {
  return readCsv(`fnc1_stance/${file}`);
}

function readData(): { pairs: Pair[]; bodies: Map<string, string> } {
  const [bh, ...brows] = readGz('competition_test_bodies.csv.gz');
  const [bid, btext] = [bh.indexOf('Body ID'), bh.indexOf('articleBody')];
  const bodies = new Map(brows.filter((r) => r.length >= 2).map((r) => [r[bid], r[btext]]));
  const [sh, ...srows] = readGz('competition_test_stances.csv.gz');
  const [h, b, s] = [sh.indexOf('Headline'), sh.indexOf('Body ID'), sh.indexOf('Stance')];
  const pairs = srows
    .filter((r) => r.length >= 3)
    .map((r) => {
      if (!LABELS.includes(r[s] as Label)) throw new Error(`unknown stance ${r[s]}`);
      if (!bodies.has(r[b])) throw new Error(`no body ${r[b]}`);
      return { headline: r[h], bodyId: r[b], gold: r[s] as Label };
    });
  return { pairs, bodies };
}

/** The relations StoryIndex.report would keep for this claim, best first. */
function crossRefs(search: ClaimSearch, claim: IndexedClaim, mentions?: MentionSearch): { relation: Relation; score: number }[] {
  const refs: { relation: Relation; score: number }[] = [];
  const candidates = search.candidates(claim);
  for (const candidate of candidates) {
    const comparison = relate(claim, candidate);
    if (!comparison) continue;
    refs.push({ relation: comparison.relation, score: Math.round(candidate.similarity * 1000) / 1000 });
  }
  // As StoryIndex: a claim nothing relates to is looked up among every sentence of the other source.
  if (refs.length === 0 && mentions) {
    for (const { candidate, relating } of mentions.mentions(claim, candidates)) refs.push({ relation: relating.relation, score: Math.round(candidate.similarity * 1000) / 1000 });
  }
  refs.sort((a, b) => RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] || b.score - a.score);
  return refs.slice(0, MAX_REFS);
}

function labelOf(relations: Relation[]): Label {
  if (relations.length === 0) return 'unrelated';
  if (relations.includes('contradicts')) return 'disagree';
  if (relations.includes('agrees')) return 'agree';
  return 'discuss';
}

// The trivial reference's words: lower case, 3+ letters, not a function word.
const TRIVIAL_STOP = new Set(
  'the and for are but not you all any can had her was one our out has him his how its may new now old see two who did get let put say she too use that with have this will your from they been more when were what said than them into only over such also after which their there would about could other these first those being where while'.split(' '),
);
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []).filter((w) => !TRIVIAL_STOP.has(w));
}

function confusion(gold: Label[], predicted: Label[]): number[][] {
  const m = LABELS.map(() => LABELS.map(() => 0));
  gold.forEach((g, i) => m[LABELS.indexOf(g)][LABELS.indexOf(predicted[i])]++);
  return m;
}

/** scorer.py: +0.25 for related/unrelated right, +0.75 more for the exact label of a related pair. */
function fncScore(m: number[][]): number {
  let score = 0;
  const unrelated = LABELS.indexOf('unrelated');
  m.forEach((row, g) =>
    row.forEach((n, p) => {
      if ((g === unrelated) === (p === unrelated)) score += 0.25 * n;
      if (g === p && g !== unrelated) score += 0.75 * n;
    }),
  );
  return score;
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** F1 of each class over all pairs. */
function classF1(m: number[][]): number[] {
  return LABELS.map((_, k) => {
    const tp = m[k][k];
    const fp = m.reduce((s, row, g) => s + (g === k ? 0 : row[k]), 0);
    const fn = m[k].reduce((s, n, p) => s + (p === k ? 0 : n), 0);
    return f1(tp, fp, fn);
  });
}

/** F1 of agree/disagree/discuss counted on the gold-related pairs only (a related pair called unrelated is a miss). */
function relatedF1(m: number[][]): number[] {
  return [0, 1, 2].map((k) => {
    const tp = m[k][k];
    const fp = [0, 1, 2].reduce((s, g) => s + (g === k ? 0 : m[g][k]), 0);
    const fn = m[k].reduce((s, n, p) => s + (p === k ? 0 : n), 0);
    return f1(tp, fp, fn);
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (x: number) => `${((100 * x) / MAX_SCORE).toFixed(2)} %`;

export async function run(): Promise<void> {
  const started = Date.now();
  const { pairs, bodies } = readData();
  const counts = LABELS.map((l) => pairs.filter((p) => p.gold === l).length);
  console.log(`${pairs.length} pairs (${LABELS.map((l, k) => `${l} ${counts[k]}`).join(', ')}), ${bodies.size} bodies`);

  // Pairs grouped by body: each body is analysed and indexed once.
  const byBody = new Map<string, number[]>();
  pairs.forEach((p, i) => byBody.set(p.bodyId, [...(byBody.get(p.bodyId) ?? []), i]));
  const headlineClaims = new Map<string, IndexedClaim[]>();
  const engine: Label[] = new Array(pairs.length);
  const allSentences: Label[] = new Array(pairs.length);
  let bodyClaims = 0;
  let noBodyClaims = 0;
  let checked = 0;
  let agreeing = 0;
  let bodyNo = 0;
  for (const [bodyId, indices] of byBody) {
    const bodyFile = `body-${bodyId}.txt`;
    // One analysis per body: at threshold 0 every sentence is a claim; the product's claims are those
    // scoring at least the default threshold (the diagnostic variant indexes them all).
    const analysis = analyzeArticle(bodyFile, bodies.get(bodyId)!, { threshold: 0 });
    const everySentence = indexArticleClaims(analysis);
    const body = everySentence.filter((c) => analysis.sentences[c.claim.sentence].score >= DEFAULT_CLAIM_THRESHOLD);
    // The body's sentences that are not claims, as StoryIndex's mention search holds them (no facts).
    const mentions = new MentionSearch();
    mentions.setArticle(bodyFile, { ...analysis, claims: analysis.claims.filter((c) => analysis.sentences[c.sentence].score >= DEFAULT_CLAIM_THRESHOLD) }, body);
    bodyClaims += body.length;
    if (body.length === 0) noBodyClaims++;
    const checkHere = bodyNo++ < CHECK_BODIES;
    indices.forEach((i, k) => {
      const headline = pairs[i].headline;
      let claims = headlineClaims.get(headline);
      if (!claims) {
        claims = indexArticleClaims(analyzeArticle('headline.txt', headline, { threshold: 0 }));
        headlineClaims.set(headline, claims);
      }
      // A fresh index per pair (a handful of claims, so cheap): ClaimSearch.removeFile cannot be used to
      // swap the headline, it throws (MiniSearch ids are stored as strings, discarded as numbers).
      const search = new ClaimSearch();
      search.setFileClaims(bodyFile, body);
      search.setFileClaims('headline.txt', claims);
      const relations = claims.flatMap((c) => crossRefs(search, c, mentions).map((r) => r.relation));
      engine[i] = labelOf(relations);
      const all = new ClaimSearch();
      all.setFileClaims(bodyFile, everySentence);
      all.setFileClaims('headline.txt', claims);
      allSentences[i] = labelOf(claims.flatMap((c) => crossRefs(all, c).map((r) => r.relation)));
      if (checkHere && k < CHECK_PAIRS_PER_BODY) {
        // The same pair through a real StoryIndex (it re-analyses the body, hence only a sample).
        const story = new StoryIndex();
        story.setArticle(bodyFile, analysis.text);
        story.setArticle('headline.txt', headline);
        const reports = story.crossReference('headline.txt');
        if (reports.length === claims.length && reports.every((r, j) => r.claim.id === claims[j].claim.id)) {
          checked++;
          if (labelOf(reports.flatMap((r) => r.crossRefs.map((x) => x.relation))) === engine[i]) agreeing++;
        }
      }
    });
  }
  const engineSeconds = (Date.now() - started) / 1000;
  console.log(
    `engine: ${bodyClaims} body claims (${(bodyClaims / bodies.size).toFixed(1)} per body, ${noBodyClaims} bodies with none), ` +
      `${headlineClaims.size} distinct headlines; ${engineSeconds.toFixed(1)} s`,
  );
  console.log(`agreement with StoryIndex on ${checked} pairs where it sees the same headline claims: ${agreeing}/${checked}`);

  const gold = pairs.map((p) => p.gold);
  const trivialRelated = pairs.map((p) => {
    const words = new Set(contentWords(bodies.get(p.bodyId)!));
    const h = [...new Set(contentWords(p.headline))];
    return h.length > 0 && h.filter((w) => words.has(w)).length / h.length >= 0.5;
  });
  const systems: { system: string; m: number[][] }[] = [
    { system: 'Crosscheck engine', m: confusion(gold, engine) },
    { system: '  diagnostic: every body sentence', m: confusion(gold, allSentences) },
    { system: 'engine relatedness + all discuss', m: confusion(gold, engine.map((l) => (l === 'unrelated' ? l : 'discuss'))) },
    { system: 'overlap ≥ 50 % + all discuss', m: confusion(gold, trivialRelated.map((r) => (r ? 'discuss' : 'unrelated'))) },
    { system: 'all unrelated', m: confusion(gold, gold.map(() => 'unrelated')) },
  ];

  const head = ['FNC score', '% of max', 'F1 agr', 'F1 dis', 'F1 disc', 'F1 unrel', 'F1m', '| rel: agr', 'dis', 'disc', 'mean'];
  const widths = [11, 10, 8, 8, 8, 9, 8, 11, 7, 7, 7];
  const line = (label: string, cells: string[]) => console.log(label.padEnd(36) + cells.map((c, k) => c.padStart(widths[k])).join(''));
  console.log(`\nmaximum ${MAX_SCORE}; F1m = mean F1 of the four classes; "rel:" = F1 on the ${pairs.length - counts[3]} gold-related pairs only`);
  line('system', head);
  const row = (label: string, m: number[][] | undefined, score: number) => {
    const cells = [score.toFixed(2), pct(score)];
    if (m) {
      const c = classF1(m);
      const r = relatedF1(m);
      cells.push(...c.map((x) => x.toFixed(3)), mean(c).toFixed(3), r[0].toFixed(3), r[1].toFixed(3), r[2].toFixed(3), mean(r).toFixed(3));
    }
    line(label, cells);
  };
  for (const s of systems) row(s.system, s.m, fncScore(s.m));
  console.log('published (fnc1_stance/README.md):');
  for (const p of PUBLISHED) row(`  ${p.system}`, p.system.startsWith('official') ? BASELINE_CONFUSION : undefined, p.score);
  if (fncScore(BASELINE_CONFUSION) !== PUBLISHED[3].score) console.log(`  (baseline matrix scores ${fncScore(BASELINE_CONFUSION)}, not ${PUBLISHED[3].score})`);

  console.log('\nCrosscheck engine confusion (rows gold, columns predicted):');
  console.log(''.padEnd(12) + LABELS.map((l) => l.padStart(11)).join(''));
  systems[0].m.forEach((r, g) => console.log(LABELS[g].padEnd(12) + r.map((n) => String(n).padStart(11)).join('')));
}
