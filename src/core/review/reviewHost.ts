// What the reviewed-story model (reviewedStory.ts) is given by its host: the files (sidecars, pending files,
// their lock), the clock (a verdict's `at:`) and the reviewer (its `by:` when a request names no one). The
// CLI and the extension pass the Node host (src/node/nodeReviewHost.ts); tests an in-memory one, which also
// counts the reads.

import type { SidecarFileSystem } from '../sidecar/storage/sidecarFileSystem';

export interface ReviewHost {
  files: SidecarFileSystem;
  /** now, for the `at:` of what is recorded */
  now(): Date;
  /** who records, when the request does not say (the CLI: git user.name, else the OS user) */
  reviewer?(articlePath: string): string;
}
