// Where the shared evaluation data is and how its CSV files are read; used by eval, train and bench.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/** The shared evaluation data: env CROSSCHECK_EVAL_DIR, else ../shared/eval next to the repo. */
export function evalDir(): string {
  return resolve(process.env.CROSSCHECK_EVAL_DIR ?? resolve(__dirname, '../../../shared/eval'));
}

/** A CSV file of the evaluation data (gzip when it ends in .gz) as rows of fields, header included. */
export function readCsv(relativePath: string, delimiter = ','): string[][] {
  const bytes = readFileSync(resolve(evalDir(), relativePath));
  const text = (relativePath.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return parse(text, { bom: true, relax_column_count: true, delimiter }) as string[][];
}
