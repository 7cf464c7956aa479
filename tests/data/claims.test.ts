import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledReport, BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';
import { digitCoverage } from '../../src/report/digit-coverage.ts';
import { parse } from '../../src/quantity/parse.ts';
import { claimUnit } from '../../src/report/claim-unit.ts';
import { validateClaims } from '../../src/report/validate-claims.ts';
import { CLAIM_KINDS, QUANTITY_KINDS } from '../../src/report/types.ts';

const report = bundledReport();
const seed = new URL('../../../shared/seed/wulong-2024-government-work-report.txt', import.meta.url);

describe('data/wulong-2024/report.txt', () => {
  it('is the seed text byte for byte, with the checksum the manifest records', () => {
    const bytes = readFileSync(`${BUNDLED_REPORT_DIR}/report.txt`);
    if (existsSync(seed)) expect(bytes.equals(readFileSync(seed))).toBe(true);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(report.manifest.files.find((file) => file.path === 'report.txt')?.sha256).toBe(sha256);
  });
});

describe('data/wulong-2024/claims.csv', () => {
  it('puts every run of digits inside exactly one claim', () => {
    const runs = digitCoverage(report.text, report.rows);
    expect(runs.length).toBe(476);
    const wrong = runs.filter((run) => run.claims.length !== 1).map((run) => `${run.digits}@${run.start}: ${run.claims.join(',')}`);
    expect(wrong).toEqual([]);
  });

  it('has surface === text.slice(start, end) on every row', () => {
    const wrong = report.rows.filter((row) => report.text.slice(row.start, row.end) !== row.surface).map((row) => row.id);
    expect(wrong).toEqual([]);
  });

  it('has unique snake_case ids', () => {
    const ids = report.rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('passes validation: parsed values agree with the surface, links point to rows of the right kind', () => {
    expect(validateClaims(report.rows, report.text)).toEqual([]);
  });

  it('agrees with the parser on value, scale, unit and qualifier for every quantity', () => {
    const quantities = report.rows.filter((row) => (QUANTITY_KINDS as readonly string[]).includes(row.kind));
    expect(quantities.length).toBe(355);
    // A word of two meanings (分: a score, or minutes) may be given its other: only the rail time does (高铁30分).
    expect(quantities.filter((row) => row.unit !== parse(row.surface).unit).map((row) => `${row.id}|${row.unit}`)).toEqual(['rail_time_to_main_city|minute']);
    for (const row of quantities) {
      const quantity = parse(row.surface);
      expect({ id: row.id, value: row.value, scale: row.scale, unit: row.unit, qualifier: row.qualifier })
        .toEqual({ id: row.id, value: quantity.value, scale: quantity.scale, unit: claimUnit(row.unit, quantity), qualifier: quantity.qualifier });
    }
  });

  it('places every row in the innermost section that contains it', () => {
    for (const row of report.rows) {
      const containing = report.sections.filter((section) => section.start <= row.start && row.end <= section.end);
      const innermost = containing.sort((a, b) => b.section.length - a.section.length)[0];
      expect({ id: row.id, section: row.section }).toEqual({ id: row.id, section: innermost?.section });
    }
  });

  it('dates the claims of part one 2023 and of parts two and three 2024, or explains why not', () => {
    for (const row of report.rows.filter((r) => (CLAIM_KINDS as readonly string[]).includes(r.kind))) {
      const part = row.section.split('.')[0];
      const expected = part === '1' ? 2023 : part === '2' || part === '3' ? 2024 : null;
      if (row.year !== expected) expect({ id: row.id, note: row.note }).toEqual({ id: row.id, note: expect.any(String) });
      if (part === '1' && !['actual', 'estimate'].includes(row.status)) expect({ id: row.id, note: row.note }).toEqual({ id: row.id, note: expect.stringContaining('goal') });
      if (part === '2') expect({ id: row.id, status: row.status }).toEqual({ id: row.id, status: 'target' });
    }
  });

  it('gives every growth rate a direction and a basis per indicator', () => {
    for (const row of report.rows.filter((r) => r.kind === 'growth')) {
      expect(row.direction).not.toBeNull();
      expect(row.basis.length).toBe(row.indicator.length);
    }
  });

  it('marks 预计 (estimate) exactly where the sentence says 预计 before the figure', () => {
    const estimates = report.rows.filter((row) => row.status === 'estimate').map((row) => row.id);
    expect(estimates).toEqual(['private_economy_va_share_2023', 'tourism_va_growth_2023', 'culture_tourism_va_share_gdp_2023', 'rd_spending_growth_2023']);
    for (const id of estimates) {
      const row = report.byId.get(id)!;
      const before = report.text.slice(Math.max(0, row.start - 40), row.start);
      expect(before).toContain('预计');
    }
  });

  it('says which number belongs to which indicator when one figure serves several (均…)', () => {
    const tourism = report.byId.get('tourism_arrivals_revenue_growth_2023')!;
    expect(tourism.indicator).toEqual(['接待游客人次增长', '旅游综合收入增长']);
    expect(tourism.of).toEqual(['tourist_arrivals_2023', 'tourism_revenue_2023']);
    expect(tourism.basis).toEqual(['physical', 'nominal']);
    const shared = report.rows.filter((row) => row.indicator.length > 1).map((row) => [row.id, row.indicator.length]);
    expect(shared).toEqual([
      ['tourism_arrivals_revenue_growth_2023', 2],
      ['water_noise_compliance_rate_2023', 3],
      ['pension_medical_insurance_rate_2023', 2],
      ['proposals_handling_rates_2023', 4],
      ['above_scale_output_tax_per_mu_growth_2024', 2],
      ['water_source_land_safety_rate_2024', 2],
    ]);
    for (const [id] of shared.filter(([id]) => id !== 'pension_medical_insurance_rate_2023')) {
      const row = report.byId.get(String(id))!;
      expect(report.text.slice(row.start - 4, row.start)).toMatch(/均/);
    }
    // 城乡养老、医保参保率95%以上: two schemes share one noun and one figure, without 均.
    const pension = report.byId.get('pension_medical_insurance_rate_2023')!;
    expect(report.text.slice(pension.start - 10, pension.start)).toBe('城乡养老、医保参保率');
  });

  it('keeps the order of 分别 lists: the n-th figure belongs to the n-th indicator named', () => {
    const list = ['above_scale_industry_va_growth_2023', 'fai_growth_2023', 'budget_revenue_growth_2023', 'retail_sales_growth_2023'];
    const names = ['规上工业增加值', '固定资产投资', '一般公共预算收入', '社会消费品零售总额'];
    const sentence = report.text.slice(report.byId.get(list[0]!)!.start - 60, report.byId.get(list[3]!)!.end);
    const positions = names.map((name) => sentence.indexOf(name));
    expect(positions.every((position, index) => position >= 0 && (index === 0 || position > positions[index - 1]!))).toBe(true);
    expect(list.map((id) => report.byId.get(id)!.surface)).toEqual(['7%', '13.8%', '33.7%', '7.5%']);
    const targets = ['industry_va_growth_2024_target', 'fai_growth_2024_target', 'retail_sales_growth_2024_target', 'budget_revenue_growth_2024_target'];
    expect(targets.map((id) => report.byId.get(id)!.surface)).toEqual(['7.5%', '10%', '8%', '10%']);
  });

  it('links each 2024 target to a counterpart of the same kind in 2023', () => {
    const linked = report.rows.filter((row) => row.counterpart.length > 0);
    expect(linked.length).toBe(56);
    for (const row of linked) {
      const other = report.byId.get(row.counterpart[0]!)!;
      expect({ id: row.id, year: row.year, otherYear: other.year, kind: other.kind }).toEqual({ id: row.id, year: 2024, otherYear: 2023, kind: row.kind });
    }
  });
});

describe('data/wulong-2024/sections.csv', () => {
  it('starts every section at its heading and nests subsections inside their part', () => {
    for (const section of report.sections) {
      expect(report.text.slice(section.start, section.start + section.heading.length)).toBe(section.heading);
      const part = report.sections.find((other) => other.section === section.section.split('.')[0]);
      expect(part && part.start <= section.start && section.end <= part.end).toBe(true);
    }
  });
});
