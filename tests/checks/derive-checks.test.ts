import { describe, expect, it } from 'vitest';
import { deriveChecks } from '../../src/checks/derive-checks.ts';
import { bundledReport } from '../../src/report/bundled-report.ts';

const specs = deriveChecks();
const byFamily = (family: string) => specs.filter((spec) => spec.family === family);

describe('deriveChecks', () => {
  it('derives one check per link of the claims data', () => {
    const rows = bundledReport().rows;
    const growthWithLevels = rows.filter((row) => row.kind === 'growth').reduce((sum, row) => sum + row.of.length, 0);
    expect(byFamily('target_vs_growth').length + byFamily('growth_vs_levels').length + byFamily('back_calculated_base').length).toBe(growthWithLevels);
    const counterparts = rows.filter((row) => row.status === 'target' && ['level', 'count', 'rate', 'share'].includes(row.kind))
      .reduce((sum, row) => sum + row.counterpart.length, 0);
    expect(byFamily('target_below_actual')).toHaveLength(counterparts);
    expect(byFamily('parts_vs_total')).toHaveLength(new Set(rows.flatMap((row) => row.part_of)).size);
    expect(byFamily('share_of_whole')).toHaveLength(rows.filter((row) => row.kind === 'share' || row.kind === 'rate').reduce((sum, row) => sum + row.whole.length + row.of.length, 0));
  });

  it('carries the scope flag of the data', () => {
    const parking = specs.find((spec) => spec.check === 'target_below_actual:new_public_parking_2024');
    expect(parking?.scopeDiffers).toBe(true);
    const tech = specs.find((spec) => spec.check === 'target_below_actual:new_tech_firms_2024_target');
    expect(tech?.scopeDiffers).toBeUndefined();
  });

  it('finds the one repeated figure worth flagging, and no indicator stated twice', () => {
    expect(byFamily('repeated_figure').map((spec) => spec.check)).toEqual(['repeated_figure:investment_funds_in_place_2023+ecommerce_sales_2023']);
    expect(byFamily('stated_twice')).toEqual([]);
  });

  it('checks every percent rate and share, and every fall, for impossible values', () => {
    const rows = bundledReport().rows.filter((row) => (row.unit === 'percent' && ['rate', 'share'].includes(row.kind)) || row.direction === 'down');
    expect(byFamily('impossible_value').map((spec) => (spec as { figure: string }).figure)).toEqual(rows.map((row) => row.id));
  });
  it('asks the pace of every growth target with the year before\'s rate, and of every target level whose result has a growth rate', () => {
    const rows = bundledReport().rows;
    const byId = new Map(rows.map((row) => [row.id, row]));
    const rates = rows.filter((row) => row.status === 'target' && row.kind === 'growth').flatMap((row) => row.counterpart.filter((id) => byId.get(id)?.kind === 'growth'));
    const paces = byFamily('growth_pace');
    expect(paces.filter((spec) => typeof (spec as { current: unknown }).current === 'string')).toHaveLength(rates.length);
    // levels: e-commerce 90亿 after 70.9亿 (+16.3%), tourism revenue 220亿 after 217亿 (10%以上), and three more
    expect(paces.filter((spec) => typeof (spec as { current: unknown }).current !== 'string').map((spec) => spec.check).sort()).toEqual([
      'growth_pace:ecommerce_sales_2024_target', 'growth_pace:imports_exports_2024_target', 'growth_pace:industrial_investment_2024_target',
      'growth_pace:tourism_revenue_2024_target', 'growth_pace:urban_construction_investment_2024_target',
    ]);
  });

  it('flags a two-digit figure repeated within one section and unit, but not across sections', () => {
    const report = bundledReport();
    const row = (id: string, section: string, indicator: string) => ({ ...report.rows[0]!, id, kind: 'count' as const, value: '26', scale: 1 as const, unit: 'household' as const, qualifier: 'exact' as const, section, indicator: [indicator], of: [], base: [], whole: [], part_of: [], counterpart: [] });
    const rows = [row('a', '1.1', '净增四上企业'), row('b', '1.1', '减亏企业'), row('c', '2.4', '新增企业')];
    const fake = { ...report, rows, byId: new Map(rows.map((each) => [each.id, each])) };
    expect(deriveChecks(fake).filter((spec) => spec.family === 'repeated_figure').map((spec) => spec.check)).toEqual(['repeated_figure:a+b']);
  });

  it('takes a table restating the text\'s figure under a plain column (绝对数) for the same indicator, but not under a year\'s column', () => {
    const report = bundledReport();
    const row = (id: string, indicator: string) => ({ ...report.rows[0]!, id, kind: 'level' as const, value: '38652', scale: 1 as const, unit: 'yuan' as const, qualifier: 'exact' as const, section: '1.1', indicator: [indicator], of: [], base: [], whole: [], part_of: [], counterpart: [] });
    const repeated = (rows: ReturnType<typeof row>[]) => deriveChecks({ ...report, rows, byId: new Map(rows.map((each) => [each.id, each])) })
      .filter((spec) => spec.family === 'repeated_figure').map((spec) => spec.check);
    expect(repeated([row('a', '全体居民人均可支配收入'), row('b', '全体居民人均可支配收入(绝对数)')])).toEqual([]);
    expect(repeated([row('a', '全体居民人均可支配收入(2023年)'), row('b', '全体居民人均可支配收入(2024年)')])).toEqual(['repeated_figure:a+b']);
  });
});
