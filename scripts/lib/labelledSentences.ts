// Reading the labelled check-worthiness sets (ClaimBuster, CLEF-2019) as the engine's own `Sentence`
// objects, so that training, evaluation and the running extension compute features from the same tokens.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalDir, readCsv } from './evalData';

export interface LabelledLine {
  id: string;
  text: string;
  /** 1 = check-worthy */
  label: 0 | 1;
  /** CLEF: the debate it belongs to (MAP is computed per debate) */
  group?: string;
}

/** Lower-cased, whitespace-collapsed text: used to keep exact duplicates of test sentences out of training. */
export function textKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** ClaimBuster 2.5xNCS: label 1 = CFS, 0 = NFS or UFS. */
export function readClaimbusterTwoClass(): LabelledLine[] {
  const [header, ...rows] = readCsv('claimbuster/claimbuster_2.5xNCS.csv');
  const col = (name: string) => header.indexOf(name);
  const [id, label, text] = [col('sentence_id'), col('label'), col('text')];
  return rows.filter((r) => r.length >= header.length).map((r) => ({ id: r[id], text: r[text], label: r[label] === '1' ? 1 : 0 }));
}

/** ClaimBuster disjoint 2000, three classes collapsed: CFS (1) positive, NFS (−1) and UFS (0) negative. */
export function readClaimbusterDisjoint2000(): LabelledLine[] {
  const items = JSON.parse(readFileSync(resolve(evalDir(), 'claimbuster/claimbuster_disjoint2000_3class.json'), 'utf8')) as {
    sentence_id: number;
    label: number;
    text: string;
  }[];
  return items.map((x) => ({ id: String(x.sentence_id), text: x.text, label: x.label === 1 ? 1 : 0 }));
}

export const CLEF2019_DEBATES = [
  '20151219_3_dem',
  '20160129_7_gop',
  '20160311_12_gop',
  '20180131_state_union',
  '20181015_60_min',
  '20190205_trump_state',
  '20190215_trump_emergency',
];

/** CLEF-2019 CheckThat! Task 1 test split: TSV, CRLF, columns line, speaker, text, label. Speaker is not used. */
export function readClef2019(): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const debate of CLEF2019_DEBATES) {
    const tsv = readFileSync(resolve(evalDir(), `clef2019_checkthat_task1/test_annotated/${debate}.tsv`), 'utf8');
    for (const line of tsv.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const cols = line.split('\t');
      if (cols.length < 4) throw new Error(`${debate}: expected 4 columns, got ${cols.length}: ${line}`);
      out.push({ id: `${debate}:${cols[0]}`, text: cols[2], label: cols[3].trim() === '1' ? 1 : 0, group: debate });
    }
  }
  return out;
}

/** The CLEF-2024 CheckThat! Task 1 English splits we hold (the official test split is deliberately absent). */
export type Ct24Split = 'train' | 'dev' | 'dev-test';

const CT24_FILES: Record<Ct24Split, string> = {
  train: 'clef2024_checkthat_task1_train/CT24_checkworthy_english_train.tsv.gz',
  dev: 'clef2024_checkthat_task1_train/CT24_checkworthy_english_dev.tsv',
  'dev-test': 'clef2024_checkthat_task1_train/CT24_checkworthy_english_dev-test.tsv',
};

/**
 * CLEF-2024 CheckThat! Task 1 (English): `Sentence_id  Text  class_label` (Yes / No). Tab-separated with
 * double-quote quoting (a plain split on tabs merges two rows of the train file, see the data README).
 */
export function readCt24(split: Ct24Split): LabelledLine[] {
  const [header, ...rows] = readCsv(CT24_FILES[split], '\t');
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const [id, text, label] = [col('Sentence_id'), col('Text'), col('class_label')];
  if (id < 0 || text < 0 || label < 0) throw new Error(`${CT24_FILES[split]}: unexpected header ${header.join(' | ')}`);
  return rows
    .filter((r) => r.length >= 3)
    .map((r) => ({ id: r[id], text: r[text], label: r[label].trim().toLowerCase() === 'yes' ? 1 : 0 }));
}
