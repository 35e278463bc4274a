// Trains the same-event model (src/core/story/sameEventModel.json): a logistic regression over the features
// of src/core/story/sameEventFeatures.ts, on the sentence pairs the cross-referencer weighs in the ECB+ TRAIN
// topics (1–35 minus the dev topics 2 5 12 18 21 23 34 35; 36–45 are not in the data). Label: both sentences
// tell of the same event (same sub-topic, and not two annotated sentences with disjoint event chains).
// The thresholds for "agrees" and "contradicts" are chosen on out-of-fold predictions (5 folds by topic,
// still train topics only): the lowest probability at which each relation's pairs are right at least
// TARGET_PRECISION of the time. Full batch from zeros: the output is the same on every run.
// usage: npm run train:xref   (nice it: it analyses 600 articles)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitLogistic, predict, type SparseExample } from './lib/logisticRegression';
import { ecbTopics } from './lib/ecbplus';
import { topicPairs, type EcbPair } from './lib/ecbPairs';
import { corroboration } from '../src/core/story/sameEvent';

// L2 strengths tried; the one with the best out-of-fold log-loss is kept.
const LAMBDAS = [1, 4, 16, 64];
const FOLDS = 5;
// Precision first. The bar is at most 10 % of contradictions between two different events on unseen
// topics, and unseen topics have run at twice the out-of-fold rate (ECB+ dev 15.8 % against 6.0 % out of fold at
// 92 %): so at most 5 % out of fold; agreements at most 1.5 % (dev ran 2.5 % against 2.1 % at 98 %). Each bar is
// the lowest probability from which its pairs are right that often, so without this margin every gain in the
// features went into more links rather than fewer wrong ones.
const TARGET_PRECISION = { contradicts: 0.95, agrees: 0.985 } as const;
// Kinds of corroboration tried for contradictions (sameEvent.ts: time, place, participants, subject). With 3,
// out of fold on train it picks 1 (33 kept, 6.1 % sister, against 62 / 6.5 % with none) at a bar of 0.927,
// which also silences the seed story's real "six vs eight" between its three reports: not shipped (issue 12).
const MAX_CORROBORATION = 0;
// A bar must keep at least this many pairs: a precision over a handful says nothing.
const MIN_KEPT = 20;
const OUT = resolve(__dirname, '../src/core/story/sameEventModel.json');

