// The analysis worker's entry run from source in a thread of the unit tests: a thread does not inherit tsx's
// loader from the `--import tsx` of the tests' process, so it registers it itself (readOnTwoThreads.test.ts).
require('tsx/cjs');
require('../../src/extension/analysisWorker/analysisWorker.ts');
