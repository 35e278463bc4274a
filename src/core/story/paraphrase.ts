import lexicon from './synonyms.json';

/**
 * Words that say the same thing in different words ("injured" / "wounded", "buy" / "purchase" / "acquire"),
 * as groups of the engine's word-term keys (claimTerms.ts) read from WordNet's frequent senses by
 * scripts/build-synonyms.ts (synonyms.json, 5,806 groups, 134 KB). A key maps to the ids of the groups it
 * is in; two keys are synonyms when they share an id. Built once, on first use (~10 ms). Keyed by the whole
 * word term ("w:injur"), not the key after its prefix: a term is one string per word (claimTerms.ts) whose hash
 * is computed once, where the key cut from it was a new string, hashed anew, for every term a story reads.
 */
let groupsOfKey: Map<string, Int32Array> | undefined;

/** How many groups there are: group ids run from 0 to this, exclusive. */
export const SYNONYM_GROUPS = (lexicon.groups as string[]).length;

function groups(): Map<string, Int32Array> {
  if (groupsOfKey) return groupsOfKey;
  const lists = new Map<string, number[]>();
  (lexicon.groups as string[]).forEach((line, id) => {
    for (const key of line.split(' ')) {
      const term = `w:${key}`;
      let l = lists.get(term);
      if (!l) lists.set(term, (l = []));
      l.push(id);
    }
  });
  groupsOfKey = new Map([...lists].map(([k, ids]) => [k, Int32Array.from(ids)]));
  return groupsOfKey;
}

const NONE = new Int32Array(0);

/** The synonym groups of a word term ("w:injur"), empty for any other term or a word WordNet does not group. */
export function synonymGroups(term: string): Int32Array {
  if (term.charCodeAt(0) !== 119 /* w */ || term.charCodeAt(1) !== 58 /* : */) return NONE;
  return groups().get(term) ?? NONE;
}

/** Whether two word terms are synonyms: they share a group (the same term is not a synonym of itself here). */
export function areSynonyms(a: string, b: string): boolean {
  return a !== b && intersects(synonymGroups(a), synonymGroups(b));
}

/** Whether two sorted lists of group ids share one (group ids are assigned in ascending order per key). */
export function intersects(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}
