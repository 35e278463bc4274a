// Reading a story's articles ahead with wink (core/readAhead.ts, StoryIndex.readAhead, the analysis worker's
// story load): the same analyses and relations as article by article, each read taken once by its article's
// analysis, and only for new articles whose text is the one read.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReadAhead } from '../../src/core/readAhead';
import { scoredBlocks } from '../../src/core/analyzeArticle';
import { StoryIndex } from '../../src/core/story/storyIndex';
import type { Request, WorkerMessage } from '../../src/extension/analysisWorker/protocol';
import { WorkerStories } from '../../src/extension/analysisWorker/workerStories';
import { WorkerStory } from '../../src/extension/analysisWorker/workerStory';

const DIR = resolve(__dirname, '../../samples/story');
const articles = readdirSync(DIR)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => ({ file: join(DIR, f), text: readFileSync(join(DIR, f), 'utf8') }));

/** what the index says of every article: its analysis and its claims' relations */
function said(story: StoryIndex): string {
  return JSON.stringify(articles.map((a) => ({ analysis: story.analysis(a.file), relations: story.relations(a.file) })));
}

function plainStory(texts = articles): StoryIndex {
  const story = new StoryIndex();
  for (const a of texts) story.setArticle(a.file, a.text);
  return story;
}

describe('reading a story ahead', function () {
  this.timeout(60000);

  it('analyses the articles exactly as read one by one, each read taken by its article', () => {
    const story = new StoryIndex();
    story.readAhead(articles);
    assert.equal(story.readAheadWaiting, articles.length);
    for (const a of articles) story.setArticle(a.file, a.text);
    assert.equal(story.readAheadWaiting, 0);
    assert.equal(said(story), said(plainStory()));
  });

  it('reads only the articles the story does not hold, and forgets what no article took', () => {
    const story = new StoryIndex();
    story.setArticle(articles[0].file, articles[0].text);
    story.readAhead(articles);
    assert.equal(story.readAheadWaiting, articles.length - 1);
    story.readAhead([]);
    assert.equal(story.readAheadWaiting, 0);
  });

  it('reads a text changed since it was read ahead anew, leaving the old read untaken', () => {
    const story = new StoryIndex();
    story.readAhead(articles);
    const changed = articles.map((a, k) => (k === 1 ? { ...a, text: a.text.replace(/\bthe\b/, 'a') } : a));
    assert.notEqual(changed[1].text, articles[1].text);
    for (const a of changed) story.setArticle(a.file, a.text);
    assert.equal(story.readAheadWaiting, 1);
    assert.equal(said(story), said(plainStory(changed)));
  });

  it('gives each article\'s blocks once, for its text in its format, as its analysis would read and score them', () => {
    const ahead = new ReadAhead();
    const { text } = articles[0];
    ahead.add(text, 'plaintext');
    ahead.add('One paragraph only.', 'plaintext');
    assert.equal(ahead.size, 2);
    assert.equal(ahead.take(text, 'markdown'), undefined);
    const blocks = ahead.take(text, 'plaintext');
    assert.equal(JSON.stringify(blocks), JSON.stringify(scoredBlocks(text, 'plaintext')));
    assert.ok(blocks!.every((b) => b.scores?.length === b.sentences.length));
    assert.equal(ahead.take(text, 'plaintext'), undefined);
    assert.equal(ahead.size, 1);
  });

  it('is how the analysis worker loads a story: its new articles handed over before they are analysed', async () => {
    const handed: string[][] = [];
    const original = WorkerStory.prototype.readAhead;
    WorkerStory.prototype.readAhead = function (this: WorkerStory, list) {
      handed.push([...list].map((a) => a.file));
      return original.call(this, list);
    };
    const sent: WorkerMessage[] = [];
    const stories = new WorkerStories((m) => sent.push(m));
    try {
      stories.receive({ id: 1, kind: 'openStory', story: 1, folder: DIR, verdictLabels: [], titles: new Map() } as Request);
      articles.forEach((a, k) => stories.receive({ id: 2 + k, kind: 'setArticle', story: 1, file: a.file, version: 1, text: a.text }));
      const until = Date.now() + 20000;
      while (sent.filter((m) => m.kind === 'reply').length < articles.length + 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      assert.deepEqual(handed, [articles.map((a) => a.file)]);
      assert.equal(sent.filter((m) => m.kind === 'log').length, 0);
    } finally {
      WorkerStory.prototype.readAhead = original;
    }
  });
});
