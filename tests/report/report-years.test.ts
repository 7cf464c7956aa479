import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../src/report/bundled-report.ts';
import { reportYears } from '../../src/report/report-years.ts';
import type { Claim } from '../../src/report/types.ts';

const claim = (year: number, status: Claim['status']): Claim => ({ year, status } as Claim);

describe('reportYears', () => {
  it('reads the bundled report\'s years from its headings', () => {
    expect(bundledReport().years).toEqual({ review: 2023, plan: 2024, from: 'headings' });
  });

  it('takes the manifest first, filling the other year in', () => {
    expect(reportYears('一、2023年工作回顾', [], { years: { review: 2020, plan: 2021 } })).toEqual({ review: 2020, plan: 2021, from: 'manifest' });
    expect(reportYears('', [], { years: { plan: 2026 } })).toEqual({ review: 2025, plan: 2026, from: 'manifest' });
  });

  it('reads a review heading alone, and a plan heading alone', () => {
    expect(reportYears('一、2025年和“十四五”时期工作回顾\n全区……', [])).toEqual({ review: 2025, plan: 2026, from: 'headings' });
    expect(reportYears('前言\n一、2019年主要目标任务\n……', [])).toEqual({ review: 2018, plan: 2019, from: 'headings' });
  });

  it('falls back to the commonest years of the claims, and says so', () => {
    const rows = [claim(2022, 'actual'), claim(2022, 'actual'), claim(2021, 'actual'), claim(2023, 'target')];
    expect(reportYears('全年生产总值增长5%。', rows)).toEqual({ review: 2022, plan: 2023, from: 'claims' });
    expect(reportYears('全年生产总值增长5%。', [claim(2022, 'actual')])).toEqual({ review: 2022, plan: null, from: 'claims' });
  });

  it('says nothing where the report says nothing', () => {
    expect(reportYears('', [])).toEqual({ review: null, plan: null, from: 'none' });
  });
});
