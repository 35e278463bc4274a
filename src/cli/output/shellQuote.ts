// Commands the CLI suggests ("crosscheck verdict FILE --claim ID …") are meant to be pasted into a shell; a file
// name with spaces, quotes or `$(…)` must stay one literal argument there.

const PLAIN = /^[A-Za-z0-9_\-.,/:@%+=]+$/;

/** One POSIX shell word: as it is when it holds only safe characters, else in single quotes. */
export function shellQuote(arg: string): string {
  if (arg !== '' && PLAIN.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
