// `npm run bench`: every benchmark in one run, each side by side with its baseline; each writes
// its own table to bench/results/, and this writes the summary to bench/results/summary.md and
// into README.md between the bench markers, with the date, the machine and the method.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SummaryRow } from './summary-row.ts';

const modules = ['./cold-start.ts', './run-checks.ts', './render-charts.ts', './extract-vs-recognizers.ts', './extract-long-runs.ts', './large-tables.ts', './check-corpus.ts'];
const rows: SummaryRow[] = [];
for (const module of modules) {
  process.stdout.write(`\n## ${module}\n`);
  rows.push(...((await import(module)) as { summary: SummaryRow[] }).summary);
}

const f = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(2));
const cell = (stats: SummaryRow['oursStats'], unit: SummaryRow['unit']) =>
  stats.n > 1 ? `${f(stats.median)} ${unit} (${f(stats.q1)}–${f(stats.q3)})` : `${f(stats.median)} ${unit}`;
const summary = [
  `Run ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB), Node ${process.version}, with \`npm run bench\`.`,
  'Method: cold start times whole new processes (runtime start-up, import, load, every view, every check) in alternating pairs with a process that imports Arquero alone; the other benchmarks run their own code and their baseline in one process, after a warm-up, several times. Cells give the median and, in brackets, the interquartile range (one-off runs give the value alone). Each benchmark\'s file in `bench/` states its method in full, and its detailed table is in `bench/results/`. Run on an otherwise idle machine: figures taken while other work runs are not comparable.',
  '',
  '| benchmark | ours | median (IQR) | baseline | median (IQR) | comparison |',
  '|---|---|---:|---|---:|---|',
  ...rows.map((row) => `| ${row.benchmark} | ${row.ours} | ${cell(row.oursStats, row.unit)} | ${row.baseline} | ${cell(row.baselineStats, row.unit)} | ${row.comparison} |`),
  '',
].join('\n');
writeFileSync(fileURLToPath(new URL('./results/summary.md', import.meta.url)), `# Benchmark summary\n\n${summary}`);
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const readme = readFileSync(readmePath, 'utf8');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
if (readme.includes(START) && readme.includes(END)) {
  writeFileSync(readmePath, `${readme.slice(0, readme.indexOf(START) + START.length)}\n${summary}${readme.slice(readme.indexOf(END))}`);
}
process.stdout.write(`\n${summary}`);
