// Probe (issue 15), not engine code: what would the analysis gain if a token were not one object each?
// Findings (2-core machine shared with other sessions, so ±5 ms): a Token object costs ~88 bytes (Node 20 has no
// pointer compression) + 8 per array slot; columns save ~3.8 MB of the 100 bodies' ~8 MB and ~9–16 ms of GC
// pauses, ~12–29 ms of process CPU, ~4–17 ms of wall time per run; the scorer's token loop reads them ~0.7 ms faster.
// `npx tsx --expose-gc scripts/experiments/tokenColumns.ts [N=100] [runs=15] [--only v1,v2]` reads the first N FNC-1 bodies
// `runs` times per variant, in alternation, keeping every run's result alive until the next run (as a StoryIndex
// keeps its articles), and prints per variant: median CPU ms per run (process-wide: the GC's helper threads count, as in
// scripts/bench/compareCommits.ts), median wall ms, median GC pause ms per run (PerformanceObserver
// 'gc' entries), and the heap the result retains after a full gc (MB); then paired differences of objects − columns.
// Variants:
//   bare      wink's bare pass of the bench's baseline (readDoc, sentences' spans, tokens out)
//   winkRead  the engine's wink read of a joined article (the columns `out` that readArticle asks for), kept
//   objects   parseBlocks as the engine does it now: one Token object per token (src/core/nlp/sentences.ts)
//   columns   the same read into columns per article (wink's own string arrays for text/pos/kind/normal, a lower
//             array, Int32Array start/end, Uint8Array negation) and sentences holding first/last token indexes;
//             same checks as readArticle (a read it would give up is counted, and its article read as objects);
//             a one-block article is read the same way (the engine reads it with readBlock); checked equal to the
//             objects field by field, sentence by sentence, before anything is timed
//   coded     `columns` with pos and kind as Uint8Array codes instead of wink's string arrays
//   analysis  analyzeArticle of every body (scoring, facts of claims), the phase the tokens feed
//   analysis+clone    `analysis`, plus a retained copy of every Token object: the marginal cost of ~1 object per
//                     token in the analysis' heap (what dropping them would save at most, reading aside)
//   analysis+objects / analysis+columns  `analysis`, plus a second read kept as objects / as columns: their
//                     difference is what the two forms cost in the analysis' heap (both pay a second wink read)
//   story     StoryIndex setArticle then relations of every body (the bench's fnc100 full run), for its GC
//   scorerWalkObjects / scorerWalkColumns  the scorer's per-token loop (walkFeatures') over objects / columns,
//             into the same cheap sink (checked equal); walkFeatures: the real walk over the objects, for scale
//   walkObjects / walkColumns  a scorer-like walk (lower, pos, kind of every token of every sentence into a sum of
//             string lengths and a count) over the kept objects / columns: reading cost alone
import { PerformanceObserver } from 'node:perf_hooks';
import { analyzeArticle } from '../../src/core/analyzeArticle';
import type { NlpEntity, Sentence, Token } from '../../src/core/model';
import { parseBlocks } from '../../src/core/nlp/sentences';
import { walkFeatures, type FeatureSink } from '../../src/core/claims/features';
import { IS_HARM, IS_NEGATOR, wordLists } from '../../src/core/claims/featureWords';
import { wink } from '../../src/core/nlp/wink';
import { blocksOf } from '../../src/core/segment/blocksOf';
import { maskedText, type ProseBlock } from '../../src/core/segment/proseBlocks';
import { StoryIndex } from '../../src/core/story/storyIndex';
import { fncBodies } from '../bench/corpus';

declare const gc: () => void;
const args = process.argv.slice(2);
const only = args.includes('--only') ? args.splice(args.indexOf('--only'), 2)[1].split(',') : undefined;
const n = Number(args[0] ?? 100);
const runs = Number(args[1] ?? 15);
const articles = fncBodies().slice(0, n);

