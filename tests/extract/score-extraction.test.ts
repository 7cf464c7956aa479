import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.ts';
import { indicatorForm, scoreExtraction } from '../../src/extract/score-extraction.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';

const report = bundledReport();
const scores = Object.fromEntries((scoreExtraction(extractClaims(report.text), report.rows).objects() as { field: string; precision: number; recall: number }[])
  .map((row) => [row.field, row]));

/**
 * Thresholds, against the 380 curated claims of the bundled report. Spans and values come from
 * the grammar the curated claims were written in, so anything below 99% is a regression: one miss
 * in 380 is 99.7%. Qualifiers come from the same grammar (99%). Kind, status and year are guesses
 * from cue words and the report's layout: a wrong one costs a reviewer one cell, and the bar is set
 * at 95% so that a change that loses more than a handful of them (each 0.26%) fails; they stand
 * at 98.7–99.2% now. The genre tests in extract-claims.test.ts guard the same rules on other wording.
 * The unit is part of the value's grammar (99%). The indicator is the hardest guess: it counts as
 * right only when it equals the curated name after `indicatorForm` (spaces, quotation marks,
 * brackets and framing words such as 全区 set aside), and the curated names follow a reviewer's
 * conventions (新增 kept, 建成 dropped; 工作回顾年份 for a date) that no rule recovers fully. It stands
 * at 52.1% (56.9% on figures: levels, counts, rates, shares, changes); the bar of 45% fails a change
 * that loses 22 of them.
 */
const THRESHOLDS: Record<string, number> = {
  span: 0.99, value: 0.99, unit: 0.99, qualifier: 0.99, kind: 0.95, status: 0.95, year: 0.95, direction: 0.95, indicator: 0.45,
};

describe('scoreExtraction on the bundled report', () => {
  for (const [field, threshold] of Object.entries(THRESHOLDS)) {
    it(`${field}: precision and recall at least ${threshold * 100}%`, () => {
      expect(scores[field]?.precision).toBeGreaterThanOrEqual(threshold);
      expect(scores[field]?.recall).toBeGreaterThanOrEqual(threshold);
    });
  }

  it('compares indicators without spaces, quotation marks, brackets and framing words', () => {
    expect(indicatorForm('全区 “四好农村路”里程')).toBe(indicatorForm('四好农村路里程'));
    expect(indicatorForm('接待游客增长;旅游综合收入增长')).toBe('接待游客增长;旅游综合收入增长');
    expect(indicatorForm('地区生产总值')).not.toBe(indicatorForm('地区生产总值增长'));
  });

  it('counts a field as right only when the span is right too', () => {
    const shifted = extractClaims(report.text).derive({ start: (d: { start: number }) => d.start + 1 });
    const worse = scoreExtraction(shifted, report.rows).objects() as { field: string; right: number }[];
    expect(worse.every((row) => row.right === 0)).toBe(true);
  });
});
