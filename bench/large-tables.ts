// Large tables: loading a report, running every check and writing the dataset summary, at 10
// thousand, 100 thousand and (with BENCH_LARGE_MILLION=1) 1 million claims.
// Method: a report of N claims is made from the bundled one, its text repeated K times (a blank
// line between copies) and its claims copied with their spans shifted, ids and links suffixed
// `_k`, so that every copy checks as the original does (about 109 checks each). Each step is timed
// once in this process after the folder is written, with the peak resident memory of the process
// read after it. Linear steps grow about 10× per tenfold size.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetSummary, loadReport, runChecks } from '../src/index.ts';
import { largeReport } from '../tests/support/large-report.ts';
import type { SummaryRow } from './summary-row.ts';

const time = <T>(work: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
};
const peak = () => Math.round(process.resourceUsage().maxRSS / 1024);

const sizes = [27, 264, ...(process.env.BENCH_LARGE_MILLION === '1' ? [2632] : [])];
const measured = sizes.map((copies) => {
  const { dir, claims } = largeReport(copies);
  const load = time(() => loadReport(dir));
  const checks = time(() => runChecks(load.value));
  const summary = time(() => datasetSummary(load.value));
  return { claims, checks: checks.value.length, load: load.ms, run: checks.ms, summary: summary.ms, rss: peak() };
});
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const lines = [
  '# Large tables',
  '',
  `Run ${new Date().toISOString().slice(0, 10)}; method in bench/large-tables.ts (1 million claims with BENCH_LARGE_MILLION=1).`,
  '',
  '| claims | checks | loadReport | runChecks | datasetSummary | peak RSS |',
  '|---:|---:|---:|---:|---:|---:|',
  ...measured.map((each) => `| ${each.claims} | ${each.checks} | ${ms(each.load)} ms | ${ms(each.run)} ms | ${ms(each.summary)} ms | ${each.rss} MB |`),
  '',
];
writeFileSync(fileURLToPath(new URL('./results/large-tables.md', import.meta.url)), lines.join('\n'));
process.stdout.write(lines.join('\n'));

const [small, large] = [measured[0], measured[measured.length - 1]];
export const summary: SummaryRow[] = small && large ? [{
  benchmark: `large tables: load and check ${large.claims} claims`,
  ours: 'loadReport + runChecks', oursStats: { median: large.load + large.run, q1: 0, q3: 0, min: 0, max: 0, n: 1 },
  baseline: `${small.claims} claims, scaled ×${(large.claims / small.claims).toFixed(0)}`, baselineStats: { median: (small.load + small.run) * (large.claims / small.claims), q1: 0, q3: 0, min: 0, max: 0, n: 1 },
  comparison: `${((large.load + large.run) / (small.load + small.run) / (large.claims / small.claims)).toFixed(2)}× linear`, unit: 'ms',
}] : [];
