// extractClaims against Microsoft Recognizers-Text (the Chinese number and number-with-unit
// recognizers), on the bundled report and on corpora built from it, in one run.
//
// Method.
// - Accuracy: on the 380 curated claims of the bundled report, the quantities (dates, codes and
//   names left out) whose amount in base units and unit a system gets right on a span overlapping
//   the curated one. The peer's currency (元), percentage, dimension (公里, 亩, 吨, 平方米…) and plain
//   number results are combined, a unit-bearing result preferred; a plain number carries no unit, so
//   it is right only where the curated unit is none. Its value-only accuracy is reported too.
// - What is timed is the built package (dist/index.js, built here with scripts/build.ts), as
//   `npm install wulong-factcheck` gives it; accuracy is read from the same build.
// - Speed: throughput in MB of UTF-8 per second, median of BENCH_EXTRACT_RUNS (5) runs after a
//   warm-up. The peer slows down on long inputs, so it is fed sentence by sentence (split after
//   。;; and line breaks), as a user of it would; it is also timed on the whole report in one call.
//   On the large corpus (the report with its digits randomised in every copy, bench/corpus.ts) the
//   peer runs on its first BENCH_PEER_MB (1) MB: the corpus is the report's wording
//   repeated, so its sentences, and the peer's rate per sentence, are the same throughout. Each
//   run of ours on it (the warm-up too) reads a corpus with other figures (another seed), so that
//   what the parser remembers of one run's surfaces does not speed up the next.
// - Growth: extractClaims on 1, 10 and 50 MB, each in a fresh process (bench/extract-child.ts)
//   that reads the corpus from a file, with its time, its peak resident memory, the memory the
//   returned table holds (heap kept alive after a full collection), and the peak beyond the text
//   and the table (peak RSS − RSS with the text read − the table), per MB of text. Each size runs
//   twice: with V8's defaults, and with its young generation held to 1 MB semi-spaces
//   (--max-semi-space-size=1), which shows how much of that peak is the runtime's reserve for
//   short-lived objects rather than the extractor's own memory. The growth of the peak per MB added
//   from one size to the next is the working memory without what every run costs. The headline
//   figures are the default run's.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as numbers from '@microsoft/recognizers-text-number';
import * as units from '@microsoft/recognizers-text-number-with-unit';
import { bundledReport, parse, QUANTITY_KINDS } from '../src/index.ts';
import { corpus, CORPUS_SEED, sentencesOf } from './corpus.ts';
import { summarise, timeRuns } from './stats.ts';
import type { SummaryRow } from './summary-row.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--no-types'], { cwd: root, stdio: 'inherit' });
const packageEntry = `${root}dist/index.js`;
const { extractClaims } = (await import(packageEntry)) as typeof import('../src/index.ts');
const runs = Number(process.env.BENCH_EXTRACT_RUNS ?? 5);
const peerMegabytes = Number(process.env.BENCH_PEER_MB ?? 1);
const sizes = (process.env.BENCH_EXTRACT_SIZES ?? '1,10,50').split(',').map(Number);
const report = bundledReport();
const CULTURE = 'zh-cn';

interface Found { start: number; end: number; amount: number; unit: string }

const PEER_UNITS: Record<string, string> = {
  'Chinese yuan': 'yuan', Kilometer: 'km', Meter: 'm', 'Square kilometer': 'km2', 'Square meter': 'm2', Hectare: 'hectare',
  Mu: 'mu', Ton: 'tonne', Kilogram: 'kg', 'Cubic meter': 'm3', Hour: 'hour', Minute: 'minute', Day: 'day', Year: 'year',
};

/** The peer on one piece of text, its results as spans (end exclusive) with amount and unit. */
function peer(text: string, offset = 0): Found[] {
  const found: Found[] = [];
  const add = (results: { start: number; end: number; resolution: Record<string, string> }[], unitOf: (resolution: Record<string, string>) => string) => {
    for (const result of results) {
      const amount = Number(String(result.resolution.value ?? '').replace('%', ''));
      if (Number.isFinite(amount)) found.push({ start: offset + result.start, end: offset + result.end + 1, amount, unit: unitOf(result.resolution) });
    }
  };
  add(units.recognizeCurrency(text, CULTURE) as never, (resolution) => PEER_UNITS[resolution.unit ?? ''] ?? String(resolution.unit));
  add(numbers.recognizePercentage(text, CULTURE) as never, () => 'percent');
  add(units.recognizeDimension(text, CULTURE) as never, (resolution) => PEER_UNITS[resolution.unit ?? ''] ?? String(resolution.unit));
  add(numbers.recognizeNumber(text, CULTURE) as never, () => 'number');
  return found;
}

