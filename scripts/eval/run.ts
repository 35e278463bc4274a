// `npm run eval` runs every evaluation; `npm run eval -- <name> [<name> …]` runs the named ones.
// Each evaluation is a module exporting `name` and `run()`, which prints its own table.
// To add one: write scripts/eval/<name>.ts and add it to EVALUATIONS below.
import * as claimbusterCfs from './claimbusterCfs';
import * as clef2019CheckWorthiness from './clef2019CheckWorthiness';
import * as clef2024CheckWorthiness from './clef2024CheckWorthiness';
import * as clef2020ClaimRetrieval from './clef2020ClaimRetrieval';
import * as ecbplusDev from './ecbplusDev';
import * as fnc1Stance from './fnc1Stance';

export interface Evaluation {
  name: string;
  /** other names it answers to on the command line */
  aliases?: string[];
  run(): Promise<void>;
}

const EVALUATIONS: Evaluation[] = [clef2024CheckWorthiness, clef2019CheckWorthiness, claimbusterCfs, ecbplusDev, fnc1Stance, clef2020ClaimRetrieval];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).map((a) => a.toLowerCase());
  const matches = (e: Evaluation, w: string) => e.name.toLowerCase() === w || (e.aliases ?? []).some((a) => a.toLowerCase() === w);
  const unknown = wanted.filter((w) => !EVALUATIONS.some((e) => matches(e, w)));
  if (unknown.length) {
    console.error(`unknown evaluation: ${unknown.join(', ')}; known: ${EVALUATIONS.map((e) => e.name).join(', ')}`);
    process.exit(2);
  }
  for (const e of EVALUATIONS) {
    if (wanted.length && !wanted.some((w) => matches(e, w))) continue;
    console.log(`\n=== ${e.name} ===`);
    const started = Date.now();
    await e.run();
    console.log(`(${e.name}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