// GC entries reach the observer only after the synchronous run: each is kept with its start, and a run's pauses
// are those that started inside it (not the explicit gc() calls around it).
const gcEntries: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcEntries.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });
const gcBetween = (from: number, to: number) => gcEntries.filter((e) => e.start >= from && e.start < to).reduce((sum, e) => sum + e.ms, 0);

// ---- the columnar read (readArticle's logic, into columns) ----

interface ColumnSentence {
  index: number;
  text: string;
  span: { start: number; end: number };
  /** first and last token, in the article's columns */
  first: number;
  last: number;
  entities: NlpEntity[];
  block: string;
}

interface ArticleColumns {
  text: string[];
  lower: string[];
  pos: string[] | Uint8Array;
  kind: string[] | Uint8Array;
  normal: string[];
  negated: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  sentences: ColumnSentence[];
}

const lowerMemo = new Map<string, string>();
function lowerOf(text: string): string {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90) && text.toLowerCase() === text) return text;
  let l = lowerMemo.get(text);
  if (l === undefined) lowerMemo.set(text, (l = text.toLowerCase()));
  return l;
}
const OTHER_WHITESPACE = /[^\S ]/;
const forWink = (p: string) => (OTHER_WHITESPACE.test(p) ? p.replace(/\s/g, ' ') : p);
const CLOSERS = new Set(['»', '”', '’', '"', "'", ')', ']']);
const BLOCK_BREAK = '\n\n';
const codes = new Map<string, number>();
const codeOf = (s: string) => {
  let c = codes.get(s);
  if (c === undefined) codes.set(s, (c = codes.size));
  return c;
};

