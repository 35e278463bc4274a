import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CLAIM_THRESHOLD, modelScore, modelScoreOfNames, scoreSentence } from '../../src/core/claims/checkworthiness';
import { boilerplateFactor } from '../../src/core/claims/boilerplate';
import { featuresOf } from '../../src/core/claims/features';
import { FeatureScorer } from '../../src/core/claims/featureScorer';
import type { Sentence } from '../../src/core/model';
import { sentencesOf } from '../../src/core/nlp/sentences';
import { lineSentence } from '../../src/core/nlp/lineSentence';
import { blocksOf } from '../../src/core/segment/blocksOf';
import { evalDir } from '../../scripts/lib/evalData';
import { readClaimbusterTwoClass } from '../../scripts/lib/labelledSentences';
import { fncBodies } from '../../scripts/bench/corpus';

// The seed articles (shared with the other engineers) or, failing that, the repo's sample story.
const SEED_DIRS = [resolve(__dirname, '../../../shared/seeds'), resolve(__dirname, '../../samples/story')];

function seedSentences(): Sentence[] {
  const dir = SEED_DIRS.find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.txt')));
  assert.ok(dir, `no seed articles in ${SEED_DIRS.join(' or ')}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => {
      const text = readFileSync(resolve(dir, f), 'utf8');
      return sentencesOf(text, blocksOf(text, 'plaintext'));
    });
}

function sentence(text: string): Sentence {
  const found = sentencesOf(text, blocksOf(text, 'plaintext'));
  assert.equal(found.length, 1, `expected one sentence in ${JSON.stringify(text)}`);
  return found[0];
}

describe('check-worthiness', () => {
  const seeds = seedSentences();
  const seedScore = (start: string): number => {
    const s = seeds.find((x) => x.text.startsWith(start));
    assert.ok(s, `seed sentence starting ${JSON.stringify(start)} not found`);
    return scoreSentence(s);
  };

  it('scores every seed sentence in [0, 1]', () => {
    assert.ok(seeds.length > 20);
    for (const s of seeds) {
      const score = scoreSentence(s);
      assert.ok(score >= 0 && score <= 1, `${score} for ${s.text}`);
    }
  });

  for (const line of ['News', 'Add a Comment', 'The Data Science Revolution: How Big Data Is shaping Our Future']) {
    it(`page furniture is not a claim: ${JSON.stringify(line)}`, () => {
      const s = seeds.find((x) => x.text === line);
      assert.ok(s, `${line} not in the seeds`);
      assert.ok(scoreSentence(s) < DEFAULT_CLAIM_THRESHOLD, `${scoreSentence(s)}`);
    });
  }

  for (const start of [
    'Russia’s Defense Ministry reported that Ukraine launched six ballistic missiles at a facility in Bryansk',
    'Ukraine struck a Russian weapons depot with US-made ATACMS missiles',
    'Meanwhile, thousands of North Korean troops have been sent to Russia’s Kursk region',
    'Subsequently, Ukrainian forces launched a coordinated strike, deploying eight ATACMS missiles',
    'Pentagon Deputy Press Secretary Sabrina Singh noted during a briefing',
    // a headline without a final period, and a short report that nothing was harmed (issue 14)
    'U.S. Approves Ukraine’s Use of ATACMS as Tensions with Russia Intensify',
    'No damage or casualties were recorded.',
  ]) {
    it(`factual news sentence is a claim: ${start.slice(0, 50)}…`, () => {
      assert.ok(seedScore(start) >= DEFAULT_CLAIM_THRESHOLD, `${seedScore(start)}`);
    });
  }

  it('ranks the attributed factual report above the furniture of the same page', () => {
    const fact = seedScore('Russia’s Defense Ministry reported that');
    for (const line of ['News', 'Add a Comment']) assert.ok(fact > seedScore(line) + 0.5);
  });

  for (const text of [
    'Do you think the new missiles will change the course of the war?',
    'What happens next?',
    'I think this is a terrible idea and we should be ashamed of it.',
    'We believe in a better future for all of us.',
    'Honestly, it is hard to say what anyone should feel about that.',
  ]) {
    it(`question or opinion is not a claim: ${JSON.stringify(text)}`, () => {
      const score = scoreSentence(sentence(text));
      assert.ok(score < DEFAULT_CLAIM_THRESHOLD, `${score}`);
    });
  }

  for (const text of [
    'Unemployment fell to 3.9 percent in April, according to the Labor Department.',
    'The city council approved a $12 million budget for road repairs on Tuesday, officials said.',
    'In 2015, the company reported revenue of 4.2 billion dollars, up 12% from the year before.',
  ]) {
    it(`numbers with attribution are claims: ${JSON.stringify(text)}`, () => {
      const score = scoreSentence(sentence(text));
      assert.ok(score >= DEFAULT_CLAIM_THRESHOLD, `${score}`);
    });
  }

  for (const text of [
    'Rebel leader wounded in airstrike, officials say',
    'Nobody was injured in the blast, the fire brigade said.',
    'The bridge was closed on Monday after a truck hit it.',
  ]) {
    it(`short factual news sentences and headlines are claims: ${JSON.stringify(text)}`, () => {
      const score = scoreSentence(sentence(text));
      assert.ok(score >= DEFAULT_CLAIM_THRESHOLD, `${score}`);
    });
  }

  it('does not see the final period: a headline scores as the same sentence with one', () => {
    const headline = sentence('Rebel leader wounded in airstrike, officials say');
    const withPeriod = sentence('Rebel leader wounded in airstrike, officials say.');
    assert.deepEqual(featuresOf(headline), featuresOf(withPeriod));
    assert.equal(modelScore(headline), modelScore(withPeriod));
  });

  it('"did not confirm the damage" is not a report that nothing was damaged', () => {
    const none = featuresOf(sentence('No damage was recorded.'));
    const notConfirmed = featuresOf(sentence('The ministry did not confirm the damage.'));
    assert.ok(none.includes('f:negharm'));
    assert.ok(!notConfirmed.includes('f:negharm'));
  });

  it('scales down a note on the reporting itself, not a negated event or a confirmation', () => {
    for (const note of ['U.S. Central Command could not immediately confirm the information.', 'The company declined to comment on the report.', 'It was unclear how many people were inside.']) {
      assert.equal(boilerplateFactor(sentence(note)), 0.5, note);
    }
    for (const fact of ['No damage or casualties were recorded.', 'The ministry confirmed that six missiles were fired.', 'Nobody was hurt in the blast, police said.']) {
      assert.equal(boilerplateFactor(sentence(fact)), 1, fact);
    }
  });

  it('the score reads the boilerplate rules from the bits of the walk, as looked up word by word', () => {
    // scoreSentence hands boilerplateFactor the bits the scorer's walk left per token (no lookup per word);
    // the factor looked up word by word must give the same score: the model's, lifted by 0, 0.3 or 0.6
    // (newsFacts.ts), times the factor.
    const notes = ['The company declined to comment on the report.', 'It was unclear how many people were inside.', 'I think we should leave now.'];
    for (const note of notes) assert.ok(boilerplateFactor(sentence(note)) < 1, note);
    for (const s of [...notes.map(sentence), ...seedSentences()]) {
      const p = modelScore(s);
      const factor = boilerplateFactor(s);
      const candidates = [0, 0.3, 0.6].map((lift) => (lift > 0 ? 1 - (1 - p) * (1 - lift) : p) * factor);
      assert.ok(candidates.includes(scoreSentence(s)), s.text);
    }
  });

  it('a question is scored lower than the same statement', () => {
    const statement = scoreSentence(sentence('Ukraine fired six missiles at Russia on Tuesday.'));
    const question = scoreSentence(sentence('Did Ukraine fire six missiles at Russia on Tuesday?'));
    assert.ok(question < statement, `${question} vs ${statement}`);
  });

  it('is deterministic', () => {
    const s = sentence('Russian air defenses reported intercepting five of the missiles.');
    assert.equal(scoreSentence(s), scoreSentence(s));
  });
});

// The scorer walks the tokens without building feature names (features.ts, FeatureScorer); the names that
// `featuresOf` lists stay the definition the model was trained on. Both must give the same score, bit for bit.
describe('check-worthiness: the fast scorer is the name-based score', () => {
  const texts = [
    'Ukraine fired six missiles at Russia on Tuesday, officials said.',
    'I think you and I should agree: is this the best we can do?',
    'THE 1,000TH DAY: 3:25 a.m. local time, $12 million, 4.2% — “What?” (he asked)',
    'snake_case_word and another_one meet __init__ here _ and _x_ y_',
    'News',
    '',
    '...',
  ];
  const samples = (): Sentence[] => {
    const out: Sentence[] = [...seedSentences(), ...texts.flatMap((t) => sentencesOf(t, blocksOf(t, 'plaintext'))), ...texts.map((t) => lineSentence(t))];
    if (existsSync(resolve(evalDir(), 'fnc1_stance/competition_test_bodies.csv.gz'))) {
      for (const a of fncBodies().slice(0, 120)) out.push(...sentencesOf(a.text, blocksOf(a.text, 'plaintext')));
    }
    if (existsSync(resolve(evalDir(), 'claimbuster/claimbuster_2.5xNCS.csv'))) {
      const lines = readClaimbusterTwoClass();
      for (let i = 0; i < lines.length; i += Math.max(1, Math.floor(lines.length / 600))) out.push(lineSentence(lines[i].text, i));
    }
    return out;
  };

  it('gives exactly the score of the feature names, on seed, news and debate sentences', () => {
    const all = samples();
    assert.ok(all.length > 50);
    // A word's character n-grams are added as one precomputed sum, so the two may differ in the last bits.
    for (const s of all) assert.ok(Math.abs(modelScore(s) - modelScoreOfNames(s)) < 1e-12, s.text);
  });

  it('counts each feature once, in the order featuresOf lists them, with featuresOf\'s feature count', () => {
    // A model holding every feature of the samples (split at each "_", weights of very different magnitudes,
    // so that the order of the additions shows): any difference in the set, the order or the count shows up.
    const all = samples();
    const names = [...new Set(all.flatMap((s) => featuresOf(s)))];
    const weights = names.map((_, i) => ((i * 7919) % 1000) * 10 ** ((i % 7) - 3) * (i % 2 ? -1 : 1));
    const scorer = new FeatureScorer(names, weights);
    for (const s of all) {
      const fast = scorer.logit(s, 0.25);
      const named = scorer.logitOfNames(featuresOf(s), 0.25);
      assert.ok(Math.abs(fast - named) <= 1e-9 * Math.max(1, Math.abs(named)), `${fast} vs ${named}: ${s.text}`);
    }
  });

  it('scores the pairs of tags it has numbered and those beyond its table alike', () => {
    // The scorer numbers the first tags it sees for its table of tag pairs and looks the rest up by name: a
    // sentence with more distinct tags than that table holds, the same tags in a new order, and repeats.
    const tags = Array.from({ length: 40 }, (_, i) => `T${i}`);
    const made = (order: string[]): Sentence => {
      let at = 0;
      const tokens = order.map((pos, i) => {
        const text = `w${i % 5}`;
        const t = { text, lower: text, pos, kind: 'word', normal: text, negated: false, start: at, end: at + text.length };
        at += text.length + 1;
        return t;
      });
      return { index: 0, text: tokens.map((t) => t.text).join(' '), span: { start: 0, end: at }, tokens, entities: [], block: 'paragraph' };
    };
    const sentences = [made(tags), made([...tags].reverse()), made(tags.map((_, i) => tags[(i * 7) % 40])), made(['T1', 'T2', 'T1', 'T2', 'T39', 'T1'])];
    const names = [...new Set(sentences.flatMap((s) => featuresOf(s)))];
    const weights = names.map((_, i) => ((i * 7919) % 1000) * 10 ** ((i % 7) - 3) * (i % 2 ? -1 : 1));
    const scorer = new FeatureScorer(names, weights);
    for (const s of [...sentences, ...sentences]) {
      const fast = scorer.logit(s, 0.25);
      const named = scorer.logitOfNames(featuresOf(s), 0.25);
      assert.ok(Math.abs(fast - named) <= 1e-9 * Math.max(1, Math.abs(named)), `${fast} vs ${named}: ${s.tokens.map((t) => t.pos).join(' ')}`);
    }
  });

  it('counts a word\'s character n-grams once per distinct word, as the names list them', () => {
    const s = sentence('The missile hit the missile depot.');
    const grams = featuresOf(s).filter((n) => n.startsWith('c:'));
    assert.equal(grams.filter((n) => n === 'c:mis').length, 1, 'the same word twice: once');
    assert.ok(grams.includes('c: th') && grams.includes('c:dep'));
    const two = featuresOf(sentence('The missile and the projectile.')).filter((n) => n === 'c:ile');
    assert.equal(two.length, 2, 'two different words that share it: twice');
  });
});
