// The benchmark's text: the 904 article bodies of the FNC-1 competition test set, and the seed story.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface BenchArticle {
  file: string;
  text: string;
}

/** The shared evaluation data: env CROSSCHECK_EVAL_DIR, else ../shared/eval next to the repo. */
export function evalDir(): string {
  return resolve(process.env.CROSSCHECK_EVAL_DIR ?? resolve(__dirname, '../../../shared/eval'));
}

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a quoted field may hold commas, line
 * breaks and doubled quotes (""). Returns the records as arrays of fields.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      // quoted field
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('CSV: unterminated quoted field');
        field += text.slice(i, q);
        if (text[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') throw new Error(`CSV: text after a closing quote at ${i}`);
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The FNC-1 competition test bodies, sorted by Body ID (ascending, numeric). File names: fnc1/body-<id>.txt. */
export function fncBodies(dir = evalDir()): BenchArticle[] {
  const path = join(dir, 'fnc1_stance', 'competition_test_bodies.csv.gz');
  const rows = parseCsv(gunzipSync(readFileSync(path)).toString('utf8'));
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
