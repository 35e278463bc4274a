// The ECB+ topics 1–35 in ../shared/eval/ecbplus_train (see its README): each topic's articles as plain text,
// their sub-topic (the seminal event, `ecb`, or its similar but different sister event, `ecbplus`) and, per
// sentence line, the cross-document event chains it mentions. Used by the same-event training script (train
// topics only) and by the evaluation (dev topics only). Topics 36–45 are not in the data and never read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDir } from './evalData';

/** The usual ECB+ split (Cybulska & Vossen 2015): these topics are dev, never trained or tuned on. */
export const DEV_TOPICS = ['2', '5', '12', '18', '21', '23', '34', '35'];

export interface EcbDoc {
  topic: string;
  file: string;
  subtopic: 'ecb' | 'ecbplus';
  text: string;
  /** per 0-based line of the text: whether ECB+ annotated the sentence, and its event chains */
  lines: Map<number, { annotated: boolean; events: string[] }>;
}

interface Manifest {
  topics: Record<string, { docs: { file: string; subtopic: 'ecb' | 'ecbplus'; sentences: { line: number; annotated: boolean; events: string[] }[] }[] }>;
}

function dataDir(): string {
  return join(evalDir(), 'ecbplus_train');
}

export function ecbTopics(which: 'train' | 'dev'): string[] {
  const manifest = JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')) as Manifest;
  return Object.keys(manifest.topics)
    .filter((t) => Number(t) >= 1 && Number(t) <= 35 && (which === 'dev') === DEV_TOPICS.includes(t))
    .sort((a, b) => Number(a) - Number(b));
}

export function ecbDocs(topic: string): EcbDoc[] {
  if (!(Number(topic) >= 1 && Number(topic) <= 35)) throw new Error(`topic ${topic} is not one of 1–35`);
  const manifest = JSON.parse(readFileSync(join(dataDir(), 'manifest.json'), 'utf8')) as Manifest;
  return (manifest.topics[topic]?.docs ?? []).map((d) => ({
    topic,
    file: `${topic}/${d.file}`,
    subtopic: d.subtopic,
    text: readFileSync(join(dataDir(), 'text', topic, d.file), 'utf8'),
    lines: new Map(d.sentences.map((s) => [s.line, { annotated: s.annotated, events: s.events }])),
  }));
}

/** The 0-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
