import { describe, expect, it } from 'vitest';
import { datasetSummary } from '../../src/publish/dataset-summary.ts';

describe('datasetSummary', () => {
  const text = datasetSummary();
  it('counts by kind, status and topic from the data', () => {
    expect(text).toContain('By kind:   count 174 · level 73 · growth 64');
    expect(text).toContain('By status: target 190 · actual 155 · reference 31 · estimate 4');
    expect(text).toMatch(/By topic: {2}agriculture_rural 51 · industry 39/);
  });
  it('shows headline results and targets under their quotes, with intervals', () => {
    expect(text).toContain('「实现地区生产总值273.46亿元、增长5.5%。」');
    expect(text).toMatch(/gdp_2023\s+地区生产总值\s+273\.46亿元\s+\[273\.455亿, 273\.465亿\]/);
    expect(text).toMatch(/cpi_change_2024_target\s+居民消费价格涨幅\s+3%以内\s+\(-∞, 3\.5\]/);
  });
});

describe('datasetSummary of a very large report', () => {
  it('writes the headline of 200,000 figures (spreading them into Math.max once overflowed the stack)', async () => {
    const { bundledReport } = await import('../../src/report/bundled-report.ts');
    const { claimsTable } = await import('../../src/report/claims-table.ts');
    const base = bundledReport();
    const template = base.byId.get('gdp_2023');
    if (!template) throw new Error('gdp_2023 missing');
    const rows = Array.from({ length: 200_000 }, (_, index) => ({ ...template, id: `gdp_${index}` }));
    const report = { ...base, rows, claims: claimsTable(rows), byId: new Map(rows.map((row) => [row.id, row])) };
    const text = datasetSummary(report);
    expect(text.split('\n')[0]).toBe('重庆市武隆区人民政府工作报告 — 200000 numeric expressions');
    expect(text).toContain('gdp_199999');
  }, 120_000);
});
