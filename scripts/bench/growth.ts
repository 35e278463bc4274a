import type { BenchArticle } from './corpus';

/**
 * How much longer a larger story's full analysis takes than a smaller one's (the bench's growth200over100), as
 * `pairs` ratios: each pair one run of each back to back, which goes first alternating. The ratio of the two
 * stories' medians, each measured over its own runs one story after the other as the table's rows are, moved
 * by a third from one bench to the next on this VM (2.14 / 2.29 / 3.18 for one engine on one day) as the
 * machine's speed drifted between the two rows; the two runs of a pair see the same machine.
 *
 * `fullMs`: one timed full analysis of the articles, in milliseconds.
 */
export function pairedGrowth(fullMs: (articles: BenchArticle[]) => number, small: BenchArticle[], large: BenchArticle[], pairs: number): number[] {
  const ratios: number[] = [];
  for (let p = 0; p < pairs; p++) {
    let smallMs: number;
    let largeMs: number;
    if (p % 2) {
      smallMs = fullMs(small);
      largeMs = fullMs(large);
    } else {
      largeMs = fullMs(large);
      smallMs = fullMs(small);
    }
    ratios.push(largeMs / smallMs);
  }
  return ratios;
}
