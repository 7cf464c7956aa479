// The corpus command on generated corpora of growing size: time and peak memory.
//
// Method.
// - Corpus: the bundled report's text with every digit replaced by a random one (a seeded
//   generator, so every run builds the same corpus), one file per report, as many files as make
//   about BENCH_CORPUS_MB (default 10, 100 and 1024 MB). The texts keep the report's layout and
//   vary its figures, so every report is drafted, checked and written as a new one would be.
// - Ours: `checkCorpus` over the folder (drafting each report's claims, checking them, writing the
//   claims, findings and reports tables as Arrow and Parquet, a page per report and the index), in a
//   fresh process (bench/check-corpus-child.ts), timed whole, with its peak resident memory.
// - Baseline: a fresh process that reads every file of the same corpus and does nothing else (the
//   floor of any corpus run), timed the same way.
// - One run of each per size (a 1 GB run takes many minutes); the sizes show whether time grows
//   linearly and memory stays flat, bounded by the largest report rather than the corpus.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledReport } from '../src/index.ts';
import { CORPUS_SEED, seeded } from './corpus.ts';
import { summarise } from './stats.ts';
import type { SummaryRow } from './summary-row.ts';

const sizes = (process.env.BENCH_CORPUS_MB ?? '10,100,1024').split(',').map(Number);
const text = bundledReport().text;
const bytesPerReport = Buffer.byteLength(text, 'utf8');

/** A folder of about `megabytes` MB: the report with its digits randomised, one file per report. */
function buildCorpus(megabytes: number): { dir: string; reports: number } {
  const dir = mkdtempSync(join(tmpdir(), `bench-corpus-${megabytes}-`));
  const reports = Math.max(1, Math.round((megabytes * 1024 * 1024) / bytesPerReport));
  const next = seeded(CORPUS_SEED);
  for (let i = 0; i < reports; i += 1) {
    const varied = text.replace(/\d/g, () => String(Math.floor(next() * 10)));
    writeFileSync(join(dir, `report-${String(i + 1).padStart(6, '0')}.txt`), varied);
  }
  return { dir, reports };
}

interface Run { ms: number; reports: number; claims: number; bytes: number; peakRssMb: number }
const child = (dir: string, out: string, mode: string): Run => JSON.parse(execFileSync(process.execPath, [
  '--import', 'tsx', fileURLToPath(new URL('./check-corpus-child.ts', import.meta.url)), dir, out, mode,
], { encoding: 'utf8', maxBuffer: 1 << 20 })) as Run;

const peaks: number[] = [];
const lines = ['| corpus | reports | claims | ours: time | ours: MB/s | ours: peak memory | baseline (read only): time | baseline: peak memory |', '|---:|---:|---:|---:|---:|---:|---:|---:|'];
const summary: SummaryRow[] = [];
for (const megabytes of sizes) {
  const { dir, reports } = buildCorpus(megabytes);
  const out = join(dir, '..', `${dir.split('/').pop()}-out`);
  mkdirSync(out, { recursive: true });
  const baseline = child(dir, out, 'read');
  const ours = child(dir, out, 'check');
  const realMb = baseline.bytes / 1024 / 1024;
  lines.push(`| ${realMb.toFixed(0)} MB | ${reports} | ${ours.claims} | ${(ours.ms / 1000).toFixed(1)} s | ${(realMb / (ours.ms / 1000)).toFixed(2)} | ${ours.peakRssMb.toFixed(0)} MB | ${(baseline.ms / 1000).toFixed(2)} s | ${baseline.peakRssMb.toFixed(0)} MB |`);
  process.stdout.write(`${lines.at(-1)}\n`);
  peaks.push(ours.peakRssMb);
  if (megabytes === sizes.at(-1)) {
    summary.push({
      benchmark: `corpus of ${realMb.toFixed(0)} MB (${reports} reports)`,
      ours: 'wulong-factcheck corpus', oursStats: summarise([realMb / (ours.ms / 1000)]),
      baseline: 'reading the files', baselineStats: summarise([realMb / (baseline.ms / 1000)]),
      // Said as measured: the peak at the largest corpus against the peak at the smallest.
      comparison: `peak memory ${ours.peakRssMb.toFixed(0)} MB, against ${(peaks[0] as number).toFixed(0)} MB for the ${sizes[0]} MB corpus (${(ours.peakRssMb / (peaks[0] as number)).toFixed(2)}×)`,
      unit: 'MB/s',
    });
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
writeFileSync(fileURLToPath(new URL('./results/check-corpus.md', import.meta.url)), [
  '# The corpus command on generated corpora', '',
  `Run ${new Date().toISOString().slice(0, 10)} with \`npx tsx bench/check-corpus.ts\` (method at the top of the file).`, '',
  ...lines, '',
].join('\n'));
export { summary };