/** The peer sentence by sentence over a text. */
function peerBySentence(text: string): Found[] {
  const found: Found[] = [];
  let offset = 0;
  for (const sentence of sentencesOf(text)) {
    const at = text.indexOf(sentence, offset);
    found.push(...peer(sentence, at));
    offset = at + sentence.length;
  }
  return found;
}

/** Right on value with unit, and on value alone, over the curated quantities. */
function accuracy(found: readonly Found[]): { withUnit: number; valueOnly: number; gold: number } {
  const gold = report.rows.filter((row) => (QUANTITY_KINDS as readonly string[]).includes(row.kind) && row.unit !== 'date' && row.unit !== 'code' && row.unit !== 'name');
  let withUnit = 0;
  let valueOnly = 0;
  for (const row of gold) {
    const amount = parse(row.surface).amount;
    const overlapping = found.filter((each) => each.start < row.end && row.start < each.end && Math.abs(each.amount - amount) <= 1e-9 * Math.max(1, Math.abs(amount)));
    if (overlapping.length > 0) valueOnly += 1;
    if (overlapping.some((each) => each.unit === row.unit)) withUnit += 1;
  }
  return { withUnit: withUnit / gold.length, valueOnly: valueOnly / gold.length, gold: gold.length };
}

const time = (work: () => unknown, repeat = runs, warm = true) => timeRuns(work, repeat, warm ? 1 : 0);

const ours = (extractClaims(report.text).objects() as { start: number; end: number; amount: number | null; unit: string }[])
  .filter((row) => row.amount !== null).map((row) => ({ start: row.start, end: row.end, amount: row.amount as number, unit: row.unit }));
const oursAccuracy = accuracy(ours);
const peerAccuracy = accuracy(peerBySentence(report.text));

const reportMb = Buffer.byteLength(report.text, 'utf8') / 1024 / 1024;
const oursReport = time(() => extractClaims(report.text));
const peerReport = time(() => peerBySentence(report.text));
// The whole report in one call takes the peer tens of seconds: timed once, after the warm-up the sentence runs gave it.
const peerWhole = time(() => peer(report.text), 1, false);
const sample = corpus(peerMegabytes);
const sampleMb = Buffer.byteLength(sample, 'utf8') / 1024 / 1024;
const peerSample = time(() => peerBySentence(sample), 1, false);
// Every run (the warm-up too) reads a corpus of its own figures: the parser's memo of the run before does not help it.
const bigRuns = Math.min(runs, 3);
const bigs = Array.from({ length: bigRuns + 1 }, (_, run) => corpus(10, CORPUS_SEED + run));
const bigMb = Buffer.byteLength(bigs[0] as string, 'utf8') / 1024 / 1024;
let bigRun = 0;
const oursBig = time(() => {
  const text = bigs[bigRun++];
  if (text === undefined) throw new Error('more runs than corpora: make one corpus per run and warm-up');
  return extractClaims(text);
}, bigRuns);

mkdirSync(`${root}.bench`, { recursive: true });
/** The young generation's semi-space of the second run of each size, in MB (V8's default grows to 16 on 64-bit machines). */
const SMALL_SEMI_SPACE_MB = 1;
const growth = sizes.map((megabytes) => {
  const file = `${root}.bench/extract-corpus-${megabytes}.txt`;
  writeFileSync(file, corpus(megabytes));
  const child = (flags: string[]) => JSON.parse(execFileSync(process.execPath, [...flags, '--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./extract-child.ts', import.meta.url)), file, packageEntry], { encoding: 'utf8', maxBuffer: 1 << 20 })) as {
    megabytes: number; ms: number; rows: number; baselineRssMb: number; peakRssMb: number; tableMb: number; beyondTableMb: number;
  };
  // The same run with V8's young generation held to 1 MB semi-spaces: what of the peak is the runtime's reserve for short-lived objects.
  return { ...child([]), smallYoung: child([`--max-semi-space-size=${SMALL_SEMI_SPACE_MB}`]) };
});
/** Beyond the text and the table, per MB of text added from the size before: the working memory's growth, without what every run costs. */
const marginal = (i: number): string => {
  const [before, at] = [growth[i - 1], growth[i]];
  return before && at ? f((at.beyondTableMb - before.beyondTableMb) / (at.megabytes - before.megabytes), 1) : '–';
};

