// Word classes for comparing claims across sources. Different outlets say the same thing in different
// words: "missiles"/"rockets"/"ATACMS", "intercepted"/"stopped"/"shot down". A class is only a key; the
// article's own words are what the reviewer sees.

/** Head nouns of quantities that count the same kind of thing. */
const UNIT_CLASSES: Record<string, string[]> = {
  missile: ['missile', 'rocket', 'projectile', 'munition', 'warhead'],
  drone: ['drone', 'uav'],
  person: ['person', 'people', 'civilian', 'resident', 'individual'],
  casualty: ['casualty', 'death', 'dead', 'fatality', 'killed', 'victim'],
  injury: ['injury', 'injured', 'wounded'],
  troop: ['troop', 'soldier', 'fighter', 'servicemen', 'personnel'],
  official: ['official', 'officer', 'diplomat'],
  dollar: ['dollar', 'usd', '$'],
  kilometre: ['km', 'kilometre', 'kilometer'],
  mile: ['mile'],
};

/** Verbs of the event a quantity takes part in: "launched six", "five were stopped". */
const EVENT_CLASSES: Record<string, string[]> = {
  launch: ['launch', 'launched', 'launching', 'fire', 'fired', 'firing', 'deploy', 'deployed', 'deploying', 'shoot', 'shot', 'send', 'sent', 'sending', 'use', 'used', 'strike', 'struck', 'target', 'targeted', 'targeting', 'unleash', 'unleashed'],
  intercept: ['intercept', 'intercepted', 'intercepting', 'stop', 'stopped', 'down', 'downed', 'shot down', 'shoot down', 'shooting down', 'took out', 'take out', 'destroy', 'destroyed', 'neutralize', 'neutralized', 'neutralised', 'repel', 'repelled', 'repulsed'],
  hit: ['hit', 'hits', 'impact', 'landed', 'reached'],
  kill: ['kill', 'killed', 'die', 'died', 'dead'],
  injure: ['injure', 'injured', 'wound', 'wounded', 'hurt'],
};

/** Words that say harm was done; "no damage" against "hit an ammunition depot" is a contradiction. */
// "damaged" is left out: "the damaged missile" and "a sixth was damaged" speak of the weapon, not the target.
export const HARM_WORDS = new Set([
  'damage', 'damages', 'hit', 'destroyed', 'destruction', 'casualties', 'casualty', 'injuries', 'injured',
  'killed', 'wounded', 'dead', 'deaths', 'struck', 'explosion', 'explosions',
]);

/** Kinds of harm: denying one kind ("nobody was injured") says nothing of another ("$1 million in damage"). */
export const HARM_KINDS: ReadonlySet<string>[] = [
  new Set(['casualties', 'casualty', 'injuries', 'injured', 'killed', 'wounded', 'dead', 'deaths']),
  new Set(['damage', 'damages', 'hit', 'destroyed', 'destruction', 'struck', 'explosion', 'explosions']),
];

/** Harm words that are nouns: negated ("no damage", "no casualties") they deny harm. */
export const HARM_NOUNS = new Set(['damage', 'damages', 'destruction', 'casualties', 'casualty', 'injuries', 'deaths', 'dead', 'explosion', 'explosions']);

/** Verbs that say a report is untrue: "denied reports that…", "U.S. officials dispute this". */
export const DENIAL_VERBS = new Set(['deny', 'denies', 'denied', 'denying', 'dispute', 'disputes', 'disputed', 'disputing', 'refute', 'refutes', 'refuted', 'refuting', 'debunk', 'debunks', 'debunked', 'retract', 'retracted', 'discount', 'discounts', 'discounted', 'dismiss', 'dismissed', 'dismisses', 'reject', 'rejected', 'rejects']);
/** Words that call a report untrue whatever their part of speech: "a hoax", "fabricated", "baseless". */
export const DENIAL_WORDS = new Set(['hoax', 'fabricated', 'fabrication', 'baseless', 'untrue', 'falsehood']);

/** Words that negate what follows them ("no damage", "did not confirm", "never hit"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['no', 'without', 'not', "n't", 'n’t', 'never', 'nor', 'none']);

/**
 * What a word is to the claim reader (indexedClaim.ts), as bits: a negation, a harm word, a harm noun, a denial
 * verb, a denial word, "false"/"fake"; and the kinds of harm it names (HARM_KINDS) from bit HARM_KIND_SHIFT up.
 * One lookup per token of a claim answers what a lookup in each set above asked (five, for most tokens), and
 * most tokens are none of these (no entry).
 */
export const ROLE_NEGATION = 1;
export const ROLE_HARM = 2;
export const ROLE_HARM_NOUN = 4;
export const ROLE_DENIAL_VERB = 8;
export const ROLE_DENIAL_WORD = 16;
/** "false", "fake": a denial after a copula ("dismissed the reports as false", "the claim was false") */
export const ROLE_FALSE = 32;
export const HARM_KIND_SHIFT = 8;
export const WORD_ROLES: ReadonlyMap<string, number> = wordRoles();

function wordRoles(): Map<string, number> {
  const roles = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) roles.set(w, (roles.get(w) ?? 0) | bit);
  };
  mark(NEGATIONS, ROLE_NEGATION);
  mark(HARM_WORDS, ROLE_HARM);
  mark(HARM_NOUNS, ROLE_HARM_NOUN);
  mark(DENIAL_VERBS, ROLE_DENIAL_VERB);
  mark(DENIAL_WORDS, ROLE_DENIAL_WORD);
  mark(['false', 'fake'], ROLE_FALSE);
  HARM_KINDS.forEach((kind, k) => mark(kind, 1 << (HARM_KIND_SHIFT + k)));
  return roles;
}

const unitIndex = invert(UNIT_CLASSES);
const eventIndex = invert(EVENT_CLASSES);

function invert(classes: Record<string, string[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, words] of Object.entries(classes)) for (const w of words) out.set(w, key);
  return out;
}

/** The class of what a quantity counts: its head noun, or any word of its unit, through the table. */
export function unitClass(unitKey: string | undefined, unit: string | undefined): string | undefined {
  if (!unitKey) return undefined;
  const direct = unitIndex.get(unitKey);
  if (direct) return direct;
  for (const word of (unit ?? '').split(/[\s-]+/)) {
    const w = word.replace(/s$/, '');
    const hit = unitIndex.get(word) ?? unitIndex.get(w);
    if (hit) return hit;
  }
  return unitKey;
}

export function eventClass(verb: string): string | undefined {
  return eventIndex.get(verb.toLowerCase());
}

/** Function words and words of reporting that say nothing about what a claim is about. */
export const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into onto over under about after before than then ' +
    'that this these those it its it’s it\'s is are was were be been being has have had do does did will would can could ' +
    'may might must shall should not no nor so such very just also only even still yet more most less much many ' +
    'some any all each both either neither other another own same which who whom whose what when where why how ' +
    'he she they them their his her him we us our you your i me my there here while since until during against ' +
    'said says say told reported according stated noted added claimed confirmed announced emphasized remarked ' +
    'one two new first last week day year time s ’s \'s'
  ).split(/\s+/),
);
