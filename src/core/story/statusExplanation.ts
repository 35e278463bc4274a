// The sentence that says why a claim has its status, in a fact-checker's words: which sources report something
// else and what, which agree, and why an agreement does not count (they cite the same source as this article).
// The hover card leads with it; a status without a reason is one a reviewer cannot trust.
import type { ClaimStatus } from './claimStatus';

export interface ExplainedRef {
  relation: 'agrees' | 'contradicts' | 'related';
  /** the other source as a reader names it (its headline), else its file name */
  source: string;
  independent: boolean;
  /** "according to U.S. officials" */
  attribution?: string;
  conflicts: readonly { type: string; here: string; there: string }[];
}

/** What the card says while the sentences that may mention a claim are still being looked up (the editor asks when shown). */
export const MENTIONS_PENDING = 'Searching the other sources for sentences that mention this claim; hover again in a moment.';

export function statusExplanation(status: ClaimStatus, refs: readonly ExplainedRef[]): string {
  const contra = refs.filter((r) => r.relation === 'contradicts');
  const agree = refs.filter((r) => r.relation === 'agrees');
  const independent = agree.filter((r) => r.independent);
  const mentioned = refs.filter((r) => r.relation === 'related');
  const sameSource = agree.filter((r) => !r.independent);
  switch (status) {
    case 'contradicted':
      return `${differs(contra)}${sameSource.length ? ` ${sameSourceNote(sameSource)}` : ''}`;
    case 'disputed':
      return `Sources disagree: ${names(independent)} ${verb(independent, 'reports', 'report')} the same; ${differs(contra)}`;
    case 'corroborated':
      return `${names(independent)} ${verb(independent, 'reports', 'report')} the same independently${attributions(independent)}.${sameSource.length ? ` ${sameSourceNote(sameSource)}` : ''}`;
    case 'uncorroborated':
      if (sameSource.length) {
        return `Not independently confirmed: ${names(sameSource)} ${verb(sameSource, 'reports', 'report')} it too, but ${verb(sameSource, 'cites', 'cite')} the same source as this article${attributions(sameSource)}.`;
      }
      return mentioned.length
        ? `Not confirmed: ${names(mentioned)} ${verb(mentioned, 'mentions', 'mention')} it, but with no fact to compare, or not surely about the same event.`
        : 'No other source of the story reports this.';
  }
}

/** "CNN reports “six” where this article says “eight” (number of missiles)." */
function differs(refs: readonly ExplainedRef[]): string {
  const first = refs.find((r) => r.conflicts.length)?.conflicts[0];
  if (!first) return `${names(refs)} ${verb(refs, 'says', 'say')} otherwise (${verb(refs, 'it denies', 'they deny')} it or ${verb(refs, 'reports', 'report')} the opposite).`;
  return `${names(refs)} ${verb(refs, 'reports', 'report')} “${first.there}” where this article says “${first.here}” (${first.type}).`;
}

function sameSourceNote(refs: readonly ExplainedRef[]): string {
  return `${names(refs)} ${verb(refs, 'agrees', 'agree')} but ${verb(refs, 'cites', 'cite')} the same source as this article, which does not count as confirmation.`;
}

function attributions(refs: readonly ExplainedRef[]): string {
  const cited = [...new Set(refs.map((r) => r.attribution).filter((a): a is string => !!a))];
  return cited.length ? ` (${cited.slice(0, 2).join('; ')})` : '';
}

/** a source's name in the sentence: headlines are long, the evidence below gives them whole */
const NAME_MAX = 48;

/**
 * One source by its name; several by their number ("2 sources"): headlines are long, a sentence listing them
 * does not read, and the evidence under the sentence names each one.
 */
function names(refs: readonly ExplainedRef[]): string {
  const all = [...new Set(refs.map((r) => r.source))];
  if (all.length > 1) return `${all.length} sources`;
  return all[0].length > NAME_MAX ? `${all[0].slice(0, NAME_MAX - 1).trimEnd()}…` : all[0];
}

function verb(refs: readonly ExplainedRef[], one: string, many: string): string {
  return new Set(refs.map((r) => r.source)).size === 1 ? one : many;
}
