// One measurement of extractClaims in a fresh process (for bench/extract-vs-recognizers.ts):
// `node --expose-gc --import tsx bench/extract-child.ts <megabytes>` prints JSON with the time of
// one call on the corpus of that size, the rows found, and the peak resident memory of the process.
import { extractClaims } from '../src/index.ts';
import { corpus } from './corpus.ts';

const megabytes = Number(process.argv[2] ?? 1);
const text = corpus(megabytes);
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().rss;
const start = performance.now();
const rows = extractClaims(text).numRows();
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({
  megabytes: Buffer.byteLength(text, 'utf8') / 1024 / 1024, ms, rows,
  baselineRssMb: before / 1024 / 1024, peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
