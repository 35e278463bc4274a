import type { ColumnReader } from '../core/readChunks';
import { startWinkReader } from '../node/winkReaderThread';

// The script the CLI's reading thread runs: its own entry (main.ts, dist/cli.js), which serves reads in that
// thread. Set by the entry only: a test calling loadStory reads every article in its own thread.
let entry: string | undefined;

/** Lets loadStory read a story's next articles on a second thread, running `script` (the CLI's entry). */
export function readStoriesOnSecondThread(script: string): void {
  entry = script;
}

/** The reading thread for a story being loaded (core/readChunks.ts), when the entry allowed one and the machine has a second core. */
export function openStoryReader(): ColumnReader | undefined {
  return entry ? startWinkReader(entry) : undefined;
}
