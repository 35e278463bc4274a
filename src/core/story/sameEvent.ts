import model from './sameEventModel.json';
import type { Evidence } from './sameEventFeatures';

/**
 * The probability that two sentences of two articles tell of the same event: a logistic regression over
 * the features of sameEventFeatures.ts, trained on ECB+ train topics by scripts/train-same-event.ts (which
 * writes sameEventModel.json, thresholds included). A relation is only as good as this: "contradicts"
 * between two different earthquakes is the worst thing the card can say.
 */
const WEIGHTS: Record<string, number> = model.weights;

/** Below these probabilities a pair is shown as related, not as agreeing / contradicting (chosen in training). */
export const SAME_EVENT_THRESHOLD = model.thresholds;

/**
 * How many independent kinds of evidence (`corroboration`) a contradiction needs besides the model's
 * probability, chosen in training out of fold: one shared word makes a probability high, but two different
 * events seldom share their time and their place or people as well.
 */
export const CONTRADICTS_CORROBORATION: number = model.corroboration;

/**
 * The independent kinds of evidence that two sentences tell of one event: the same time (their own dates
 * within a week of each other, or the same weekday), the same place, the same participants, articles about
 * the same person.
 */
export function corroboration(e: Evidence): string[] {
  const kinds: string[] = [];
  if ((e.times?.explicit && e.times.gap <= 7) || e.features.includes('wd:same')) kinds.push('time');
  if (e.sharedPlaces.length) kinds.push('place');
  if (e.sharedParticipants.length) kinds.push('participants');
  if (e.features.includes('mp:same')) kinds.push('subject');
  return kinds;
}

export function sameEventProbability(features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += WEIGHTS[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Why two sentences may be about different events, in the words a reviewer checks: the evidence that
 * weighs most against the same event, or undefined when nothing does.
 */
export function differentEventReason(e: Evidence): string | undefined {
  // A weight alone says little (one of "st:far" / "st:week" / … is always there): what weighs against the
  // same event is a value scoring below the best value of its own feature.
  const against = e.features
    .map((f) => ({ f, w: (WEIGHTS[f] ?? 0) - (BEST_OF_FAMILY.get(familyOf(f)) ?? 0) }))
    .filter((x) => x.w < 0)
    .sort((a, b) => a.w - b.w);
  for (const { f } of against) {
    const text = reasonOf(f, e);
    if (text) return text;
  }
  return undefined;
}

/** "st:far" → "st"; contradiction copies keep their prefix ("c&st"). */
function familyOf(feature: string): string {
  return feature.slice(0, feature.lastIndexOf(':'));
}

const BEST_OF_FAMILY = new Map<string, number>();
for (const [f, w] of Object.entries(WEIGHTS)) BEST_OF_FAMILY.set(familyOf(f), Math.max(w, BEST_OF_FAMILY.get(familyOf(f)) ?? -Infinity));

function reasonOf(feature: string, e: Evidence): string | undefined {
  const [kind, value] = feature.replace(/^c&/, '').split(':');
  if (kind === 'st' && e.times && e.times.gap > 7) {
    const { here, there, gap } = e.times;
    return `another event: ${here.text} here, ${there.text} there (${describeGap(gap)} apart)`;
  }
  if (kind === 'ay' && value === 'diff' && e.years) return `another event: the articles are about ${e.years[0]} and ${e.years[1]}`;
  if (kind === 'bg' && value !== '0') return 'a background mention (an earlier or other event), not the news both report';
  if (kind === 'sp' && value === 'disjoint' && e.places) return `another place: ${e.places[0]} here, ${e.places[1]} there`;
  if (kind === 'mp' && e.mainPeople) return `another event: the articles are about ${e.mainPeople[0]} and ${e.mainPeople[1]}`;
  if (kind === 'an') return `maybe another event: the two articles have few names in common (${Math.round(e.articleOverlap * 100)} %)`;
  return undefined;
}

/** Why two sentences are taken to tell of the same event: the shared time, place or participants. */
export function sameEventReason(e: Evidence): string | undefined {
  const parts: string[] = [];
  if (e.times && e.times.explicit && e.times.gap === 0) parts.push(e.times.here.text === e.times.there.text ? `same time (${e.times.here.text})` : `same time (${e.times.here.text} / ${e.times.there.text})`);
  if (e.sharedPlaces.length) parts.push(`same place (${e.sharedPlaces.slice(0, 2).join(', ')})`);
  if (e.sharedParticipants.length) parts.push(`both name ${e.sharedParticipants.slice(0, 2).join(' and ')}`);
  return parts.length ? parts.join('; ') : undefined;
}

/** "about 5 years", "about 3 months", "12 days". */
export function describeGap(days: number): string {
  if (days >= 330) {
    const years = Math.round(days / 365);
    return years <= 1 ? 'about a year' : `about ${years} years`;
  }
  if (days >= 45) return `about ${Math.round(days / 30)} months`;
  return `${days} days`;
}
