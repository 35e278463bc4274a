/**
 * Remembers a pure string function's results, up to `max` entries (then starts again). The engine's text
 * normalisers (singular, stem, name keys, dates) run for every word of every claim, and the same words recur
 * through a story; the bound keeps a long-running editor session from growing without end.
 */
export function boundedMemo(fn: (input: string) => string, max: number): (input: string) => string {
  const memo = new Map<string, string>();
  return (input) => {
    let result = memo.get(input);
    if (result === undefined) {
      if (memo.size >= max) memo.clear();
      result = fn(input);
      memo.set(input, result);
    }
    return result;
  };
}
