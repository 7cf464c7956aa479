import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bracketedTotals } from '../../src/extract/bracketed-totals.ts';
import { extractClaims } from '../../src/extract/extract-claims.ts';
import { draftClaimsCsv } from '../../src/extract/draft-claims-csv.ts';
import { loadReport } from '../../src/report/load-report.ts';

describe('bracketedTotals', () => {
  it('reads a note that square-bracketed figures are totals over years, and how many', () => {
    expect(bracketedTotals('注：[ ]内为五年累计数。2025年完成数为预计数。')).toEqual({ years: 5, name: '五年累计' });
    expect(bracketedTotals('注：［］内数据为累计数。')).toEqual({ years: 0, name: '累计' });
    expect(bracketedTotals('注：带*为约束性指标。')).toBeNull();
  });

  it('gives a bracketed table cell the period of the years to its column\'s, in the unit its row gives, and the draft loads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bracketed-totals-'));
    const text = '表1 主要指标完成情况\n指标  2020年  2025年目标  2025年完成\n单位地区生产总值能耗降低（%）  —  [13.5]  [14.2]\n地区生产总值（亿元）  1198.3  1680  1586.4\n\n注：[ ]内为五年累计数。';
    const claims = extractClaims(text);
    const found = (claims.objects() as Record<string, unknown>[]).filter((row) => row.kind !== 'date' && row.kind !== 'code');
    expect(found.map((row) => `${row.surface}|${row.unit}|${row.status}|${row.year}|${row.cumulative}|${row.period}`)).toEqual([
      '13.5|percent|target|2025|false|2021-2025 (五年累计)', '14.2|percent|actual|2025|false|2021-2025 (五年累计)',
      '1198.3|yuan|actual|2020|false|null', '1680|yuan|target|2025|false|null', '1586.4|yuan|actual|2025|false|null',
    ]);
    writeFileSync(join(dir, 'report.txt'), text);
    writeFileSync(join(dir, 'claims.csv'), draftClaimsCsv(claims));
    expect(loadReport(dir).rows.filter((row) => String(row.note ?? '').includes('五年累计')).map((row) => row.surface)).toEqual(['13.5', '14.2']);
  });
});
