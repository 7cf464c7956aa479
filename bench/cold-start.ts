// Cold start: what a user waits for when a script or a notebook kernel starts, as whole processes.
// Method: each run is a new process (runtime start-up, import, load the bundled report, build every
// view, run every check), timed from spawn to exit by the parent with performance.now(). Ours and
// the baseline run as pairs, in alternating order (ours first in odd pairs, second in even ones),
// BENCH_PAIRS pairs (20 by default) after two discarded pairs. Baseline: a process that imports
// Arquero alone and makes one table, with the same runtime, from the same folder. Reported: median
// and interquartile range of each, and the median of the per-pair ratios. Measured for the built
// package with its dependencies external (what ships), with Arquero bundled into it (esbuild, for
// comparison), and in Deno (dependencies from node_modules, `deno run --allow-read`).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { summarise } from './stats.ts';
import type { SummaryRow } from './summary-row.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const pairs = Number(process.env.BENCH_PAIRS ?? 20);
spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--no-types'], { cwd: root, stdio: 'inherit' });
// The variant with Arquero (and its format library) bundled in; the rest stays external, as shipped.
const bundled = `${root}.bench/index-with-arquero.js`;
await build({
  entryPoints: [`${root}src/index.ts`], outfile: bundled, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
  external: ['vega', 'vega-lite', 'vega-embed', 'vega-interpreter', '@resvg/resvg-js', 'danfojs', 'danfojs-node'],
});
// It reads the shipped report beside itself, as dist/index.js does.
spawnSync('cp', [`${root}dist/bundled-report.json`, `${root}.bench/bundled-report.json`]);

function time(command: string, args: readonly string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

function paired(ours: () => number, baseline: () => number) {
  for (let i = 0; i < 2; i += 1) { ours(); baseline(); }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < pairs; i += 1) {
    if (i % 2 === 0) { a.push(ours()); b.push(baseline()); } else { b.push(baseline()); a.push(ours()); }
  }
  return { ours: summarise(a), baseline: summarise(b), ratio: summarise(a.map((value, index) => value / (b[index] ?? 1))) };
}

const deno = `${root}node_modules/.bin/deno`;
const node = process.execPath;
const cases = [
  { name: 'Node, built package (dependencies external, as shipped)', ours: () => time(node, ['bench/cold/library.mjs']), baseline: () => time(node, ['bench/cold/arquero.mjs']) },
  { name: 'Node, built package with Arquero bundled in', ours: () => time(node, ['bench/cold/library.mjs'], { WULONG_ENTRY: bundled }), baseline: () => time(node, ['bench/cold/arquero.mjs']) },
  { name: 'Deno, built package', ours: () => time(deno, ['run', '--allow-read', '--allow-env', '--no-prompt', 'bench/cold/library.deno.ts']), baseline: () => time(deno, ['run', '--allow-read', '--allow-env', '--no-prompt', 'bench/cold/arquero.deno.ts']) },
];
const measured = cases.map((each) => ({ ...each, ...paired(each.ours, each.baseline) }));
const ms = (value: number) => value.toFixed(0);
const lines = [
  '# Cold start',
  '',
  `Run ${new Date().toISOString().slice(0, 10)}: ${pairs} pairs of whole processes per case, alternating order; medians with interquartile range. See bench/cold-start.ts for the method.`,
  '',
  '| case | ours: import, load, every view, every check | baseline: import Arquero, one table | ratio, median of pairs (IQR) | ratio of medians |',
  '|---|---:|---:|---:|---:|',
  ...measured.map((each) => `| ${each.name} | ${ms(each.ours.median)} ms (${ms(each.ours.q1)}–${ms(each.ours.q3)}) | ${ms(each.baseline.median)} ms (${ms(each.baseline.q1)}–${ms(each.baseline.q3)}) | ${each.ratio.median.toFixed(2)}× (${each.ratio.q1.toFixed(2)}–${each.ratio.q3.toFixed(2)}) | ${(each.ours.median / each.baseline.median).toFixed(2)}× |`),
  '',
];
writeFileSync(`${root}bench/results/cold-start.md`, lines.join('\n'));
process.stdout.write(lines.join('\n'));

export const summary: SummaryRow[] = measured.filter((each) => !each.name.includes('bundled in')).map((each) => ({
  benchmark: `cold start, ${each.name.startsWith('Deno') ? 'Deno' : 'Node'}`,
  ours: `new ${each.name.startsWith('Deno') ? 'Deno' : 'Node'} process: import the built package, load the report, every view, every check`,
  oursStats: each.ours,
  baseline: 'new process importing Arquero alone, one table',
  baselineStats: each.baseline,
  comparison: `${each.ratio.median.toFixed(2)}× the baseline: median of ${pairs} paired ratios (IQR ${each.ratio.q1.toFixed(2)}–${each.ratio.q3.toFixed(2)}); ratio of the medians ${(each.ours.median / each.baseline.median).toFixed(2)}×`,
  unit: 'ms',
}));
