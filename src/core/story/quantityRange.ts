import type { Fact } from '../model';

/**
 * The values a quantity's words allow, in one base unit per kind of measure: "at least 50" is [50, ∞),
 * "about 60 miles" roughly [82, 111] km, "43" is [43, 43]. Two counts of the same thing agree when their
 * ranges meet and contradict only when they cannot: "more than 40 were hurt" does not contradict "43".
 */
export interface QuantityRange {
  lo: number;
  hi: number;
  /** a plain number, no bound or approximation */
  exact: boolean;
}

/** Measures written in different units, to one base unit (km, kg): conversion is arithmetic, not a word list. */
const MEASURES: Record<string, [string, number]> = {
  km: ['length', 1], kilometre: ['length', 1], kilometer: ['length', 1], mile: ['length', 1.609344],
  metre: ['length', 0.001], meter: ['length', 0.001], m: ['length', 0.001], foot: ['length', 0.0003048], feet: ['length', 0.0003048],
  kg: ['mass', 1], kilogram: ['mass', 1], pound: ['mass', 0.45359237], lb: ['mass', 0.45359237], tonne: ['mass', 1000], ton: ['mass', 1000],
};

// Rounded figures are compared with this tolerance: "60 miles" is 96.6 km, reported as "96 km" or "97 km".
const ROUNDING = 0.02;
const APPROXIMATE = 0.15;

/** The kind of measure a unit key is ("length"), or undefined for counts. */
export function measureOf(unitKey: string | undefined): string | undefined {
  return unitKey ? MEASURES[unitKey]?.[0] : undefined;
}

export function rangeOf(fact: Fact, value: number): QuantityRange {
  const factor = (fact.unitKey && MEASURES[fact.unitKey]?.[1]) || 1;
  const v = value * factor;
  const words = fact.text.toLowerCase();
  const converted = factor !== 1;
  if (/^(at least|more than|over|upwards of|in excess of)\b/.test(words)) return { lo: v, hi: Infinity, exact: false };
  if (/^(at most|fewer than|less than|under|up to|no more than|as (many|much) as)\b/.test(words)) return { lo: 0, hi: v, exact: false };
  if (/^(nearly|almost)\b/.test(words)) return { lo: v * (1 - APPROXIMATE), hi: v, exact: false };
  // "thousands of troops": an order of magnitude.
  if (/^(dozens|scores|hundreds|thousands|millions|billions|tens)\b/.test(words)) return { lo: v, hi: v * 10, exact: false };
  if (fact.approximate) return { lo: v * (1 - APPROXIMATE), hi: v * (1 + APPROXIMATE), exact: false };
  return converted ? { lo: v * (1 - ROUNDING), hi: v * (1 + ROUNDING), exact: false } : { lo: v, hi: v, exact: true };
}

/** Whether two ranges allow a common value. */
export function rangesMeet(a: QuantityRange, b: QuantityRange): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

// Compatible is not the same: "as many as 80" allows "2", and "at least 35" allows "850", but neither says
// the other's figure. Two ranges corroborate each other only when their figures are this close as well.
const CORROBORATING_RATIO = 2;

/** The figure a range's words name: the bound of a bound, the value of a plain or approximate figure. */
function pointOf(r: QuantityRange): number {
  if (r.hi === Infinity) return r.lo;
  if (r.lo === 0) return r.hi;
  return (r.lo + r.hi) / 2;
}

/** Whether two ranges meet and name figures close enough for one to confirm the other ("more than 40" / "43"). */
export function rangesAgree(a: QuantityRange, b: QuantityRange): boolean {
  if (!rangesMeet(a, b)) return false;
  const [x, y] = [pointOf(a), pointOf(b)];
  // Two bounds the same way ("as much as 55 percent" / "as much as 70%") each name only a limit: neither states
  // a figure for the other to confirm, so only limits as close as two roundings of one figure agree.
  if (sameWayBounds(a, b)) return Math.max(x, y) <= (1 + APPROXIMATE) * Math.min(x, y);
  return Math.max(x, y) <= CORROBORATING_RATIO * Math.min(x, y);
}

/** Both ranges are open on the same side: two "at least"s, or two "up to"s. */
function sameWayBounds(a: QuantityRange, b: QuantityRange): boolean {
  return (a.hi === Infinity && b.hi === Infinity) || (!a.exact && !b.exact && a.lo === 0 && b.lo === 0);
}
