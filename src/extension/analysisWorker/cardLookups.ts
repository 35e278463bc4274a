// The two questions a claim's card (the hover, a Claims view tooltip) asks the analysis worker when it is shown,
// each through a ClaimLookup that never waits behind an analysis: the verdicts given on matching claims
// elsewhere (the verdict memory) and the sentences of other sources that mention a claim no claim relates to
// (left out of the states the worker sends: they never change a status). Each knows what its answers depend on.
import type { PriorVerdict } from '../../core/memory/verdictMemory';
import type { SourceRef } from '../../core/review/articleState';
import type { AnalysisClient } from './analysisClient';
import { ClaimLookup } from './claimLookup';
import type { StoryId } from './protocol';

/**
 * how long a card waits for the mentions of a claim: the first lookup after an edit also indexes the sentences
 * of the sources that changed (tens of ms in a story of a hundred), later ones take about a millisecond
 */
const MENTION_WAIT_MS = 250;

export class CardLookups {
  private readonly prior: ClaimLookup<PriorVerdict[]>;
  private readonly mentioned: ClaimLookup<SourceRef[]>;

  constructor(client: AnalysisClient) {
    this.prior = new ClaimLookup(client, (story, file, claimId) => client.request('priorVerdicts', { story, file, claimId }));
    this.mentioned = new ClaimLookup(client, (story, file, claimId) => client.request('mentions', { story, file, claimId }), MENTION_WAIT_MS);
  }

  /** undefined: no answer now (the memory is not built, or the worker is busy) */
  priorVerdicts(story: StoryId, file: string, claimId: string): Promise<PriorVerdict[] | undefined> {
    return this.prior.lookup(story, file, claimId);
  }

  /** undefined: no answer now (the worker is busy, or still searching) */
  mentions(story: StoryId, file: string, claimId: string): Promise<SourceRef[] | undefined> {
    return this.mentioned.lookup(story, file, claimId);
  }

  /** the verdict memory was built, refreshed or reset */
  memoryChanged(): void {
    this.prior.clear();
  }

  /** a story's states changed: other sources may mention a claim differently */
  storyChanged(): void {
    this.mentioned.clear();
  }

  /** a new worker: it holds no memory and no story yet */
  workerRestarted(): void {
    this.prior.clear();
    this.mentioned.clear();
  }
}
