// Cold import + load of the whole library against a cold bare `import('arquero')`.
// Method: each measurement is a fresh `node --import tsx` process (so module caches are cold but
// the OS file cache is warm, as on a second notebook run); the two modes alternate so that drift
// on the machine hits both alike; the first pair is a discarded warm-up. Time is measured inside
// the process from just before the dynamic import to the end of the work, excluding node's own
// start-up, which is the same for both.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { summarise } from './stats.ts';
import type { SummaryRow } from './summary-row.ts';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const child = fileURLToPath(new URL('./cold-import-child.ts', import.meta.url));
const measure = (mode: string): number => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, mode], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number }).ms;
};

measure('arquero');
measure('library');
const samples: Record<string, number[]> = { arquero: [], library: [] };
for (let run = 0; run < runs; run += 1) {
  samples.arquero?.push(measure('arquero'));
  samples.library?.push(measure('library'));
}
const arquero = summarise(samples.arquero ?? []);
const library = summarise(samples.library ?? []);
const ratio = library.median / arquero.median;
const fmt = (value: number) => value.toFixed(1);
const table = [
  `# Cold import benchmark`,
  '',
  `Run ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, ${runs} runs per mode after one warm-up pair.`,
  '',
  '| what | median ms | IQR ms | min–max ms |',
  '|---|---:|---:|---:|',
  `| \`import('arquero')\` + one table | ${fmt(arquero.median)} | ${fmt(arquero.q1)}–${fmt(arquero.q3)} | ${fmt(arquero.min)}–${fmt(arquero.max)} |`,
  `| \`import('wulong-factcheck')\` + load and validate the report + all views | ${fmt(library.median)} | ${fmt(library.q1)}–${fmt(library.q3)} | ${fmt(library.min)}–${fmt(library.max)} |`,
  '',
  `Ratio of medians (library / bare arquero): **${ratio.toFixed(2)}×**, a difference of ${fmt(library.median - arquero.median)} ms.`,
  '',
];
writeFileSync(fileURLToPath(new URL('./results/cold-import.md', import.meta.url)), table.join('\n'));
process.stdout.write(table.join('\n'));

export const summary: SummaryRow[] = [{
  benchmark: 'cold import and load', ours: 'import the library, load and validate the report, build every view', oursStats: library,
  baseline: "import('arquero') and build one table", baselineStats: arquero, comparison: `${ratio.toFixed(2)}× the baseline`, unit: 'ms',
}];