const rate = (megabytes: number, ms: number) => megabytes / (ms / 1000);
const f = (value: number, digits = 2) => value.toFixed(digits);
const oursRate = rate(bigMb, oursBig.median);
const peerRate = rate(sampleMb, peerSample.median);
const lines = [
  '# extractClaims against Recognizers-Text',
  '',
  `Run ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}; medians of ${runs} runs after a warm-up (fewer where noted).`,
  '',
  '## Accuracy on the curated claims of the bundled report',
  '',
  `| system | value with unit right | value right (any unit) | curated quantities |`,
  '|---|---:|---:|---:|',
  `| \`extractClaims\` | ${f(oursAccuracy.withUnit * 100, 1)}% | ${f(oursAccuracy.valueOnly * 100, 1)}% | ${oursAccuracy.gold} |`,
  `| Recognizers-Text zh-cn (currency + percentage + dimension + number), by sentence | ${f(peerAccuracy.withUnit * 100, 1)}% | ${f(peerAccuracy.valueOnly * 100, 1)}% | ${peerAccuracy.gold} |`,
  '',
  '## Speed',
  '',
  '| input | system | median ms (IQR) | MB/s |',
  '|---|---|---:|---:|',
  `| bundled report (${f(reportMb * 1024, 0)} KB) | \`extractClaims\`, the same text each run | ${f(oursReport.median)} (${f(oursReport.q1)}–${f(oursReport.q3)}) | ${f(rate(reportMb, oursReport.median))} |`,
  `| bundled report | Recognizers-Text, by sentence | ${f(peerReport.median)} (${f(peerReport.q1)}–${f(peerReport.q3)}) | ${f(rate(reportMb, peerReport.median), 3)} |`,
  `| bundled report | Recognizers-Text, whole text in one call (1 run) | ${f(peerWhole.median)} | ${f(rate(reportMb, peerWhole.median), 4)} |`,
  `| report repeated to ${f(bigMb, 1)} MB | \`extractClaims\` (${bigRuns} runs, each on other figures) | ${f(oursBig.median, 0)} | ${f(oursRate)} |`,
  `| first ${f(sampleMb, 1)} MB of it | Recognizers-Text, by sentence (1 run) | ${f(peerSample.median, 0)} | ${f(peerRate, 3)} |`,
  '',
  `Throughput ratio on the large corpus: **${f(oursRate / peerRate, 0)}×** (extractClaims ÷ Recognizers-Text by sentence).`,
  '',
  '## Growth with the size of the text (`extractClaims`, one fresh process per size)',
  '',
  '| MB | ms | MB/s | rows | peak RSS MB | peak above the text read, per MB | table held, per MB | peak beyond the text and the table, per MB | the same with a 1 MB young generation | beyond, per MB added since the size before |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...growth.map((g, i) => `| ${f(g.megabytes, 1)} | ${f(g.ms, 0)} | ${f(rate(g.megabytes, g.ms), 1)} | ${g.rows} | ${f(g.peakRssMb, 0)} | ${f((g.peakRssMb - g.baselineRssMb) / g.megabytes, 1)} | ${f(g.tableMb / g.megabytes, 1)} | ${f(g.beyondTableMb / g.megabytes, 1)} | ${f(g.smallYoung.beyondTableMb / g.megabytes, 1)} | ${marginal(i)} |`),
  '',
  `The peak beyond the text and the table holds what every run costs whatever its size (the compiled code, V8's young generation, which grows to ${f(Math.max(...growth.map((g) => g.beyondTableMb - g.smallYoung.beyondTableMb)), 0)} MB more here than with 1 MB semi-spaces) and what grows with the text; the last column is the growth alone.`,
  '',
];
writeFileSync(fileURLToPath(new URL('./results/extract-vs-recognizers.md', import.meta.url)), lines.join('\n'));
process.stdout.write(lines.join('\n'));

const asRate = (megabytes: number, stats: ReturnType<typeof summarise>) => ({ ...stats, median: rate(megabytes, stats.median), q1: rate(megabytes, stats.q3), q3: rate(megabytes, stats.q1) });
export const summary: SummaryRow[] = [{
  benchmark: `claim extraction (${f(bigMb, 0)} MB; value with unit right ${f(oursAccuracy.withUnit * 100, 1)}% vs ${f(peerAccuracy.withUnit * 100, 1)}%)`,
  ours: 'extractClaims', oursStats: asRate(bigMb, oursBig),
  baseline: 'Recognizers-Text zh-cn, by sentence', baselineStats: asRate(sampleMb, peerSample), comparison: `${f(oursRate / peerRate, 0)}× faster`, unit: 'MB/s',
}, ...growth.map((g) => ({
  benchmark: `extractClaims growth: ${f(g.megabytes, 0)} MB`, ours: `${f(g.ms, 0)} ms, peak RSS ${f(g.peakRssMb, 0)} MB, ${f(g.beyondTableMb / g.megabytes, 1)} MB per MB beyond text and table`,
  oursStats: summarise([g.ms]), baseline: '1 MB run, scaled', baselineStats: summarise([(growth[0]?.ms ?? g.ms) * g.megabytes / (growth[0]?.megabytes ?? 1)]),
  comparison: `${f(g.ms / g.megabytes, 0)} ms per MB`, unit: 'ms' as const,
}))];