/** One article into columns; undefined where readArticle would give up (then the caller reads it as objects). */
function readColumns(fileText: string, blocks: ProseBlock[], coded: boolean): ArticleColumns | undefined {
  const masked = blocks.map((b) => forWink(maskedText(fileText, b)));
  const joined = masked.join(BLOCK_BREAK);
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(joined);
  const tokensOut = doc.tokens();
  const entitiesOut = doc.entities();
  const values = tokensOut.out(its.value) as string[];
  const pos = tokensOut.out(its.pos) as string[];
  const kinds = tokensOut.out(its.type) as string[];
  const normals = tokensOut.out(its.normal) as string[];
  const negations = tokensOut.out(its.negationFlag) as unknown as boolean[];
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  const entitySpans = entitiesOut.out(its.span) as unknown as [number, number][];
  const entityTypes = entitiesOut.out(its.type) as string[];
  const count = values.length;
  // The columns keep wink's token indexes (the breaks' tokens included, never inside a sentence): wink's arrays
  // are kept as they are, no copy.
  const text = values;
  const lower = new Array<string>(count);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const negated = new Uint8Array(count);
  const blockOf = new Int32Array(count);
  let b = 0;
  let blockStart = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    while (joined.charCodeAt(at) === 32) at++;
    const value = values[i];
    if (!joined.startsWith(value, at)) return undefined;
    const blockEnd = blockStart + masked[b].length;
    if (at >= blockEnd) {
      if (b + 1 === blocks.length || at !== blockEnd || value !== BLOCK_BREAK) return undefined;
      blockOf[i] = -1;
      lower[i] = value;
      blockStart = blockEnd + BLOCK_BREAK.length;
      b++;
    } else {
      if (at + value.length > blockEnd) return undefined;
      blockOf[i] = b;
      const fileAt = blocks[b].span.start + at - blockStart;
      const t = fileText.startsWith(value, fileAt) ? value : fileText.slice(fileAt, fileAt + value.length);
      text[i] = t;
      lower[i] = lowerOf(t);
      start[i] = fileAt;
      end[i] = fileAt + t.length;
      negated[i] = negations[i] ? 1 : 0;
    }
    at += value.length;
  }
  if (b !== blocks.length - 1) return undefined;
  const bounds: [number, number][][] = blocks.map(() => []);
  for (let [first, last] of sentenceSpans) {
    if (first > last) return undefined;
    while (first <= last && blockOf[first] < 0) first++;
    while (last >= first && blockOf[last] < 0) last--;
    if (first > last) continue;
    for (let i = first; i <= last; i++) if (blockOf[i] !== blockOf[first]) return undefined;
    bounds[blockOf[first]].push([first, last]);
  }
  const entities: NlpEntity[][] = blocks.map(() => []);
  for (let k = 0; k < entitySpans.length; k++) {
    let [first, last] = entitySpans[k];
    if (blockOf[first] < 0 || blockOf[last] < 0) return undefined;
    for (let i = first; i <= last; i++) if (blockOf[i] !== blockOf[first]) return undefined;
    entities[blockOf[first]].push({ type: entityTypes[k], first, last });
  }
  const sentences: ColumnSentence[] = [];
  blocks.forEach((block, k) => {
    const bs = bounds[k];
    for (let s = 1; s < bs.length; s++) {
      while (bs[s][0] <= bs[s][1] && CLOSERS.has(text[bs[s][0]]) && start[bs[s][0]] === end[bs[s][0] - 1] && blockOf[bs[s][0] - 1] === k) {
        bs[s - 1][1]++;
        bs[s][0]++;
      }
    }
    for (let s = bs.length - 1; s >= 1; s--) {
      const first = bs[s][0];
      const point = first - 1;
      if (bs[s - 1][1] !== point || text[point] !== '.' || end[point] !== start[first] || !/^\d/.test(text[first])) continue;
      if (point - 1 >= 0 && blockOf[point - 1] === k && end[point - 1] === start[point] && !/\d$/.test(text[point - 1])) continue;
      bs[s - 1][1] = bs[s][1];
      bs.splice(s, 1);
    }
    for (const [first, last] of bs) {
      if (first > last) continue;
      const inside: NlpEntity[] = [];
      for (const e of entities[k]) if (e.first >= first && e.last <= last) inside.push({ type: e.type, first: e.first - first, last: e.last - first });
      sentences.push({ index: sentences.length, text: fileText.slice(start[first], end[last]), span: { start: start[first], end: end[last] }, first, last, entities: inside, block: block.kind });
    }
  });
  if (!coded) return { text, lower, pos, kind: kinds, normal: normals, negated, start, end, sentences };
  const posCodes = new Uint8Array(count);
  const kindCodes = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    posCodes[i] = codeOf(pos[i]);
    kindCodes[i] = codeOf(kinds[i]);
  }
  return { text, lower, pos: posCodes, kind: kindCodes, normal: normals, negated, start, end, sentences };
}

// ---- the variants ----

let fallbacks = 0;
let columnReads = 0;
const objectsOf = (a: { file: string; text: string }) => parseBlocks(a.text, blocksOf(a.text, 'plaintext'));
function columnsOf(a: { file: string; text: string }, coded: boolean): ArticleColumns | ReturnType<typeof objectsOf> {
  const blocks = blocksOf(a.text, 'plaintext');
  const read = readColumns(a.text, blocks, coded);
  columnReads++;
  if (read) return read;
  fallbacks++;
  return parseBlocks(a.text, blocks);
}
function cloneTokens(sentences: readonly Sentence[]): Token[][] {
  // a literal of the same shape as tokenAt's (a spread would build the copy more slowly than tokenAt builds one)
  return sentences.map((s) => s.tokens.map((t) => ({ text: t.text, lower: t.lower, pos: t.pos, kind: t.kind, normal: t.normal, negated: t.negated, start: t.start, end: t.end })));
}

