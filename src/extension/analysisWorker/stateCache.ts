// The host's copy of the worker's results: per story, the latest state of each article, read synchronously by
// the hover, decorations and views (they never wait on the worker). A state computed from a text the host has
// since replaced is dropped: the state of the newer text is on its way. States arrive as JSON and are parsed
// when first read; the LineIndex is made from the text the host sent, once per text.
import { LineIndex } from '../../core/text/lineIndex';
import type { ArticleState } from '../../core/review/articleState';
import type { SentState, StateUpdate } from './protocol';

interface Sent {
  version: number;
  /** undefined: removed */
  text?: string;
}

interface Held {
  version: number;
  json: string;
  /** the text it was computed from */
  text: string;
  lines?: LineIndex;
  parsed?: { state: ArticleState; signals: Record<string, string[]> };
}

export class StateCache {
  /** the latest snapshot sent of each article */
  private readonly sent = new Map<string, Sent>();
  private readonly held = new Map<string, Held>();

  /** the host sent a new text (or, `text` undefined, removed the article) as `version` */
  sending(file: string, version: number, text?: string): void {
    this.sent.set(file, { version, text });
    if (text === undefined) this.held.delete(file);
  }

  /** whether the article was sent and not removed */
  has(file: string): boolean {
    return this.sent.get(file)?.text !== undefined;
  }

  /** the text last sent */
  textOf(file: string): string | undefined {
    return this.sent.get(file)?.text;
  }

  /**
   * Takes the worker's updates; returns the files whose state changed. An update for an older text than the
   * latest sent is stale and dropped.
   */
  accept(updates: readonly StateUpdate[]): string[] {
    const changed: string[] = [];
    for (const u of updates) {
      const sent = this.sent.get(u.file);
      if (!sent || u.version < sent.version) continue;
      if (u.json === null || sent.text === undefined) {
        if (this.held.delete(u.file)) changed.push(u.file);
        continue;
      }
      const previous = this.held.get(u.file);
      // the same text as the state it replaces: keep its LineIndex
      const lines = previous?.text === sent.text ? previous.lines : undefined;
      this.held.set(u.file, { version: u.version, json: u.json, text: sent.text, lines });
      changed.push(u.file);
    }
    return changed;
  }

  /** the analysed articles, sorted */
  files(): string[] {
    return [...this.held.keys()].sort();
  }

  state(file: string): ArticleState | undefined {
    return this.parsed(file)?.state;
  }

  /** the kinds of fact behind a claim's score */
  signals(file: string, claimId: string): string[] {
    return this.parsed(file)?.signals[claimId] ?? [];
  }

  private parsed(file: string): Held['parsed'] {
    const held = this.held.get(file);
    if (!held) return undefined;
    if (!held.parsed) {
      const { signals, ...rest } = JSON.parse(held.json) as SentState;
      held.lines ??= new LineIndex(held.text);
      held.parsed = { state: { ...rest, text: held.text, lines: held.lines }, signals };
    }
    return held.parsed;
  }
}
