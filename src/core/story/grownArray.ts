/**
 * `to` holding `from` at its start: the per-number and per-document typed arrays of the story's searches
 * (claimReading.ts, claimSearch.ts, bm25.ts) grow by copying into a larger one as numbers are given.
 */
export function grown<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
