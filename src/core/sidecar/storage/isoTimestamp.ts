// The one definition of a valid `at:` value, taken from the sidecar's schema so the two cannot drift: an
// ISO-8601 date, or date and time with an optional zone. The ClaimReview export writes a date only from it.
import schema from './sidecar.schema.json';

const ISO_TIMESTAMP = new RegExp(schema.definitions.timestamp.pattern, 'u');

export function isIsoTimestamp(value: string): boolean {
  return ISO_TIMESTAMP.test(value);
}

/** A time as the sidecar writes it (`at:`): ISO-8601, UTC, to the second. */
export function verdictTimestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
