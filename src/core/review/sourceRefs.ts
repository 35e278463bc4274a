// Another source's sentence as the card shows it: its place as line/character in that source and the
// source's name for a reader (the story file's `titles:`, else its headline, else its file name), kept per
// text, since a hover names the same sources again and again.
import type { ArticleAnalysis } from '../analyzeArticle';
import type { CrossRef } from '../story/crossRef';
import { baseName } from '../text/fileName';
import { sourceTitle } from '../text/sourceTitle';
import type { SourceRef } from './articleState';

export class SourceRefs {
  /** the story file's `titles:`, by path: what the desk calls a source, before its headline */
  private storyTitles: ReadonlyMap<string, string> = new Map();
  private readonly titles = new Map<string, { text: string; title: string }>();

  constructor(private readonly analysis: (file: string) => ArticleAnalysis | undefined) {}

  setStoryTitles(titles: ReadonlyMap<string, string>): void {
    this.storyTitles = titles;
    this.titles.clear();
  }

  of(ref: CrossRef): SourceRef {
    const lines = this.analysis(ref.file)?.lines;
    const zero = { line: 0, character: 0 };
    return {
      relation: ref.relation,
      file: ref.file,
      text: ref.text,
      span: ref.span,
      range: lines ? lines.rangeOf(ref.span) : { start: zero, end: zero },
      conflicts: ref.conflicts,
      source: this.titleOf(ref.file),
      independent: ref.independent,
      ...(ref.attribution && { attribution: ref.attribution }),
      reason: ref.reason,
    };
  }

  /** a source's name for a reader (kept per text: a hover names the same sources again and again) */
  private titleOf(file: string): string {
    const text = this.analysis(file)?.text ?? '';
    const known = this.titles.get(file);
    if (known?.text === text) return known.title;
    const title = this.storyTitles.get(file) ?? sourceTitle(text) ?? baseName(file);
    this.titles.set(file, { text, title });
    return title;
  }
}
