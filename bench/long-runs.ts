// The texts of bench/extract-long-runs.ts: long runs of one character class, at three lengths.

/** Each class, and the text of a given length made of it. */
export const LONG_RUNS: readonly [string, (length: number) => string][] = [
  ['letters', (length) => 'a'.repeat(length)],
  ['digits', (length) => '1'.repeat(length)],
  ['digits after a dot', (length) => `a.${'1'.repeat(length - 2)}`],
  ['dots', (length) => '1.'.repeat(length / 2)],
  ['colons', (length) => '1:'.repeat(length / 2)],
  ['、', (length) => '1、'.repeat(length / 2)],
  ['spaces', (length) => ' '.repeat(length)],
  ['numbers with units', (length) => '增长5%,'.repeat(length / 6)],
];

/** The lengths, in characters. */
export const LENGTHS = [10_000, 100_000, 1_000_000];
