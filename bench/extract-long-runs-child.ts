// One class of bench/extract-long-runs.ts in a fresh process:
// `node --import tsx bench/extract-long-runs-child.ts <class> <package entry>` prints the JSON list
// of times (ms) of extractClaims on that class's text at each length, after one discarded run at
// the first length.
import { LENGTHS, LONG_RUNS } from './long-runs.ts';

const [name = '', entry = '../dist/index.js'] = process.argv.slice(2);
const { extractClaims } = (await import(entry)) as typeof import('../src/index.ts');
const make = LONG_RUNS.find(([each]) => each === name)?.[1];
if (!make) throw new Error(`no class ${name}`);
const time = (text: string): number => {
  const start = performance.now();
  extractClaims(text);
  return performance.now() - start;
};
time(make(LENGTHS[0] as number));
process.stdout.write(JSON.stringify(LENGTHS.map((length) => time(make(length)))));
