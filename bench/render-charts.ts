// Rendering every chart of the main job (npm start), warm, in one process.
// Method: the charts are built once from runChecks(); for each chart, Vega-Lite compile, SVG
// render (Vega, renderer 'none') and PNG render (resvg, scale 2, the CJK font found on the
// machine) are timed with performance.now() after one discarded warm-up, BENCH_CHART_RUNS times
// (10 by default). Reported: median and interquartile range per chart and per stage, and the
// whole set (every chart to SVG, as npm start does).
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundledReport, runChecks, compileChart, factCheckCharts, renderPng, renderSvg } from '../src/index.ts';
import { summarise } from './stats.ts';
import type { SummaryRow } from './summary-row.ts';

const runs = Number(process.env.BENCH_CHART_RUNS ?? 10);
const report = bundledReport();
const { charts } = factCheckCharts(runChecks(report), { report });

async function time(work: () => unknown): Promise<ReturnType<typeof summarise>> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);
const cell = (stats: ReturnType<typeof summarise>) => `${fmt(stats.median)} (${fmt(stats.q1)}–${fmt(stats.q3)})`;
const rows: string[] = [];
const medians = { compile: [] as number[], svg: [] as number[], png: [] as number[] };
for (const { name, spec } of charts) {
  const compile = await time(() => compileChart(spec));
  const svg = await time(() => renderSvg(spec));
  const png = await time(() => renderPng(spec));
  medians.compile.push(compile.median);
  medians.svg.push(svg.median);
  medians.png.push(png.median);
  rows.push(`| ${name} | ${cell(compile)} | ${cell(svg)} | ${cell(png)} |`);
}
const all = await time(async () => { for (const { spec } of charts) await renderSvg(spec); });
// Baseline: the smallest Vega-Lite chart, one bar mark over three rows, compiled and rendered to SVG the same way.
const minimal = { data: { values: [{ a: 'x', b: 1 }, { a: 'y', b: 2 }, { a: 'z', b: 3 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } } as never;
const baseline = await time(() => renderSvg(minimal));
const perChart = await time(async () => { for (const { spec } of charts) await renderSvg(spec); }).then((stats) => ({ ...stats, median: stats.median / charts.length, q1: stats.q1 / charts.length, q3: stats.q3 / charts.length }));
const mid = (values: number[]) => summarise(values).median;
const lines = [
  '# Chart rendering benchmark',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}; ${runs} timed runs per chart and stage after one warm-up.`,
  '',
  `All ${charts.length} charts of the main job to SVG: median ${fmt(all.median)} ms (IQR ${fmt(all.q1)}–${fmt(all.q3)}), ${fmt(all.median / charts.length)} ms per chart.`,
  `Baseline, a one-mark bar chart of three rows to SVG: median ${fmt(baseline.median)} ms (IQR ${fmt(baseline.q1)}–${fmt(baseline.q3)}).`,
  `Median over charts: compile ${fmt(mid(medians.compile))} ms, SVG ${fmt(mid(medians.svg))} ms (compile included), PNG ${fmt(mid(medians.png))} ms (SVG included).`,
  '',
  '| chart | compile ms, median (IQR) | SVG ms | PNG ms (scale 2) |',
  '|---|---:|---:|---:|',
  ...rows,
  '',
];
writeFileSync(fileURLToPath(new URL('./results/render-charts.md', import.meta.url)), lines.join('\n'));
process.stdout.write(lines.join('\n'));

export const summary: SummaryRow[] = [{
  benchmark: `chart compile and render (${charts.length} charts of the main job)`, ours: 'renderSvg of each chart, per chart', oursStats: perChart,
  baseline: 'renderSvg of a one-mark bar chart', baselineStats: baseline, comparison: `${(perChart.median / baseline.median).toFixed(1)}× the baseline`, unit: 'ms',
}];
