// The check-worthiness training set and the held-out sets it must never contain, in one place so that the
// training script and the evaluations agree on what was held out.
import {
  readClaimbusterDisjoint2000,
  readClaimbusterTwoClass,
  readClef2019,
  readCt24,
  textKey,
  type LabelledLine,
} from './labelledSentences';

export interface TrainingSet {
  /** CLEF-2024 train, then ClaimBuster 2.5xNCS, minus every held-out sentence */
  lines: LabelledLine[];
  /** where each line came from (for the log and per-source weights) */
  source: ('ct24' | 'claimbuster')[];
  /** what was dropped and why, for the log */
  report: string[];
}

/**
 * Every sentence we report on or tune on: CLEF-2024 dev (tuning) and dev-test, CLEF-2019 test, ClaimBuster
 * disjoint2000. Training drops any sentence whose normalised text is one of these (the data READMEs list 11
 * train/dev and 6 train/CLEF-2019 overlaps; ClaimBuster shares sentences with all of them).
 */
export function heldOutTextKeys(): Set<string> {
  const held = [...readCt24('dev'), ...readCt24('dev-test'), ...readClef2019(), ...readClaimbusterDisjoint2000()];
  return new Set(held.map((x) => textKey(x.text)));
}

export function trainingSet(): TrainingSet {
  const held = heldOutTextKeys();
  const report: string[] = [];
  const ct24 = readCt24('train');
  const ct24Kept = ct24.filter((x) => !held.has(textKey(x.text)));
  report.push(`CLEF-2024 train: ${ct24.length}, minus ${ct24.length - ct24Kept.length} held-out texts -> ${ct24Kept.length} (${ct24Kept.filter((x) => x.label).length} Yes)`);
  const ct24Texts = new Set(ct24Kept.map((x) => textKey(x.text)));
  const disjointIds = new Set(readClaimbusterDisjoint2000().map((x) => x.id));
  const cb = readClaimbusterTwoClass();
  const cbById = cb.filter((x) => !disjointIds.has(x.id));
  const cbHeld = cbById.filter((x) => !held.has(textKey(x.text)));
  // A sentence in both sets is kept once, with CLEF-2024's label (the newer annotation of the same debates).
  const cbKept = cbHeld.filter((x) => !ct24Texts.has(textKey(x.text)));
  report.push(
    `ClaimBuster 2.5xNCS: ${cb.length}, minus ${cb.length - cbById.length} disjoint2000 ids, ${cbById.length - cbHeld.length} held-out texts, ` +
      `${cbHeld.length - cbKept.length} already in CLEF-2024 train -> ${cbKept.length} (${cbKept.filter((x) => x.label).length} CFS)`,
  );
  return {
    lines: [...ct24Kept, ...cbKept],
    source: [...ct24Kept.map(() => 'ct24' as const), ...cbKept.map(() => 'claimbuster' as const)],
    report,
  };
}
