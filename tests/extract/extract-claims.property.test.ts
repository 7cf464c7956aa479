import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../src/extract/draft-report.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';

/** Reproducible: FUZZ_SEED and FUZZ_RUNS override the defaults (e.g. FUZZ_RUNS=100000 for a long run). */
const SEED = Number(process.env.FUZZ_SEED ?? 20240131);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const settings = { seed: SEED, numRuns: RUNS };

/** The invariants every extraction keeps, whatever the text. */
function expectSound(text: string): void {
  const rows = extractClaims(text).objects() as Record<string, unknown>[];
  let previousEnd = 0;
  for (const row of rows) {
    const start = row.start as number;
    const end = row.end as number;
    expect(Number.isInteger(start) && Number.isInteger(end) && start >= previousEnd && start < end && end <= text.length, JSON.stringify(row)).toBe(true);
    expect(text.slice(start, end)).toBe(row.surface);
    previousEnd = end;
    const { low, high, amount } = row as { low: number | null; high: number | null; amount: number | null };
    if (amount !== null) {
      expect(Number.isFinite(amount)).toBe(true);
      if (low !== null) expect(low).toBeLessThanOrEqual(amount);
      if (high !== null) expect(amount).toBeLessThanOrEqual(high);
    }
  }
}

const ALPHABET = [
  ...'0123456789０１２３４５６７８９.,:%．，：％+-·・ 　\n。;、', ...'万亿萬億余多约近超突破逾累计预以上下内左右及不低少高于过',
  ...'元人次户家个項项件亩畝米吨噸天分年月日点基百平方公里增长下降分别均占比率GN“”',
];
const sentences = bundledReport().text.split(/(?<=[。;\n])/).filter((sentence) => /\d/.test(sentence));

describe('extractClaims, property-based', () => {
  it('never throws on any string, and every span lies inside the text with its surface as the slice', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 40 })), (text) => {
      expectSound(text);
    }), settings);
  });

  it('keeps its invariants on mutated report sentences (characters deleted, inserted, swapped)', () => {
    const mutated = fc.tuple(fc.constantFrom(...sentences), fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'swap'), fc.constantFrom(...ALPHABET)), { maxLength: 6 }))
      .map(([sentence, edits]) => edits.reduce((text, [at, edit, char]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        if (edit === 'delete') return text.slice(0, i) + text.slice(i + 1);
        if (edit === 'insert') return text.slice(0, i) + char + text.slice(i);
        return text.slice(0, i) + (text[i + 1] ?? '') + (text[i] ?? '') + text.slice(i + 2);
      }, sentence));
    fc.assert(fc.property(mutated, (text) => { expectSound(text); }), settings);
  });

  it('drafts a report that loads, whatever the text: the draft goes through the same reading and validation as a claims.csv', () => {
    const shapes = ['2060.35 亿元', '92.6\u3000万人', '126億元', '-1.8‰', '7.4∶39.6∶53', '1/4', '1-2个', 'PM2.5', '5G-A', '65岁以上', '第4个', '\n- 2 -\n', '\n图1 2020-2024年\n', '\n指标 绝对数\n收入 38652 5.2\n', '“十四五”以来年均增长6.4%', '其中', '分别增长', '1-11月增长5%', '2021—2025年累计', '上午8时30分', '由60.1%提高到62.4%', '92.6①亿元', '5.3\n万人', '115万吨以\n上', '2个百\n分点'];
    const text = fc.array(fc.oneof(fc.constantFrom(...shapes), fc.constantFrom(...sentences), fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 12 })), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (written) => {
      const { report } = draftReport(written);
      for (const row of report.rows) expect(written.slice(row.start, row.end)).toBe(row.surface);
    }), { ...settings, numRuns: Math.max(50, Math.floor(RUNS / 5)) });
  });

  // Long runs of one character class (the shapes that once made the scan quadratic: letters, digits
  // after a dot): a quadratic pattern would not finish these in the test's time. Few runs, since
  // each text is long; `npm run fuzz` runs a hundred times more. Growth is measured in bench/extract-long-runs.ts.
  it('stays sound on long runs of letters, digits, dots, colons, 、 and spaces, with text around them', () => {
    const run = fc.record({
      before: fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 8 }),
      unit: fc.constantFrom('a', '1', '1.', '1:', '1、', ' ', 'a1', '.1'),
      length: fc.integer({ min: 1_000, max: 60_000 }),
      after: fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 8 }),
    });
    fc.assert(fc.property(run, ({ before, unit, length, after }) => {
      expectSound(`${before}${unit.repeat(Math.ceil(length / unit.length))}${after}`);
    }), { seed: SEED, numRuns: Math.max(5, Math.round(RUNS / 100)) });
  }, 120_000);
});
