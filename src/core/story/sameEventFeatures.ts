import type { ArticleFrame } from './articleFrame';
import { gapDays, type ClaimFrame, type DayRange } from './claimFrame';
import type { Comparison } from './compareClaims';

/**
 * The evidence that two sentences of two articles tell of the same event, as named binary features for the
 * same-event model (sameEvent.ts, trained by scripts/train-same-event.ts on ECB+ train topics). Sister events
 * share their words, so the features are mostly about what words do not carry: when (dates resolved against
 * each article's date line), where, who, and how much of the two articles' names overlap.
 * Also the evidence a reason can quote (`Evidence`).
 */
export interface Evidence {
  features: string[];
  /** the closest two times of the two sentences, and the days between them */
  times?: { here: DayRange; there: DayRange; gap: number; explicit: boolean };
  /** years the two articles are mostly about */
  years?: [number, number];
  articleOverlap: number;
  sharedPlaces: string[];
  sharedParticipants: string[];
  places?: [string, string];
  /** a person or organisation of each sentence, when both name some and none in common */
  participants?: [string, string];
  /** whom each article is mostly about, when they differ */
  mainPeople?: [string, string];
}

/** The bounds of the similarity feature's buckets (relate.ts caches a pair's result between them). */
export const SIMILARITY_BUCKETS = [0.1, 0.2, 0.3, 0.45] as const;
// Articles with fewer names or numbers than this say nothing by them: no feature, no evidence either way.
// (Every feature family below leaves "unknown" out for the same reason: absence is not evidence.)
const FEW = 4;
// A sentence with no time of its own tells of its article's news: the week up to its date line.
const IMPLICIT_DAYS = 7;
// Same-article overlap is cached per pair of article frames: a claim meets up to 24 candidates, mostly in a
// few articles, and the frames change only when an article is re-analysed.
const OVERLAPS = new WeakMap<ArticleFrame, WeakMap<ArticleFrame, number>>();

export function sameEventEvidence(here: ClaimFrame, there: ClaimFrame, similarity: number, comparison: Comparison): Evidence {
  const features: string[] = [];
  const a = here.article;
  const b = there.article;

  const overlap = articleOverlap(a, b);
  if (Math.min(a.names.size, b.names.size) >= FEW) features.push(`an:${bucket(overlap, [0.05, 0.1, 0.2, 0.35, 0.5])}`);
  const numbers = overlapOf(a.numbers, b.numbers);
  if (Math.min(a.numbers.size, b.numbers.size) >= FEW) features.push(`anum:${bucket(numbers!, [0.1, 0.25, 0.5])}`);
  // Two reports of one event agree on some of its counts ("five intercepted"); a sister event has its own.
  if (Math.min(a.counts.size, b.counts.size) >= 2) features.push(overlapOf(a.counts, b.counts)! > 0 ? 'ac:shared' : 'ac:disjoint');
  // The sentence's own names, looked up in the whole other article: "Lohan" is nowhere in an article on Reid.
  const found = Math.min(foundIn(here.names, b.names), foundIn(there.names, a.names));
  if (!Number.isNaN(found)) features.push(`xn:${bucket(found, [0.34, 0.67, 1])}`);
  const yearHere = crossYear(here.years, b.year);
  const yearThere = crossYear(there.years, a.year);
  if (yearHere === 'diff' || yearThere === 'diff') features.push('xy:diff');
  else if (yearHere === 'same' || yearThere === 'same') features.push('xy:same');

  // Date lines are not compared on their own: in the training data only one kind of article has them, so a
  // weight for them would learn the corpus, not the news. They enter through the times they resolve.

  let years: [number, number] | undefined;
  if (a.year !== undefined && b.year !== undefined) {
    years = [a.year, b.year];
    features.push(a.year === b.year ? 'ay:same' : 'ay:diff');
  }

  const times = closestTimes(here, there);
  if (times) {
    features.push(`st:${times.gap === 0 ? 'overlap' : times.gap <= 7 ? 'week' : times.gap <= 60 ? 'months' : 'far'}`);
  }
  if (here.weekdays.size && there.weekdays.size) features.push([...here.weekdays].some((d) => there.weekdays.has(d)) ? 'wd:same' : 'wd:diff');
  // A sentence dated far from its own article's news is about something else (a background mention).
  features.push(`bg:${Number(here.background || here.offNews) + Number(there.background || there.offNews)}`);

  const sharedPlaces = intersect(here.places, there.places);
  features.push(`sp:${setRelation(here.places, there.places, sharedPlaces.length)}`);
  // Whom each article is about, looked up in the other: a sister event is told of someone else.
  const main = mainPersonRelation(a, b);
  if (main) features.push(`mp:${main}`);
  if (here.people.size && there.people.size) features.push(intersect(here.people, there.people).length ? 'pp:shared' : 'pp:disjoint');
  const sharedParticipants = intersect(here.participants, there.participants);
  features.push(`sn:${setRelation(here.participants, there.participants, sharedParticipants.length)}`);

  features.push(`sim:${bucket(similarity, SIMILARITY_BUCKETS)}`);
  // What makes a contradiction between two sentences real differs from what makes a link: the same evidence,
  // weighed again for contradicting pairs ("c&" features), lets the model learn both. (Its probability is
  // not calibrated for contradicting pairs without them: a third of those it put above 0.9 were sister events.)
  if (comparison.relation === 'contradicts') for (const f of [...features]) features.push(`c&${f}`);
  features.push(`rel:${comparison.relation}`);
  for (const type of new Set(comparison.conflicts.map((c) => c.type))) features.push(`cf:${type}`);
  if (comparison.shared.length) features.push('sh:fact');

  const places: [string, string] | undefined = here.places.size && there.places.size && !sharedPlaces.length ? [[...here.places][0], [...there.places][0]] : undefined;
  const participants: [string, string] | undefined = here.participants.size && there.participants.size && !sharedParticipants.length ? [[...here.participants][0], [...there.participants][0]] : undefined;
  const mainPeople: [string, string] | undefined = a.mainPerson && b.mainPerson && a.mainPerson !== b.mainPerson ? [capitalised(a.mainPerson), capitalised(b.mainPerson)] : undefined;
  return { features, times, years, articleOverlap: overlap, sharedPlaces, sharedParticipants, places, participants, mainPeople };
}

