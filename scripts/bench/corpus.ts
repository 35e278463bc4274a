// The benchmark's text: the 904 article bodies of the FNC-1 competition test set, and the seed story.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsv } from '../lib/evalData';

export interface BenchArticle {
  file: string;
  text: string;
}

/** The FNC-1 competition test bodies, sorted by Body ID (ascending, numeric). File names: fnc1/body-<id>.txt. */
export function fncBodies(): BenchArticle[] {
  const path = 'fnc1_stance/competition_test_bodies.csv.gz';
  const rows = readCsv(path);
  const [header, ...records] = rows;
  const idCol = header.indexOf('Body ID');
  const bodyCol = header.indexOf('articleBody');
  if (idCol < 0 || bodyCol < 0) throw new Error(`${path}: expected columns "Body ID" and "articleBody", got ${header.join(', ')}`);
  const bodies = records
    .filter((r) => r.length === header.length)
    .map((r) => ({ id: Number(r[idCol]), text: r[bodyCol] }))
    .sort((a, b) => a.id - b.id);
  if (bodies.length !== records.length) throw new Error(`${path}: ${records.length - bodies.length} malformed records`);
  return bodies.map((b) => ({ file: `fnc1/body-${b.id}.txt`, text: b.text }));
}

/** The seed story of the repository: every .txt and .md file of samples/story, by name. */
export function seedStory(): BenchArticle[] {
  const dir = resolve(__dirname, '../../samples/story');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/** The long article's size: the extension's default size limit (crosscheck.analysis.maxFileSize). */
const LONG_CHARS = 200_000;

/** An article of LONG_CHARS characters made of the bodies after the first 100 (a story of 100 + this one). */
export function longArticle(bodies: BenchArticle[]): BenchArticle {
  const parts: string[] = [];
  let chars = 0;
  for (const b of bodies.slice(100)) {
    if (chars >= LONG_CHARS) break;
    parts.push(b.text);
    chars += b.text.length + 2;
  }
  return { file: 'fnc1/long-article.txt', text: parts.join('\n\n').slice(0, LONG_CHARS) };
}
