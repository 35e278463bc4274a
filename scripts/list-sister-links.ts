// Lists, on the ECB+ TRAIN topics only, the out-of-fold agrees/contradicts between two different (sister)
// events that the cross-referencer would show: both sentences and the same-event features, to read and group by
// cause. Same pairs, folds and bars as scripts/train-same-event.ts; the rules that need no model (stance,
// background, dates apart: relate.ts) are applied as relate() applies them.
// usage: npx tsx scripts/list-sister-links.ts [contradicts|agrees] [--json FILE]
import { writeFileSync } from 'node:fs';
import { fitLogistic, predict, type SparseExample } from './lib/logisticRegression';
import { ecbTopics } from './lib/ecbplus';
import { topicPairs, type EcbPair } from './lib/ecbPairs';
import model from '../src/core/story/sameEventModel.json';

const FOLDS = 5;

function main(): void {
  const which = process.argv[2] ?? 'contradicts';
  const jsonAt = process.argv.indexOf('--json');
  const topics = ecbTopics('train');
  const pairs: EcbPair[] = [];
  for (const t of topics) pairs.push(...topicPairs(t, true).pairs);
  const names = [...new Set(pairs.flatMap((p) => p.evidence.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const example = (p: EcbPair): SparseExample => ({ features: Int32Array.from(p.evidence.features.map((f) => index.get(f)!)), value: 1, label: p.sameEvent ? 1 : 0 });
  const oof = new Float64Array(pairs.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = new Set(topics.filter((_, i) => i % FOLDS === fold));
    const m = fitLogistic(pairs.filter((p) => !held.has(p.topic)).map(example), names.length, model.lambda);
    pairs.forEach((p, i) => {
      if (held.has(p.topic)) oof[i] = predict(m, example(p));
    });
  }
  const bar = (model.thresholds as Record<string, number>)[which];
  const shown = pairs.map((p, i) => ({ p, oof: oof[i] })).filter(({ p, oof: o }) => p.relation === which && !p.ruledOut && o >= bar);
  const wrong = shown.filter(({ p }) => !p.sameSubtopic);
  console.log(`${which}: ${shown.length} shown out of fold at p ≥ ${bar} after the rules, ${wrong.length} between sister events (${((100 * wrong.length) / Math.max(1, shown.length)).toFixed(1)} %)`);
  for (const { p, oof: o } of wrong) {
    console.log(`\n${o.toFixed(3)} ${p.evidence.features.filter((f) => !f.startsWith('c&')).join(' ')}`);
    console.log(`  ${p.here.file}:${p.here.line}: ${p.here.text}\n  ${p.there.file}:${p.there.line}: ${p.there.text}`);
  }
  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(pairs.map((p, i) => ({ ...p, oof: oof[i] }))));
}

main();
