// Everything known about an article's verdicts: the sidecar as read, each verdict placed on a current claim
// or orphaned, and the verdicts waiting in the pending file.

import type { Attachment } from '../sidecar/anchoring/attachVerdicts';
import type { StoredVerdict } from '../sidecar/storage/sidecarSchema';
import type { SidecarRead } from '../sidecar/storage/sidecarSnapshot';

export interface VerdictListing {
  read: SidecarRead;
  /** placements of the sidecar's verdicts on the current claims; empty when the sidecar is absent or broken */
  attachment: Attachment;
  /** verdicts waiting in the pending file */
  pending: StoredVerdict[];
  /** the pending file as read: `broken` when it exists and cannot be used (`check --strict` fails on it) */
  pendingRead: SidecarRead;
}
