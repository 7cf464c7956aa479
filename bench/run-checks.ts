// runChecks over the bundled report, warm, in one process.
// Method: the report is loaded once (a fresh process's load is in cold-start.ts); each full run is
// timed with performance.now() after three discarded warm-up runs, BENCH_RUNS times (100 by
// default); per family, the family's checks are run alone the same way, to give the time per
// check of each family. Reported: median and interquartile range.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BUNDLED_REPORT_DIR, deriveChecks, FAMILIES, loadReport, resultsTable, runCheck, runChecks, bundledReport } from '../src/index.ts';
import { timeRuns } from './stats.ts';
import type { SummaryRow } from './summary-row.ts';

const runs = Number(process.env.BENCH_RUNS ?? 100);
const report = bundledReport();

const time = (work: () => unknown) => timeRuns(work, runs, 3);

const checks = runChecks(report).length;
const full = time(() => runChecks(report));
const table = time(() => resultsTable(runChecks(report)));
// Baseline: loading the report it checks (reading, parsing and validating 380 claims against the text).
const load = time(() => loadReport(BUNDLED_REPORT_DIR));
const specs = [...report.catalogue.map((spec) => ({ spec, source: 'catalogue' as const })), ...deriveChecks(report).map((spec) => ({ spec, source: 'automatic' as const }))];
const fmt = (value: number, digits = 2) => value.toFixed(digits);
const lines = [
  '# runChecks benchmark',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}; ${runs} timed runs after 3 warm-up runs, report loaded once.`,
  '',
  '| what | checks | median ms | IQR ms | per check µs (median) |',
  '|---|---:|---:|---:|---:|',
  `| \`runChecks(report)\`: catalogue + automatic pass, merged and ranked | ${checks} | ${fmt(full.median)} | ${fmt(full.q1)}–${fmt(full.q3)} | ${fmt((full.median / checks) * 1000, 0)} |`,
  `| \`resultsTable(runChecks(report))\`: the same as an Arquero table | ${checks} | ${fmt(table.median)} | ${fmt(table.q1)}–${fmt(table.q3)} | ${fmt((table.median / checks) * 1000, 0)} |`,
  `| baseline: \`loadReport\` of the same report (parse and validate 380 claims) | — | ${fmt(load.median)} | ${fmt(load.q1)}–${fmt(load.q3)} | — |`,
];
for (const family of FAMILIES) {
  const own = specs.filter(({ spec }) => spec.family === family);
  if (own.length === 0) continue;
  const stats = time(() => own.forEach(({ spec, source }) => runCheck(spec, report, source)));
  lines.push(`| family \`${family}\` alone (specs before merging) | ${own.length} | ${fmt(stats.median, 3)} | ${fmt(stats.q1, 3)}–${fmt(stats.q3, 3)} | ${fmt((stats.median / own.length) * 1000, 0)} |`);
}
lines.push('');
writeFileSync(fileURLToPath(new URL('./results/run-checks.md', import.meta.url)), lines.join('\n'));
process.stdout.write(lines.join('\n'));

export const summary: SummaryRow[] = [{
  benchmark: `fact-check run, warm (${checks} checks)`, ours: 'runChecks(report): every check, merged, ranked', oursStats: full,
  baseline: 'loadReport of the same report', baselineStats: load, comparison: `${(full.median / load.median).toFixed(2)}× the baseline`, unit: 'ms',
}];
