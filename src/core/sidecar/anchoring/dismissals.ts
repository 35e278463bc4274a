// Dismissed claims ("not a claim"): blocks of the sidecar's `dismissed:` list, put back on the current claims
// with the same anchoring and the same confidence rules as verdicts (attachVerdicts.ts). A dismissal whose
// words cannot be placed confidently dismisses nothing: a claim is never hidden by a guess.

import type { Claim } from '../../model';
import { LineIndex } from '../../text/lineIndex';
import type { NormalizedText } from '../../anchor/normalizedText';
import { attachVerdicts, type Attachment } from './attachVerdicts';
import type { SidecarData, StoredDismissal } from '../storage/sidecarSchema';

/** Each dismissal placed on a claim or orphaned (for listings); `byClaim` holds the dismissed claims. */
export function attachDismissals(
  text: string,
  claims: readonly Claim[],
  data: Pick<SidecarData, 'dismissed'> | undefined,
  lines: LineIndex = new LineIndex(text),
  norm?: NormalizedText,
): Attachment<StoredDismissal> {
  return attachVerdicts(text, claims, data?.dismissed ?? [], lines, norm);
}

/** The ids of the claims a reviewer dismissed: what the editor stops highlighting and `analyze --json` leaves out. */
export function dismissedClaimIds(
  text: string,
  claims: readonly Claim[],
  data: Pick<SidecarData, 'dismissed'> | undefined,
  lines?: LineIndex,
): Set<string> {
  return new Set(attachDismissals(text, claims, data, lines).byClaim.keys());
}
