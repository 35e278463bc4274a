// What a fact-checker calls another source: its headline, not its file name (newsroom folders often hold
// hash-like names). The headline is the article's first line of text: a Markdown front matter `title:` wins,
// heading marks and emphasis are dropped, and a line of fewer than three words (a section label) is skipped.
// Undefined when the article has no line that reads like one.
import { oneLine } from './oneLine';

const MAX = 80;

export function sourceTitle(text: string): string | undefined {
  let body = text.replace(/^\ufeff/, '');
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(body);
  if (front) {
    const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]);
    if (title) return oneLine(title[1], MAX);
    body = body.slice(front[0].length);
  }
  // line by line from the top: an article of 200,000 characters is not split whole for its first line
  const lines = /[^\r\n]+/g;
  for (let m = lines.exec(body); m; m = lines.exec(body)) {
    const raw = m[0];
    const line = raw.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
    // a section label ("News", "Opinion") is not a headline: three words at least
    if ((line.match(/\p{L}+/gu)?.length ?? 0) >= 3) return oneLine(line, MAX);
  }
  return undefined;
}