function capitalised(word: string): string {
  return word.replace(/^./, (c) => c.toUpperCase());
}

/**
 * "same": one person; "both": each article's person is named in the other; "one": only one of them is;
 * "none": neither; undefined when an article is about no one in particular.
 */
function mainPersonRelation(a: ArticleFrame, b: ArticleFrame): string | undefined {
  if (!a.mainPerson || !b.mainPerson) return undefined;
  if (a.mainPerson === b.mainPerson) return 'same';
  const found = Number(b.names.has(a.mainPerson)) + Number(a.names.has(b.mainPerson));
  return found === 2 ? 'both' : found === 1 ? 'one' : 'none';
}

/** The share of the smaller article's proper names the other article also uses. */
export function articleOverlap(a: ArticleFrame, b: ArticleFrame): number {
  if (a === b) return 1;
  let cached = OVERLAPS.get(a)?.get(b);
  if (cached !== undefined) return cached;
  const [small, large] = a.names.size <= b.names.size ? [a.names, b.names] : [b.names, a.names];
  let shared = 0;
  for (const n of small) if (large.has(n)) shared++;
  cached = small.size ? shared / small.size : 0;
  if (!OVERLAPS.has(a)) OVERLAPS.set(a, new WeakMap());
  OVERLAPS.get(a)!.set(b, cached);
  return cached;
}

function overlapOf(a: ReadonlySet<string>, b: ReadonlySet<string>): number | undefined {
  if (!a.size || !b.size) return undefined;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const n of small) if (large.has(n)) shared++;
  return shared / small.size;
}

/** The share of a sentence's names the other article uses anywhere; NaN when the sentence names none. */
function foundIn(names: ReadonlySet<string>, article: ReadonlySet<string>): number {
  if (!names.size) return NaN;
  let found = 0;
  for (const n of names) if (article.has(n)) found++;
  return found / names.size;
}

/** Whether the years a sentence names include the other article's year ("same"), exclude it ("diff"). */
function crossYear(years: ReadonlySet<number>, year: number | undefined): 'same' | 'diff' | 'none' {
  if (!years.size || year === undefined) return 'none';
  return years.has(year) ? 'same' : 'diff';
}

/** The two closest times of the sentences; a sentence without one stands at its article's date line. */
function closestTimes(here: ClaimFrame, there: ClaimFrame): Evidence['times'] {
  const own = (f: ClaimFrame): DayRange[] => (f.times.length ? f.times : f.article.date !== undefined ? [{ from: f.article.date - IMPLICIT_DAYS, to: f.article.date, text: 'the date line' }] : []);
  const ta = own(here);
  const tb = own(there);
  let best: Evidence['times'];
  for (const x of ta) for (const y of tb) {
    const gap = gapDays(x, y);
    if (!best || gap < best.gap) best = { here: x, there: y, gap, explicit: here.times.length > 0 && there.times.length > 0 };
  }
  return best;
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const x of a) if (b.has(x)) out.push(x);
  return out;
}

function setRelation(a: ReadonlySet<string>, b: ReadonlySet<string>, shared: number): string {
  if (shared) return 'shared';
  if (a.size && b.size) return 'disjoint';
  return a.size || b.size ? 'one' : 'none';
}

/** How many of the ascending bounds x reaches. */
export function bucket(x: number, bounds: readonly number[]): number {
  let k = 0;
  while (k < bounds.length && x >= bounds[k]) k++;
  return k;
}