let sink = 0;
const variants: Record<string, () => unknown> = {
  bare: () => {
    const nlp = wink();
    const its = nlp.its;
    return articles.map((a) => {
      const doc = nlp.readDoc(a.text);
      sink += (doc.sentences().out(its.span) as unknown[]).length;
      return doc.tokens().out();
    });
  },
  winkRead: () => {
    const nlp = wink();
    const its = nlp.its;
    return articles.map((a) => {
      const joined = blocksOf(a.text, 'plaintext').map((b) => forWink(maskedText(a.text, b))).join(BLOCK_BREAK);
      const doc = nlp.readDoc(joined);
      const t = doc.tokens();
      const e = doc.entities();
      return [t.out(its.value), t.out(its.pos), t.out(its.type), t.out(its.normal), t.out(its.negationFlag), doc.sentences().out(its.span), e.out(its.span), e.out(its.type)];
    });
  },
  objects: () => articles.map(objectsOf),
  columns: () => articles.map((a) => columnsOf(a, false)),
  coded: () => articles.map((a) => columnsOf(a, true)),
  analysis: () => articles.map((a) => analyzeArticle(a.file, a.text)),
  story: () => {
    const story = new StoryIndex();
    for (const a of articles) story.setArticle(a.file, a.text);
    for (const a of articles) story.relations(a.file);
    return story;
  },
  'analysis+clone': () =>
    articles.map((a) => {
      const analysis = analyzeArticle(a.file, a.text);
      return [analysis, cloneTokens(analysis.sentences.map((s) => s.sentence))];
    }),
  'analysis+objects': () => articles.map((a) => [analyzeArticle(a.file, a.text), objectsOf(a)]),
  'analysis+columns': () => articles.map((a) => [analyzeArticle(a.file, a.text), columnsOf(a, false)]),
};

// wink's first read of a text can split a word that later reads keep whole (its cache learns: "Morin’s" is
// "Morin" "’s" the first time only): one read of everything first, so both kept reads see the same wink.
articles.forEach(objectsOf);
const keptObjects = articles.map(objectsOf).map((blocks) => blocks.flatMap((b) => b.sentences));
const readColumnsOf = articles.map((a) => columnsOf(a, true));
const keptColumns = readColumnsOf.filter((c): c is ArticleColumns => !Array.isArray(c));
variants.walkObjects = () => {
  let len = 0;
  let nouns = 0;
  for (const sentences of keptObjects)
    for (const s of sentences)
      for (const t of s.tokens) {
        len += t.lower.length + t.normal.length;
        if (t.pos === 'NOUN' && t.kind === 'word' && !t.negated) nouns++;
      }
  return len + nouns;
};
variants.walkColumns = () => {
  const noun = codeOf('NOUN');
  const word = codeOf('word');
  let len = 0;
  let nouns = 0;
  for (const c of keptColumns) {
    const pos = c.pos as Uint8Array;
    const kind = c.kind as Uint8Array;
    for (const s of c.sentences)
      for (let i = s.first; i <= s.last; i++) {
        len += c.lower[i].length + c.normal[i].length;
        if (pos[i] === noun && kind[i] === word && !c.negated[i]) nouns++;
      }
  }
  return len + nouns;
};

// The columns must say what the objects say (else the figures compare different work).
readColumnsOf.forEach((c, a) => {
  if (Array.isArray(c)) return;
  const article = keptObjects[a];
  if (article.length !== c.sentences.length) throw new Error(`columns: article ${a} has ${c.sentences.length} sentences, not ${article.length}`);
  article.forEach((s, k) => {
    const cs = c.sentences[k];
    if (s.text !== cs.text || s.span.end !== cs.span.end || s.tokens.length !== cs.last - cs.first + 1 || JSON.stringify(s.entities) !== JSON.stringify(cs.entities))
      throw new Error(`columns: article ${a} sentence ${k} differs ${JSON.stringify([s.tokens.map((t) => t.text).join('|'), c.text.slice(cs.first, cs.last + 1).join('|')])}`);
    s.tokens.forEach((t, j) => {
      const i = cs.first + j;
      const same = t.text === c.text[i] && t.lower === c.lower[i] && t.normal === c.normal[i] && t.negated === (c.negated[i] === 1) && t.start === c.start[i] && t.end === c.end[i] && codes.get(t.pos) === c.pos[i] && codes.get(t.kind) === c.kind[i];
      if (!same) throw new Error(`columns: article ${a} token ${j} of sentence ${k} differs`);
    });
  });
});

