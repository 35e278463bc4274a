// What `analyze --json` adds to each claim beyond the engine's analysis: the claim's verdict, whether a
// reviewer dismissed it, and the verdicts given on matching claims in other articles (verdict memory).

import { relative, resolve } from 'node:path';
import type { Claim } from '../core/model';
import type { PriorVerdict } from '../core/memory/verdictMemory';
import type { ReviewedStory } from '../core/review/reviewedStory';
import { verdictView } from '../core/review/verdictView';
import type { IndexedClaim } from '../core/story/indexedClaim';
import { loadVerdictMemory } from '../node/verdictMemoryLoader';
import type { ClaimExtra, ClaimExtras, PriorVerdictJson } from './output/analyzeJson';
import { printSidecarProblems } from './verdictSupport';

export interface ExtrasOptions {
  /** the folder whose sidecars are the verdict memory; false: no memory */
  memoryRoot: string | false;
}

/**
 * Each file's verdicts from its sidecar as the story read it (problems to stderr) and, unless disabled, the
 * memory's sidecars.
 * `brokenSidecars`: some file's sidecar could not be read (analyze then exits 4: its verdicts are missing).
 */
export async function analyzeExtras(review: ReviewedStory, files: string[], options: ExtrasOptions): Promise<{ extras: ClaimExtras; brokenSidecars: boolean }> {
  let brokenSidecars = false;
  const byFile = new Map<string, Map<string, ClaimExtra>>();
  const prior = await priorVerdictLookup(options.memoryRoot);
  for (const file of files) {
    const read = review.sidecarRead(file);
    if (!review.has(file) || !read) continue;
    printSidecarProblems(read);
    if (read.status === 'broken') brokenSidecars = true;
    const verdicts = review.verdicts(file);
    const dismissed = review.index.dismissedIds(file);
    const extras = new Map<string, ClaimExtra>();
    for (const indexed of review.index.indexedClaims(file)) {
      const id = indexed.claim.id;
      const held = verdicts.byClaim.get(id);
      // the `verdict` object of analyze --json (contract analyze-v1)
      const verdict = held && verdictView(held.verdict);
      const priorVerdicts = prior(file, indexed);
      extras.set(id, { ...(verdict && { verdict }), ...(dismissed.has(id) && { dismissed: true }), ...(priorVerdicts.length > 0 && { priorVerdicts }) });
    }
    byFile.set(file, extras);
  }
  return { extras: (file: string, claim: Claim) => byFile.get(file)?.get(claim.id), brokenSidecars };
}

/**
 * The verdicts given on matching claims in other articles' sidecars under `memoryRoot` (none when false),
 * for a claim of `file`; its own article's sidecar is never searched.
 */
export async function priorVerdictLookup(memoryRoot: string | false): Promise<(file: string, claim: IndexedClaim) => PriorVerdictJson[]> {
  if (memoryRoot === false) return () => [];
  const memory = await loadVerdictMemory(memoryRoot);
  return (file, claim) => memory.lookup(claim, resolve(file)).map(priorJson);
}

function priorJson(p: PriorVerdict): PriorVerdictJson {
  const rel = relative(process.cwd(), p.file);
  return { file: rel.startsWith('..') ? p.file : rel, claimText: p.claimText, label: p.label, ...(p.note !== undefined && { note: p.note }), score: p.score };
}
