// The claim of an article's state under a place in its text: what a hover, a quick fix or a command at the
// cursor acts on. A claim's end counts as on it (the cursor just after its last character).
import type { ArticleState, ClaimInfo, DismissedInfo } from './articleState';

const covers = (span: { start: number; end: number }, offset: number) => span.start <= offset && offset <= span.end;

export function claimAt(state: ArticleState | undefined, offset: number): ClaimInfo | undefined {
  return state?.claims.find((c) => covers(c.claim.span, offset));
}

/** a dismissed claim under an offset (for "Restore" at the cursor) */
export function dismissedAt(state: ArticleState | undefined, offset: number): DismissedInfo | undefined {
  return state?.dismissed.find((d) => covers(d.claim.span, offset));
}

export function claimById(state: ArticleState | undefined, id: string): ClaimInfo | undefined {
  return state?.claims.find((c) => c.claim.id === id);
}
