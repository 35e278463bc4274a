// The one place the extension calls the engine (src/core): analyses, the story's cross-references and the
// verdicts sidecar, turned into plain view data the UI components render. No VS Code types here except Uri-free
// strings, so this file reads like the CLI's use of the core.
import type { Claim, Range, Span } from '../core/model';
import { attachVerdicts } from '../core/sidecar/attachVerdicts';
import { SidecarError } from '../core/sidecar/sidecarError';
import { sidecarPathFor } from '../core/sidecar/sidecarPath';
import { readSidecar, recordVerdict, verdictTimestamp, type SidecarRead } from '../core/sidecar/sidecarStore';
import { effectiveLabels } from '../core/sidecar/verdictLabels';
import { nodeFileSystem } from '../node/nodeFileSystem';
import type { CrossRef as CoreCrossRef } from '../core/story/crossRef';
import { StoryIndex } from '../core/story/storyIndex';
import type { LineIndex } from '../core/text/lineIndex';

export type ClaimStatus = 'contradicted' | 'disputed' | 'uncorroborated' | 'corroborated';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['contradicted', 'disputed', 'uncorroborated', 'corroborated'];

export interface Conflict {
  type: string;
  /** the words in this article */
  here: string;
  /** the words in the other source */
  there: string;
}

/** Another source of the story that agrees with or contradicts a claim. */
export interface CrossRef {
  relation: 'agrees' | 'contradicts';
  /** absolute path of the other source */
  file: string;
  /** the other source's own sentence */
  text: string;
  span: Span;
  /** the same place as line/character in the other source */
  range: Range;
  conflicts: Conflict[];
}

export interface VerdictInfo {
  label: string;
  note?: string;
  by?: string;
  at?: string;
  /** the claim's words changed since the verdict was recorded */
  edited: boolean;
  /** 1-based line of the verdict in the sidecar */
  line: number;
}

export interface ClaimInfo {
  claim: Claim;
  status: ClaimStatus;
  refs: CrossRef[];
  verdict?: VerdictInfo;
}

export interface SidecarIssue {
  severity: 'error' | 'warning';
  message: string;
  /** 1-based */
  line: number;
  column: number;
}

export interface OrphanInfo {
  claim: string;
  label: string;
  reason: string;
  line: number;
}

export interface SidecarInfo {
  /** absolute path of the sidecar file (it may not exist yet) */
  path: string;
  /** errors make the sidecar read-only until fixed */
  issues: SidecarIssue[];
  orphans: OrphanInfo[];
  labels: readonly string[];
}

export interface ArticleState {
  file: string;
  text: string;
  lines: LineIndex;
  claims: ClaimInfo[];
  sidecar: SidecarInfo;
}

export type RecordResult = { ok: true } | { ok: false; message: string; path?: string; line?: number; column?: number };

export interface EngineOptions {
  verdictLabels?: readonly string[];
}

/**
 * One story: the articles of one folder. Feed it texts; read back per-article state.
 * Cross-references and verdicts come from the core's story index and sidecar modules.
 */
export class StoryEngine {
  private readonly index = new StoryIndex();
  /** each article's sidecar as last read from disk */
  private readonly sidecars = new Map<string, SidecarRead>();

  constructor(
    readonly folder: string,
    private readonly options: () => EngineOptions = () => ({}),
  ) {}

  files(): string[] {
    return this.index.files().sort();
  }

  has(file: string): boolean {
    return this.index.has(file);
  }

  setArticle(file: string, text: string): void {
    this.index.setArticle(file, text);
  }

  removeArticle(file: string): void {
    this.index.removeArticle(file);
    this.sidecars.delete(file);
  }

  private crossRef(ref: CoreCrossRef): CrossRef {
    const lines = this.index.analysis(ref.file)?.lines;
    const zero = { line: 0, character: 0 };
    return {
      relation: ref.relation === 'contradicts' ? 'contradicts' : 'agrees',
      file: ref.file,
      text: ref.text,
      span: ref.span,
      range: lines ? lines.rangeOf(ref.span) : { start: zero, end: zero },
      conflicts: ref.conflicts,
    };
  }

  /** (re-)reads an article's sidecar from disk; call when the article joins and when the sidecar changes */
  async loadSidecar(file: string): Promise<void> {
    this.sidecars.set(file, await readSidecar(nodeFileSystem, file));
  }

  hasSidecar(file: string): boolean {
    return this.sidecars.has(file);
  }

  /**
   * Stores a verdict in the article's sidecar through the core's store (atomic, merge-safe). A broken or
   * conflicting sidecar is never written: the core keeps the verdict in the pending file and says so.
   */
  async recordVerdict(file: string, claimId: string, label: string, note: string, by: string | undefined): Promise<RecordResult> {
    const analysis = this.index.analysis(file);
    if (!analysis) return { ok: false, message: `${file} is not analysed` };
    try {
      await recordVerdict(nodeFileSystem, {
        articlePath: file,
        articleText: analysis.text,
        claims: analysis.claims,
        labels: this.options().verdictLabels,
        base: this.sidecars.get(file)?.snapshot,
        claimId,
        label,
        note,
        by: by ?? '',
        at: verdictTimestamp(),
      });
      return { ok: true };
    } catch (err) {
      if (!(err instanceof SidecarError)) throw err;
      const first = err.problems[0];
      return { ok: false, message: err.message, path: err.path, line: first?.line, column: first?.column };
    } finally {
      await this.loadSidecar(file);
    }
  }

  article(file: string): ArticleState | undefined {
    const analysis = this.index.analysis(file);
    if (!analysis) return undefined;
    const read = this.sidecars.get(file);
    const sidecar: SidecarInfo = {
      path: sidecarPathFor(file),
      issues: [],
      orphans: [],
      labels: effectiveLabels(read?.status === 'ok' ? read.sidecar.data.labels : undefined, this.options().verdictLabels),
    };
    const verdicts = new Map<string, VerdictInfo>();
    if (read?.status === 'broken') sidecar.issues = read.problems.map(({ severity, message, line, column }) => ({ severity, message, line, column }));
    if (read?.status === 'ok') {
      sidecar.issues = read.sidecar.warnings.map(({ severity, message, line, column }) => ({ severity, message, line, column }));
      const attachment = attachVerdicts(analysis.text, analysis.claims, read.sidecar.data.verdicts, analysis.lines);
      for (const p of attachment.placements) {
        const v = p.verdict;
        if (p.status === 'orphaned') {
          sidecar.orphans.push({ claim: v.claim, label: v.label, reason: p.reason, line: v.line });
        } else if (attachment.byClaim.get(p.claim.id) === p) {
          verdicts.set(p.claim.id, { label: v.label, note: v.note, by: v.by, at: v.at, edited: p.status === 'edited', line: v.line });
        }
      }
    }
    const claims: ClaimInfo[] = this.index.crossReference(file).map((report) => ({
      claim: report.claim,
      status: report.status,
      refs: report.crossRefs.filter((r) => r.relation !== 'related').map((r) => this.crossRef(r)),
      verdict: verdicts.get(report.claim.id),
    }));
    return { file, text: analysis.text, lines: analysis.lines, claims, sidecar };
  }
}
