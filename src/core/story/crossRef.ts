import type { Span } from '../model';
import type { Conflict, Relation } from './compareClaims';

/** What another source says about a claim: its own sentence, how it bears on the claim, who said it. */
export interface CrossRef {
  relation: Relation;
  /** the other article; never the claim's own */
  file: string;
  claimId: string;
  /** the other source's sentence */
  text: string;
  span: Span;
  /** similarity of the two claims, in [0, 1] */
  score: number;
  /** for contradicts: each fact that differs, in both sources' words */
  conflicts: Conflict[];
  /** the other source's attribution ("according to U.S. officials"), when it gives one */
  attribution?: string;
  /** false when both rest on the same reported source, so agreement is not independent corroboration */
  independent: boolean;
  /** why the relation holds, or why it is only "related" ("another event: 2008 here, 2013 there") */
  reason: string;
}
