// One corpus run in a fresh process (for bench/check-corpus.ts):
// `node --import tsx bench/check-corpus-child.ts <corpus-dir> <out-dir> [read]` prints JSON with the
// time of the whole run and the peak resident memory of the process. With `read`, it only reads
// every file of the corpus (the floor any corpus run has to pay), as the baseline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCorpus } from '../src/index.ts';

const [dir = '', out = '', mode = 'check'] = process.argv.slice(2);
const start = performance.now();
let reports = 0;
let claims = 0;
let bytes = 0;
if (mode === 'read') {
  for (const name of readdirSync(dir)) {
    bytes += readFileSync(join(dir, name)).byteLength;
    reports += 1;
  }
} else {
  const summary = await checkCorpus(dir, { out });
  reports = summary.reports.length;
  claims = summary.claims;
  if (summary.reports.some((row) => row.error !== null)) throw new Error('a report of the benchmark corpus failed');
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ms, reports, claims, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
