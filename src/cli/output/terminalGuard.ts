// Everything the CLI prints passes through here. Readable output quotes article text, sidecar notes and file
// names, which may hold terminal escape sequences (recolouring, a new window title, OSC 52 clipboard writes)
// or a carriage return that overprints a line; those are removed at the one place output leaves the process,
// so no command can forget it. JSON output is unchanged: JSON.stringify never writes a raw control character.
import { terminalText } from '../../core/text/untrustedText';

type Write = typeof process.stdout.write;

/** Filters string chunks written to stdout and stderr for the rest of the process; idempotent. */
export function guardTerminalOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const marked = stream as typeof stream & { crosscheckGuarded?: boolean };
    if (marked.crosscheckGuarded) continue;
    marked.crosscheckGuarded = true;
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? terminalText(chunk) : chunk, ...rest)) as Write;
  }
}