// The scorer's token loop (walkFeatures of src/core/claims/features.ts, its per-token part) reading columns: what
// the scorer would gain from them alone. Both walks feed the same sink, a hash of what it is given (a real
// scorer's sink costs more, the same in both: this bounds the relative gain from above).
class HashSink implements FeatureSink {
  hash = 0;
  private mix(x: string): void {
    this.hash = (this.hash * 31 + x.length + x.charCodeAt(0)) | 0;
  }
  word(w: string): number {
    this.mix(w);
    return wordLists(w);
  }
  one(table: number, key: string): void {
    this.mix(key);
  }
  pair(table: number, a: string, b: string): void {
    this.mix(a);
    this.mix(b);
  }
}
const FINAL = new Set(['.', '!', '…', '"', '”', '’', "'", '»', ')', ']']);
function walkColumns(c: ArticleColumns, s: ColumnSentence, sink: FeatureSink): number {
  const kind = c.kind as string[];
  const pos = c.pos as string[];
  let end = s.last + 1;
  while (end > s.first && kind[end - 1] === 'punctuation' && FINAL.has(c.text[end - 1])) end--;
  let lists = 0;
  let negatedHarm = false;
  let prevWord = '<s>';
  let prevPos = '<s>';
  let words = 0;
  for (let i = s.first; i < end; i++) {
    const k = kind[i];
    if (k === 'punctuation') {
      sink.pair(4, prevPos, 'P');
      prevPos = 'P';
      prevWord = '<p>';
      continue;
    }
    const isWord = k === 'word';
    const w = k === 'number' ? '<number>' : k === 'ordinal' ? '<ordinal>' : c.normal[i];
    const bits = sink.word(w, isWord);
    sink.pair(2, prevWord, w);
    sink.one(3, pos[i]);
    sink.pair(4, prevPos, pos[i]);
    prevWord = w;
    prevPos = pos[i];
    if (!isWord) {
      sink.one(5, k);
      continue;
    }
    words++;
    if (bits & IS_HARM && c.negated[i] && lists & IS_NEGATOR) negatedHarm = true;
    lists |= bits;
  }
  return lists + words + (negatedHarm ? 1 : 0);
}
/** walkObjects' twin: the same per-token loop over the Token objects (walkFeatures itself also does the flags). */
function walkObjectTokens(s: Sentence, sink: FeatureSink): number {
  const tokens = s.tokens;
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].kind === 'punctuation' && FINAL.has(tokens[end - 1].text)) end--;
  let lists = 0;
  let negatedHarm = false;
  let prevWord = '<s>';
  let prevPos = '<s>';
  let words = 0;
  for (let i = 0; i < end; i++) {
    const t = tokens[i];
    if (t.kind === 'punctuation') {
      sink.pair(4, prevPos, 'P');
      prevPos = 'P';
      prevWord = '<p>';
      continue;
    }
    const isWord = t.kind === 'word';
    const w = t.kind === 'number' ? '<number>' : t.kind === 'ordinal' ? '<ordinal>' : t.normal;
    const bits = sink.word(w, isWord);
    sink.pair(2, prevWord, w);
    sink.one(3, t.pos);
    sink.pair(4, prevPos, t.pos);
    prevWord = w;
    prevPos = t.pos;
    if (!isWord) {
      sink.one(5, t.kind);
      continue;
    }
    words++;
    if (bits & IS_HARM && t.negated && lists & IS_NEGATOR) negatedHarm = true;
    lists |= bits;
  }
  return lists + words + (negatedHarm ? 1 : 0);
}
const keptStringColumns = articles.map((a) => columnsOf(a, false)).filter((c): c is ArticleColumns => !Array.isArray(c));
const scorerWalk = {
  objects: () => {
    const sink = new HashSink();
    let x = 0;
    for (const sentences of keptObjects) for (const s of sentences) x += walkObjectTokens(s, sink);
    return [sink.hash, x];
  },
  columns: () => {
    const sink = new HashSink();
    let x = 0;
    for (const c of keptStringColumns) for (const s of c.sentences) x += walkColumns(c, s, sink);
    return [sink.hash, x];
  },
};
if (JSON.stringify(scorerWalk.objects()) !== JSON.stringify(scorerWalk.columns())) throw new Error('scorer walks differ');
variants.scorerWalkObjects = scorerWalk.objects;
variants.scorerWalkColumns = scorerWalk.columns;
// the whole walkFeatures (flags and entities too) over the objects, for scale
variants.walkFeatures = () => {
  const sink = new HashSink();
  for (const sentences of keptObjects) for (const s of sentences) walkFeatures(s, sink);
  return sink.hash;
};

