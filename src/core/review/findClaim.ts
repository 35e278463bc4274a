import type { Claim } from '../model';

/** A claim by id, or by an unambiguous start of its id (at least 4 characters), as typed on a command line. */
export function findClaim(claims: readonly Claim[], id: string): Claim | undefined {
  const exact = claims.find((c) => c.id === id);
  if (exact || id.length < 4) return exact;
  const starts = claims.filter((c) => c.id.startsWith(id));
  return starts.length === 1 ? starts[0] : undefined;
}