function main(): void {
  const topics = ecbTopics('train');
  const pairs: EcbPair[] = [];
  for (const t of topics) {
    const started = Date.now();
    const { pairs: p } = topicPairs(t, true);
    pairs.push(...p);
    console.log(`topic ${t}: ${p.length} pairs (${Date.now() - started} ms)`);
  }
  const names = [...new Set(pairs.flatMap((p) => p.evidence.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const example = (p: EcbPair): SparseExample => ({ features: Int32Array.from(p.evidence.features.map((f) => index.get(f)!)), value: 1, label: p.sameEvent ? 1 : 0 });

  // Out-of-fold probabilities, folds by topic (topic i goes to fold i % FOLDS).
  const outOfFold = (lambda: number): Float64Array => {
    const oof = new Float64Array(pairs.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const held = new Set(topics.filter((_, i) => i % FOLDS === fold));
      const model = fitLogistic(pairs.filter((p) => !held.has(p.topic)).map(example), names.length, lambda);
      pairs.forEach((p, i) => {
        if (held.has(p.topic)) oof[i] = predict(model, example(p));
      });
    }
    return oof;
  };
  let best: { lambda: number; loss: number; oof: Float64Array } = { lambda: LAMBDAS[0], loss: Infinity, oof: new Float64Array(0) };
  for (const lambda of LAMBDAS) {
    const oof = outOfFold(lambda);
    const loss = pairs.reduce((sum, p, i) => sum - Math.log(Math.max(1e-12, p.sameEvent ? oof[i] : 1 - oof[i])), 0) / pairs.length;
    console.log(`lambda ${lambda}: out-of-fold log-loss ${loss.toFixed(4)}`);
    if (loss < best.loss) best = { lambda, loss, oof };
  }
  const { lambda: LAMBDA, oof } = best;
  // How many kinds of independent same-event evidence a contradiction needs (sameEvent.ts corroboration):
  // the number whose out-of-fold contradictions, at their own bar, are least often between sister events.
  const corroborated = (need: number) => (p: EcbPair) => corroboration(p.evidence).length >= need;
  let chosen = { need: 0, wrong: Infinity };
  for (let need = 0; need <= MAX_CORROBORATION; need++) {
    const ok = corroborated(need);
    const bar = threshold(pairs, oof, 'contradicts', ok);
    const kept = pairs.filter((p, i) => p.relation === 'contradicts' && !p.ruledOut && ok(p) && oof[i] >= bar);
    const wrong = kept.filter((p) => !p.sameSubtopic).length / Math.max(1, kept.length);
    console.log(`contradicts needing ${need} kinds of corroboration: kept at p ≥ ${bar} (out of fold): ${kept.length}, ${pct(kept.length - kept.filter((p) => p.sameSubtopic).length, kept.length)} between sister events`);
    if (kept.length >= MIN_KEPT && wrong < chosen.wrong) chosen = { need, wrong };
  }
  const needed = corroborated(chosen.need);
  const thresholds = { agrees: threshold(pairs, oof, 'agrees'), contradicts: threshold(pairs, oof, 'contradicts', needed) };
  report(pairs, oof, thresholds, needed);
  if (process.env.SHOW_ERRORS) {
    pairs.forEach((p, i) => {
      if (p.relation === 'contradicts' && !p.ruledOut && needed(p) && oof[i] >= thresholds.contradicts && !p.sameSubtopic) console.log(`${oof[i].toFixed(3)} ${p.evidence.features.join(' ')}\n  ${p.here.file}: ${p.here.text}\n  ${p.there.file}: ${p.there.text}`);
    });
  }

  const model = fitLogistic(pairs.map(example), names.length, LAMBDA);
  const weights: Record<string, number> = {};
  names.forEach((n, i) => {
    if (Math.abs(model.weights[i]) >= 1e-4) weights[n] = Math.round(model.weights[i] * 1e4) / 1e4;
  });
  const out = {
    about: 'Same-event model for cross-referencing (src/core/story/sameEvent.ts). Written by scripts/train-same-event.ts; do not edit by hand.',
    data: `ECB+ train topics ${topics.join(' ')}: ${pairs.length} candidate sentence pairs, ${pairs.filter((p) => p.sameEvent).length} same event`,
    lambda: LAMBDA,
    bias: Math.round(model.bias * 1e4) / 1e4,
    weights,
    thresholds,
    corroboration: chosen.need,
  };
  writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${OUT}: ${Object.keys(weights).length} weights, thresholds ${JSON.stringify(thresholds)}, contradictions need ${chosen.need} kinds of corroboration`);
}

/** The lowest probability from which the relation's out-of-fold pairs are right TARGET_PRECISION of the time. */
function threshold(pairs: EcbPair[], oof: Float64Array, relation: 'agrees' | 'contradicts', eligible: (p: EcbPair) => boolean = () => true): number {
  // Only the pairs the model decides: those the rules set back (stance, a background mention, harm denied
  // elsewhere: relate.ts) are never shown as agreeing or contradicting, whatever their probability.
  const scored = pairs.map((p, i) => ({ p: oof[i], ok: p.sameSubtopic })).filter((_, i) => pairs[i].relation === relation && !pairs[i].ruledOut && eligible(pairs[i]));
  scored.sort((a, b) => b.p - a.p);
  let ok = 0;
  let best = 1;
  scored.forEach((s, k) => {
    if (s.ok) ok++;
    if (k + 1 >= MIN_KEPT && ok / (k + 1) >= TARGET_PRECISION[relation] && (k + 1 === scored.length || scored[k + 1].p < s.p)) best = s.p;
  });
  return Math.round(best * 1000) / 1000;
}

function report(pairs: EcbPair[], oof: Float64Array, thresholds: Record<'agrees' | 'contradicts', number>, corroborated: (p: EcbPair) => boolean): void {
  for (const relation of ['contradicts', 'agrees'] as const) {
    const all = pairs.filter((p) => p.relation === relation);
    const kept = pairs.filter((p, i) => p.relation === relation && !p.ruledOut && oof[i] >= thresholds[relation] && (relation === 'agrees' || corroborated(p)));
    const ruled = all.filter((p) => p.ruledOut);
    const wrong = (xs: EcbPair[]) => xs.filter((p) => !p.sameSubtopic).length;
    console.log(`${relation}: facts alone ${all.length} pairs, ${pct(wrong(all), all.length)} between sister events; set back by the rules ${ruled.length} (${wrong(ruled)} sister); kept at p ≥ ${thresholds[relation]} (out of fold): ${kept.length}, ${pct(wrong(kept), kept.length)} between sister events`);
  }
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)} %` : '–';
}

main();
