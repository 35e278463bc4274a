// Where an article's verdicts live: `<article file name>.crosscheck.yaml` next to it, so `ls` shows the
// two side by side, a rename of the article is easy to mirror, and both travel in the same commit.

export const SIDECAR_SUFFIX = '.crosscheck.yaml';
/** Verdicts that could not be written because the sidecar was broken or changed underneath us. */
export const PENDING_SUFFIX = '.crosscheck.pending.yaml';

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function pendingPathFor(articlePath: string): string {
  return articlePath + PENDING_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) || path.endsWith(PENDING_SUFFIX);
}


/**
 * The lock file held while a sidecar and its pending file are read, changed and written (see
 * SidecarFileSystem.lock): one per article, so writers of different articles never wait for each other.
 */
export const LOCK_SUFFIX = '.crosscheck.lock';

export function lockPathFor(articlePath: string): string {
  return articlePath + LOCK_SUFFIX;
}
