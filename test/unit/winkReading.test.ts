import { strict as assert } from 'node:assert';
import { wink } from '../../src/core/nlp/wink';
import { parseBlocks } from '../../src/core/nlp/sentences';
import { blocksOf } from '../../src/core/segment/blocksOf';

// wink adds every word its model does not know to its lexicon as it reads, and its tokenizer splits a word by
// whether the lexicon holds it: "McDonald's." teaches it "McDonald's", after which a stock instance reads
// "McDonald's" as one token, where it read "McDonald" "'s" before (src/core/nlp/wink.ts).
const tokens = (text: string) => wink().readDoc(text).tokens().out() as string[];
const SENTENCE = "Two McDonald's restaurants still serve pizza.";
const TEACHER = "He ate at McDonald's.";

describe('wink reads a text whatever it read before', () => {
  it('splits a word the same before and after a text that teaches wink the word', () => {
    const before = tokens(SENTENCE);
    tokens(TEACHER);
    assert.deepEqual(tokens(SENTENCE), before);
    assert.deepEqual(before, ['Two', 'McDonald', "'s", 'restaurants', 'still', 'serve', 'pizza', '.']);
  });

  // Taking a learnt word out of the lexicon after each reading would make texts independent, but not the paragraphs
  // of one article read at once: the first paragraph would still teach the second (4 of the 904 FNC-1 bodies read
  // otherwise at once than paragraph by paragraph that way). A name no other test reads.
  it('reads a paragraph alone as in its article (an edit re-reads one paragraph)', () => {
    const text = "He ate at Zarkovan's.\n\nTwo Zarkovan's restaurants still serve pizza.";
    const blocks = blocksOf(text, 'plaintext');
    const atOnce = parseBlocks(text, blocks);
    const alone = parseBlocks(text, blocks, new Map());
    assert.deepEqual(atOnce[1].sentences[0].tokens.map((t) => t.text).slice(0, 3), ['Two', 'Zarkovan', "'s"]);
    assert.deepEqual(atOnce.map((b) => b.sentences), alone.map((b) => b.sentences));
  });
});
