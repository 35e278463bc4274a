// A question about one claim that the hover (or a tooltip) asks the analysis worker, never waiting behind an
// analysis: while the worker analyses, the answer last given for the claim (or none: the card says to hover
// again); otherwise the worker's answer, given up on after `waitMs` (kept when it comes, for the next hover).
// Answers are kept per file and claim id (an id is made from the claim's words) until clear(): the verdict
// memory's when the memory changes, the mentions' when the story's states change.
import type { AnalysisClient } from './analysisClient';
import type { StoryId } from './protocol';

/** how long a hover waits for the verdict memory's answer (a lookup in a built table) */
export const LOOKUP_WAIT_MS = 50;

export class ClaimLookup<T> {
  private readonly known = new Map<string, T>();

  /** `ask`: the worker request; its undefined answer (nothing to say yet) is not kept */
  constructor(
    private readonly client: AnalysisClient,
    private readonly ask: (story: StoryId, file: string, claimId: string) => Promise<T | undefined>,
    private readonly waitMs = LOOKUP_WAIT_MS,
  ) {}

  /** undefined: no answer now (the worker is busy, or has nothing to say yet) */
  async lookup(story: StoryId, file: string, claimId: string): Promise<T | undefined> {
    const key = `${file}\0${claimId}`;
    if (this.client.analysing) return this.known.get(key);
    const asked = this.ask(story, file, claimId).then((answer) => {
      if (answer !== undefined) this.known.set(key, answer);
      return answer;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await Promise.race([asked, new Promise<T | undefined>((resolve) => (timer = setTimeout(() => resolve(this.known.get(key)), this.waitMs)))]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** what the answers depend on changed */
  clear(): void {
    this.known.clear();
  }
}
