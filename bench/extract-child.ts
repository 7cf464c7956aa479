// One measurement of extractClaims in a fresh process (for bench/extract-vs-recognizers.ts):
// `node --expose-gc bench/extract-child.ts <corpus file> <package entry>` (run under tsx) prints
// JSON with the time of one call on the text of that file, the rows found, and memory:
// - baselineRssMb: resident memory once the text is read and the garbage collected;
// - peakRssMb: the process's peak resident memory (the extraction's, since reading one file peaks lower);
// - tableMb: what the returned table holds, measured as the heap (and external memory) it keeps
//   alive after a full collection, against the heap before the call;
// - beyondTableMb: the peak above the baseline that is not the table: what the extraction needs
//   on the way (its own working memory), the figure the bar is about.
import { readFileSync } from 'node:fs';

const [file = '', entry = '../dist/index.js'] = process.argv.slice(2);
const { extractClaims } = (await import(entry)) as typeof import('../src/index.ts');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const text = readFileSync(file, 'utf8');
const held = () => {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};
const heapBefore = held();
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
const claims = extractClaims(text);
const ms = performance.now() - start;
const tableBytes = held() - heapBefore;
const peakRss = process.resourceUsage().maxRSS * 1024;
const mb = (bytes: number) => bytes / 1024 / 1024;
process.stdout.write(JSON.stringify({
  megabytes: mb(Buffer.byteLength(text, 'utf8')), ms, rows: claims.numRows(),
  baselineRssMb: mb(rssBefore), peakRssMb: mb(peakRss), tableMb: mb(tableBytes), beyondTableMb: mb(peakRss - rssBefore - tableBytes),
}));
