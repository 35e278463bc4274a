import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// One wink-nlp instance for the process: loading the English model takes ~200 ms, reading text is fast.
// Only the pipes the engine uses are enabled (sentence boundaries, POS, named entities, negation);
// sentiment and the custom-entity pipe are left out because nothing reads them.
type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

export function wink(): Nlp {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner', 'negation']);
  return instance;
}
