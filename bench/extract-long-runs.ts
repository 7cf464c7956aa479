// extractClaims on long runs of one character class: does the time grow linearly with the run?
// Method: for each class (letters, digits, digits after a dot, dots, colons, 、, spaces, and a run
// of numbers with units), a text of 10 thousand, 100 thousand and 1 million characters is made
// and extractClaims (the built package, dist/index.js, built here) is timed once on each, every
// class in a fresh process of its own (bench/extract-long-runs-child.ts), after one discarded run
// at 10 thousand, so that no other benchmark's heap weighs on it; the growth per tenfold length
// is reported. Linear time gives about 10×; a pattern that
// rescans a run from each of its characters gives about 100×, and would not finish at 1 million.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LONG_RUNS } from './long-runs.ts';
import type { SummaryRow } from './summary-row.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--no-types'], { cwd: root, stdio: 'inherit' });
const child = fileURLToPath(new URL('./extract-long-runs-child.ts', import.meta.url));
const rows = LONG_RUNS.map(([name]) => ({
  name,
  times: JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, name, `${root}dist/index.js`], { encoding: 'utf8' })) as number[],
}));
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const lines = [
  '# extractClaims on long runs of one character class',
  '',
  `Run ${new Date().toISOString().slice(0, 10)}; method in bench/extract-long-runs.ts. Linear time grows about 10× per tenfold length.`,
  '',
  '| class | 10k chars | 100k | 1M | growth 10k→100k | growth 100k→1M |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(({ name, times }) => `| ${name} | ${ms(times[0] ?? 0)} ms | ${ms(times[1] ?? 0)} ms | ${ms(times[2] ?? 0)} ms | ${((times[1] ?? 0) / (times[0] ?? 1)).toFixed(1)}× | ${((times[2] ?? 0) / (times[1] ?? 1)).toFixed(1)}× |`),
  '',
];
writeFileSync(fileURLToPath(new URL('./results/extract-long-runs.md', import.meta.url)), lines.join('\n'));
process.stdout.write(lines.join('\n'));

const worst = rows.reduce((a, b) => ((b.times[2] ?? 0) / (b.times[1] ?? 1) > (a.times[2] ?? 0) / (a.times[1] ?? 1) ? b : a));
export const summary: SummaryRow[] = [{
  benchmark: 'extractClaims on long runs of one character class (8 classes, 100k → 1M chars)',
  ours: `the steepest class, ${worst.name}, at 1M chars`, oursStats: { median: worst.times[2] ?? 0, q1: worst.times[2] ?? 0, q3: worst.times[2] ?? 0, min: 0, max: 0, n: 1 },
  baseline: 'the same class at 100k chars, scaled ×10', baselineStats: { median: (worst.times[1] ?? 0) * 10, q1: 0, q3: 0, min: 0, max: 0, n: 1 },
  comparison: `${((worst.times[2] ?? 0) / (worst.times[1] ?? 1)).toFixed(1)}× per tenfold length (linear is 10×)`, unit: 'ms',
}];