const tokenCount = keptObjects.reduce((sum, ss) => sum + ss.reduce((x, s) => x + s.tokens.length, 0), 0);
const names = Object.keys(variants).filter((k) => !only || only.includes(k));
const cpu: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
const gcs: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
const wall: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
const retained: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));

const traced = process.execArgv.includes('--trace-gc');

async function main(): Promise<void> {
  // one warm-up round, then `runs` rounds in alternation (the machine is shared: drift hits every variant alike)
  for (let r = 0; r <= runs; r++) {
    for (const name of names) {
      gc();
      const before = process.memoryUsage().heapUsed;
      // under --trace-gc, marks around each timed run: the GC lines between them are the run's
      if (traced && r > 0) console.log(`<<< ${name}`);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      let kept: unknown = variants[name]();
      const c = process.cpuUsage(c0);
      if (traced && r > 0) console.log(`>>> ${name}`);
      const t1 = performance.now();
      // let the observer receive this run's GC entries
      await new Promise((resolve) => setTimeout(resolve, 5));
      const g = gcBetween(t0, t1);
      gc();
      const mb = (process.memoryUsage().heapUsed - before) / 1e6;
      if (kept === -1) console.log(kept);
      kept = undefined;
      if (r === 0) continue;
      cpu[name].push((c.user + c.system) / 1000);
      wall[name].push(t1 - t0);
      gcs[name].push(g);
      retained[name].push(mb);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${n} bodies, ${tokenCount} tokens, ${runs} runs per variant (after one warm-up), ${fallbacks} of ${columnReads} column reads given up (read as objects)`);
  console.log(['variant'.padEnd(16), 'cpu ms', 'wall ms', 'gc ms', 'retained MB'].join('\t'));
  for (const name of names) console.log([name.padEnd(16), median(cpu[name]).toFixed(1), median(wall[name]).toFixed(1), median(gcs[name]).toFixed(1), median(retained[name]).toFixed(2)].join('\t'));
  // paired: the difference within each round (both variants ran one after the other), median over the rounds
  for (const [a, b] of [['objects', 'columns'], ['objects', 'coded'], ['analysis+objects', 'analysis+columns']]) {
    if (!cpu[a]?.length || !cpu[b]?.length) continue;
    const diff = (m: Record<string, number[]>) => median(m[a].map((x, k) => x - m[b][k])).toFixed(1);
    console.log(`${a} − ${b}, paired median over ${runs} rounds: cpu ${diff(cpu)} ms, wall ${diff(wall)} ms, gc ${diff(gcs)} ms, retained ${diff(retained)} MB`);
  }
  if (sink < 0) console.log(sink);
}
void main();
