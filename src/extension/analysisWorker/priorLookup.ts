// The hover's question to the verdict memory, which lives in the analysis worker: never a wait behind an
// analysis. While the worker analyses, the answer last given for the claim (or none: the card says to hover
// again); otherwise the worker's answer, given up on after LOOKUP_WAIT_MS. Answers are kept per claim id (an id
// is made from the claim's words) until the memory changes.
import type { PriorVerdict } from '../../core/memory/verdictMemory';
import type { AnalysisClient } from './analysisClient';
import type { StoryId } from './protocol';

/** how long a hover waits for the worker's answer */
export const LOOKUP_WAIT_MS = 50;

export class PriorLookup {
  private readonly known = new Map<string, PriorVerdict[] | undefined>();

  constructor(private readonly client: AnalysisClient) {}

  /** undefined: no answer now (the memory is not built, or the worker is busy) */
  async lookup(story: StoryId, file: string, claimId: string): Promise<PriorVerdict[] | undefined> {
    const key = `${file}\0${claimId}`;
    if (this.client.analysing) return this.known.get(key);
    const asked = this.client.request('priorVerdicts', { story, file, claimId }).then((prior) => {
      if (prior) this.known.set(key, prior);
      return prior;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([asked, new Promise<PriorVerdict[] | undefined>((resolve) => (timer = setTimeout(() => resolve(this.known.get(key)), LOOKUP_WAIT_MS)))]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** the memory changed (built, a sidecar re-read, reset, a new worker) */
  clear(): void {
    this.known.clear();
  }
}
