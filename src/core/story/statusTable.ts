// One table of what each claim status is called and how it is marked, read by every face (hover, Claims view,
// decorations, Problems, the CLI's readable report), so "contradicted" never looks different in two places.
// Marks are shapes as well as colours: a reader with red-green colour blindness tells them apart.
import type { ClaimStatus } from './claimStatus';

export interface StatusLook {
  /** "Contradicted" */
  label: string;
  /** a text glyph for terminals and badges */
  glyph: string;
  /** the VS Code codicon name */
  icon: string;
  /** 0 = the most urgent; the order of lists and views */
  rank: number;
}

export const STATUS_LOOK: Readonly<Record<ClaimStatus, StatusLook>> = {
  contradicted: { label: 'Contradicted', glyph: '✗', icon: 'error', rank: 0 },
  disputed: { label: 'Disputed', glyph: '±', icon: 'warning', rank: 1 },
  uncorroborated: { label: 'Uncorroborated', glyph: '·', icon: 'circle-outline', rank: 2 },
  corroborated: { label: 'Corroborated', glyph: '✓', icon: 'pass', rank: 3 },
};

/** The statuses, most urgent first. */
export const STATUS_ORDER: readonly ClaimStatus[] = (Object.keys(STATUS_LOOK) as ClaimStatus[]).sort((a, b) => STATUS_LOOK[a].rank - STATUS_LOOK[b].rank);
