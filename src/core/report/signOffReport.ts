// The sign-off report's model: what an editor reads before publishing — every claim of the story's articles
// in article order with its status, the sources that contradict or back it (their own sentence, file:line),
// its verdict and note, and what is still unreviewed, with counts at the top. A pure function of the
// analysis and the verdicts, so the CLI (`crosscheck report`) and the extension build the same report;
// markdownReport.ts and htmlReport.ts render it.

import type { ClaimOrigin } from '../model';
import type { Attachment } from '../sidecar/anchoring/attachVerdicts';
import type { ClaimStatus } from '../story/claimStatus';
import type { Conflict, Relation } from '../story/compareClaims';
import type { ClaimReport } from '../story/storyIndex';
import type { LineIndex } from '../text/lineIndex';

export interface ReportArticleInput {
  file: string;
  lines: LineIndex;
  /** StoryIndex.crossReference(file) */
  reports: readonly ClaimReport[];
  /** the sidecar's verdicts placed on the claims (listVerdicts(...).attachment); none when absent */
  verdicts?: Attachment;
  /** ids of dismissed claims (dismissedClaimIds): listed apart, not counted as claims */
  dismissed?: ReadonlySet<string>;
  /** the sidecar could not be read: the report says so, since its verdicts are missing */
  sidecarBroken?: boolean;
  /** verdicts given on matching claims in other articles (verdict memory), by claim id */
  priorVerdicts?: (claimId: string) => readonly ReportPriorVerdict[];
}

/** A verdict given on a matching claim in another article ("checked in …"). */
export interface ReportPriorVerdict {
  file: string;
  claimText: string;
  label: string;
  note?: string;
}

export interface ReportInput {
  articles: readonly ReportArticleInput[];
  /** 1-based line of an offset in another article of the story (for the sources' file:line) */
  lineOf: (file: string, offset: number) => number | undefined;
  title?: string;
  /** shown as is, e.g. an ISO time; left out for reproducible output */
  generatedAt?: string;
}

export interface ReportSource {
  relation: Relation;
  file: string;
  line?: number;
  /** the other source's sentence */
  text: string;
  attribution?: string;
  independent: boolean;
  conflicts: Conflict[];
}

export interface ReportVerdict {
  label: string;
  note?: string;
  by?: string;
  at?: string;
  /** the claim's words changed since the verdict was recorded */
  editedSince: boolean;
}

export interface ReportClaim {
  id: string;
  /** 1-based line and column */
  line: number;
  column: number;
  text: string;
  origin: ClaimOrigin;
  status: ClaimStatus;
  verdict?: ReportVerdict;
  /** contradicting sources first, then agreeing ones; merely related ones are left out */
  sources: ReportSource[];
  /** verdicts on matching claims elsewhere */
  priorVerdicts: ReportPriorVerdict[];
}

export interface ReportOrphan {
  claim: string;
  label: string;
  note?: string;
  reason: string;
}

export interface ReportArticle {
  file: string;
  claims: ReportClaim[];
  /** the claims without a verdict, in article order */
  unreviewed: ReportClaim[];
  dismissed: { id: string; line: number; text: string }[];
  orphans: ReportOrphan[];
  sidecarBroken: boolean;
}

export interface ReportSummary {
  articles: number;
  claims: number;
  byStatus: Record<ClaimStatus, number>;
  /** verdict label → claims with it, in order of first appearance */
  byVerdict: Record<string, number>;
  reviewed: number;
  unreviewed: number;
  /** unreviewed claims that are contradicted or disputed: what must not go out unchecked */
  unreviewedConflicts: number;
  dismissed: number;
  orphans: number;
  editedSince: number;
}

export interface SignOffReport {
  title: string;
  generatedAt?: string;
  summary: ReportSummary;
  articles: ReportArticle[];
}

export function signOffReport(input: ReportInput): SignOffReport {
  const articles = input.articles.map((a) => reportArticle(a, input.lineOf));
  const summary: ReportSummary = {
    articles: articles.length,
    claims: 0,
    byStatus: { contradicted: 0, disputed: 0, uncorroborated: 0, corroborated: 0 },
    byVerdict: {},
    reviewed: 0,
    unreviewed: 0,
    unreviewedConflicts: 0,
    dismissed: 0,
    orphans: 0,
    editedSince: 0,
  };
  for (const a of articles) {
    summary.dismissed += a.dismissed.length;
    summary.orphans += a.orphans.length;
    for (const c of a.claims) {
      summary.claims++;
      summary.byStatus[c.status]++;
      if (c.verdict) {
        summary.reviewed++;
        summary.byVerdict[c.verdict.label] = (summary.byVerdict[c.verdict.label] ?? 0) + 1;
        if (c.verdict.editedSince) summary.editedSince++;
      } else {
        summary.unreviewed++;
        if (c.status === 'contradicted' || c.status === 'disputed') summary.unreviewedConflicts++;
      }
    }
  }
  const title = input.title ?? `Sign-off report: ${articles.map((a) => a.file).join(', ')}`;
  return { title, ...(input.generatedAt !== undefined && { generatedAt: input.generatedAt }), summary, articles };
}

function reportArticle(a: ReportArticleInput, lineOf: ReportInput['lineOf']): ReportArticle {
  const claims: ReportClaim[] = [];
  const dismissed: ReportArticle['dismissed'] = [];
  for (const r of a.reports) {
    const pos = a.lines.positionAt(r.claim.span.start);
    if (a.dismissed?.has(r.claim.id)) {
      dismissed.push({ id: r.claim.id, line: pos.line + 1, text: oneLine(r.claim.text) });
      continue;
    }
    const held = a.verdicts?.byClaim.get(r.claim.id);
    const sources = r.crossRefs
      .filter((ref) => ref.relation !== 'related')
      .map((ref): ReportSource => ({
        relation: ref.relation,
        file: ref.file,
        line: lineOf(ref.file, ref.span.start),
        text: oneLine(ref.text),
        ...(ref.attribution !== undefined && { attribution: ref.attribution }),
        independent: ref.independent,
        conflicts: ref.conflicts,
      }));
    claims.push({
      id: r.claim.id,
      line: pos.line + 1,
      column: pos.character + 1,
      text: oneLine(r.claim.text),
      origin: r.claim.origin,
      status: r.status,
      ...(held && {
        verdict: {
          label: held.verdict.label,
          ...(held.verdict.note !== undefined && { note: held.verdict.note }),
          ...(held.verdict.by !== undefined && { by: held.verdict.by }),
          ...(held.verdict.at !== undefined && { at: held.verdict.at }),
          editedSince: held.status === 'edited',
        },
      }),
      sources,
      priorVerdicts: [...(a.priorVerdicts?.(r.claim.id) ?? [])],
    });
  }
  const orphans = (a.verdicts?.placements ?? []).flatMap((p) =>
    p.status === 'orphaned' ? [{ claim: oneLine(p.verdict.claim), label: p.verdict.label, ...(p.verdict.note !== undefined && { note: p.verdict.note }), reason: p.reason }] : [],
  );
  return { file: a.file, claims, unreviewed: claims.filter((c) => !c.verdict), dismissed, orphans, sidecarBroken: a.sidecarBroken === true };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
