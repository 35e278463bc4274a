// What an article's sidecar says, as the faces show it: its problems and orphans, the verdict labels in force,
// and the verdicts and dismissals placed on the article's claims (by claim id). Read from the sidecar as read
// and its anchoring, which the reviewed-story model keeps per text (reviewedStory.ts).
import type { OrphanedMark } from '../sidecar/anchoring/reviewerMarks';
import type { Attachment } from '../sidecar/anchoring/attachVerdicts';
import type { SidecarRead } from '../sidecar/storage/sidecarSnapshot';
import type { StoredDismissal } from '../sidecar/storage/sidecarSchema';
import type { DismissedInfo, SidecarInfo, SidecarIssue, VerdictInfo } from './articleState';
import { verdictView } from './verdictView';

export interface SidecarView {
  sidecar: SidecarInfo;
  verdicts: Map<string, VerdictInfo>;
  dismissed: Map<string, DismissedInfo>;
}

/** The sidecar's placements on the article's claims; asked only of a sidecar that could be read. */
export interface SidecarPlacements {
  verdicts: Attachment;
  dismissals: Attachment<StoredDismissal>;
  /** reviewer-marked claims whose words are gone */
  markOrphans: readonly OrphanedMark[];
}

export function sidecarView(path: string, read: SidecarRead | undefined, labels: readonly string[], placements: () => SidecarPlacements): SidecarView {
  const sidecar: SidecarInfo = { path, issues: [], orphans: [], labels };
  const verdicts = new Map<string, VerdictInfo>();
  const dismissed = new Map<string, DismissedInfo>();
  if (read?.status === 'broken') sidecar.issues = read.problems.map(issueOf);
  if (read?.status !== 'ok') return { sidecar, verdicts, dismissed };
  sidecar.issues = read.sidecar.warnings.map(issueOf);
  const placed = placements();
  for (const p of placed.verdicts.placements) {
    const v = p.verdict;
    if (p.status === 'orphaned') {
      sidecar.orphans.push({ claim: v.claim, label: v.label, reason: p.reason, line: v.line });
    } else if (placed.verdicts.byClaim.get(p.claim.id) === p) {
      verdicts.set(p.claim.id, { ...verdictView(v), edited: p.status === 'edited', line: v.line });
    }
  }
  for (const [id, p] of placed.dismissals.byClaim) {
    dismissed.set(id, { claim: p.claim, by: p.verdict.by, at: p.verdict.at, line: p.verdict.line });
  }
  // a reviewer's claim whose words are gone (one with a verdict is listed with the verdicts' orphans)
  for (const o of placed.markOrphans) {
    if (o.mark.label === undefined) sidecar.orphans.push({ mark: true, claim: o.mark.claim, label: '', reason: o.reason, line: o.mark.line });
  }
  return { sidecar, verdicts, dismissed };
}

/** A sidecar's problem or warning as the faces show it: where, how bad, what (nothing else of the reader's record). */
function issueOf({ severity, message, line, column }: SidecarIssue): SidecarIssue {
  return { severity, message, line, column };
}
