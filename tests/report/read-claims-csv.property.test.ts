import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimsDataError } from '../../src/errors/claims-data-error.ts';
import { readClaimsCsv } from '../../src/report/read-claims-csv.ts';
import { validateClaims } from '../../src/report/validate-claims.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reproducible: FUZZ_SEED and FUZZ_RUNS override the defaults (e.g. FUZZ_RUNS=100000 for a long run). */
const SEED = Number(process.env.FUZZ_SEED ?? 20240131);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const settings = { seed: SEED, numRuns: RUNS };

const report = bundledReport();
const csv = readFileSync(join(report.dir, 'claims.csv'), 'utf8');
const lines = csv.trimEnd().split('\n');
const header = lines[0] as string;

/** The loader's contract: it returns rows or throws a ClaimsDataError listing at least one problem; nothing else. */
function expectContract(text: string): void {
  try {
    const rows = readClaimsCsv(text);
    expect(Array.isArray(rows)).toBe(true);
    const problems = validateClaims(rows, report.text);
    for (const problem of problems) expect(problem.message.length).toBeGreaterThan(10);
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ClaimsDataError);
    expect((error as ClaimsDataError).problems.length).toBeGreaterThan(0);
  }
}

describe('readClaimsCsv and validateClaims, property-based', () => {
  it('return rows or a ClaimsDataError for any text, never another exception', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => { expectContract(text); }), settings);
  });

  it('return rows or a ClaimsDataError for mutated claims files (cells changed, columns dropped, lines shuffled)', () => {
    const sample = fc.subarray(lines.slice(1), { minLength: 1, maxLength: 8 });
    const cellEdit = fc.tuple(fc.nat(), fc.nat(), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '-1', 'NaN', '1e400', '"', ',', '\n', '亿', 'growth', 'yuan')));
    const mutated = fc.tuple(sample, fc.array(cellEdit, { maxLength: 6 }), fc.boolean()).map(([picked, edits, dropColumn]) => {
      const table = [header, ...picked].map((line) => line.split(','));
      for (const [row, column, value] of edits) {
        const target = table[1 + (row % picked.length)];
        if (target) target[column % target.length] = value;
      }
      if (dropColumn) for (const row of table) row.splice(3, 1);
      return table.map((row) => row.join(',')).join('\n');
    });
    fc.assert(fc.property(mutated, (text) => { expectContract(text); }), settings);
  });
});
