// Chooses the story gates of src/core/story/mentionSearch.ts (MENTION_GATES.oneWord, .moreWords): when does a
// sentence of another source of the SAME story mention a claim it does not say in the same words? Read on
// the ECB+ TRAIN topics only (1–35 minus the dev topics; 36–45 are not in the data). Deterministic; prints
// a table, writes nothing: the chosen gates are copied into MENTION_GATES by hand (four numbers).
//
// A story: the articles of one ECB+ sub-topic (one seminal event). Claims: every claim on an annotated line
// with an event chain. The gates are chosen on all of them (more data: whether a sentence mentions a claim
// does not depend on other claims); the claims the mention search is really asked about, those no claim of
// another article relates to, are printed apart. Every sentence the mention search weighs for it (MentionSearch.hits) is labelled by ECB+: same
// event when its line shares one of the claim's chains; another event when its line is annotated and shares
// none; sentences ECB+ did not annotate are unknown (printed, not used). Per claim and other article the
// sentence kept is the best-ranked one that passes, as in MentionSearch.mentions. The gates kept are those
// that find the most same-event articles at a precision (same event / labelled) of at least PRECISION.
// Negatives from OTHER stories (the earlier tuning) passed the old gates less than 5 % of the time: the
// mistakes a reviewer sees come from inside the story.
// usage: npm run tune:mention
import { MENTION_GATES } from '../src/core/story/mentionSearch';
import { hits, score, type Gates, type Hit } from './lib/sameStoryMentions';

const PRECISION = 0.935;
const SIMILARITIES = [0.08, 0.12, 0.15, 0.2, 0.25, 0.3];
const COVERAGES = [0.2, 0.3, 0.4, 0.5, 0.6];

function main(): void {
  const everything = hits();
  const askedOnly = everything.filter((h) => h.asked);
  const positivesOf = (of: Hit[]) => new Set(of.filter((h) => h.label === 1).map((h) => h.pair)).size;
  const positives = positivesOf(everything);
  const all = everything;
  console.log(`${all.length} sentences weighed (${askedOnly.length} for claims the mention search is asked about), ${positives} (claim, article) pairs with a same-event sentence among them`);
  const line = (name: string, g: Gates) => {
    const r = score(all, g, positives);
    const a = score(askedOnly, g, positivesOf(askedOnly));
    console.log(`${name.padEnd(52)} same ${String(r.same).padStart(5)} other-event ${String(r.other).padStart(4)} unknown ${String(r.unknown).padStart(5)} precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)} | asked: precision ${a.precision.toFixed(3)} recall ${a.recall.toFixed(3)} (${a.same}/${a.other})`);
    return r;
  };
  line('old gates (one or more words: 0.08, 0.2)', { one: { s: 0.08, c: 0.2 }, more: { s: 0.08, c: 0.2 } });
  line('plain gate only', { one: { s: 2, c: 2 }, more: { s: 2, c: 2 } });
  let best: { g: Gates; recall: number } | undefined;
  for (const s1 of [...SIMILARITIES, 2]) for (const c1 of COVERAGES) for (const s2 of SIMILARITIES) for (const c2 of COVERAGES) {
    const g = { one: { s: s1, c: c1 }, more: { s: s2, c: c2 } };
    const r = score(all, g, positives);
    if (r.precision >= PRECISION && (!best || r.recall > best.recall + 1e-9)) best = { g, recall: r.recall };
  }
  if (best) line(`best at precision ≥ ${PRECISION}: one ${best.g.one.s}/${best.g.one.c}, more ${best.g.more.s}/${best.g.more.c}`, best.g);
  const m = MENTION_GATES;
  line(`shipped: one ${m.oneWord.similarity}/${m.oneWord.articleCoverage}, more ${m.moreWords.similarity}/${m.moreWords.articleCoverage}`, { one: { s: m.oneWord.similarity, c: m.oneWord.articleCoverage }, more: { s: m.moreWords.similarity, c: m.moreWords.articleCoverage } });
}

main();
