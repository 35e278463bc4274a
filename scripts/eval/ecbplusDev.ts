// ECB+ dev topics (2 5 12 18 21 23 34 35 of ../shared/eval/ecbplus_train; never trained or tuned on): each
// topic is one story mixing articles of an event with articles of a similar but different event. Every
// topic's articles go into one StoryIndex, as a reviewer's folder would, and the links it makes are judged by
// the sub-topic of their two articles. Measures (sentence pairs counted once per relation):
// - link precision: share of agrees/contradicts links inside one sub-topic (a link across is always wrong);
// - share of contradicts between sister events (the worst mistake the card can make);
// - share of same-sub-topic article pairs that get at least one agrees/contradicts link (not going silent).
import { StoryIndex } from '../../src/core/story/storyIndex';
import { ecbDocs, ecbTopics, lineOf } from '../lib/ecbplus';

export const name = 'ecbplus';
export const aliases = ['ecb', 'ecbplusDev'];

export async function run(): Promise<void> {
  const n = { agrees: [0, 0], contradicts: [0, 0] } as Record<'agrees' | 'contradicts', [number, number]>;
  let articlePairs = 0;
  let linkedPairs = 0;
  const perTopic: string[] = [];
  for (const topic of ecbTopics('dev')) {
    const docs = ecbDocs(topic);
    const story = new StoryIndex();
    for (const d of docs) story.setArticle(d.file, d.text);
    const sub = new Map(docs.map((d) => [d.file, d.subtopic]));
    const text = new Map(docs.map((d) => [d.file, d.text]));
    const seen = new Set<string>();
    const linked = new Set<string>();
    let wrong = 0;
    let links = 0;
    for (const d of docs) {
      for (const report of story.crossReference(d.file)) {
        for (const ref of report.crossRefs) {
          if (ref.relation === 'related') continue;
          const ends = [`${d.file}:${lineOf(d.text, report.claim.span.start)}`, `${ref.file}:${lineOf(text.get(ref.file)!, ref.span.start)}`].sort().join('|');
          if (seen.has(ref.relation + ends)) continue;
          seen.add(ref.relation + ends);
          const same = sub.get(d.file) === sub.get(ref.file);
          n[ref.relation][same ? 0 : 1]++;
          links++;
          if (!same) wrong++;
          else linked.add([d.file, ref.file].sort().join('|'));
        }
      }
    }
    let pairs = 0;
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) if (docs[i].subtopic === docs[j].subtopic) pairs++;
    articlePairs += pairs;
    linkedPairs += linked.size;
    perTopic.push(`  topic ${topic.padStart(2)}: ${docs.length} articles, ${links} links, ${wrong} across events, ${linked.size} of ${pairs} same-event article pairs linked`);
  }
  const [as, ad] = n.agrees;
  const [cs, cd] = n.contradicts;
  console.log(perTopic.join('\n'));
  console.log(`link precision (agrees + contradicts inside one sub-topic): ${fmt((as + cs) / (as + ad + cs + cd))} (${as + cs} of ${as + ad + cs + cd})   target ≥ 0.90`);
  console.log(`contradicts between sister events: ${pct(cd, cs + cd)} (${cd} of ${cs + cd})   target ≤ 10 %`);
  console.log(`agrees between sister events: ${pct(ad, as + ad)} (${ad} of ${as + ad})`);
  console.log(`same-event article pairs linked: ${pct(linkedPairs, articlePairs)} (${linkedPairs} of ${articlePairs})   target ≥ 30 %`);
}

function fmt(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : '–';
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)} %` : '–';
}
