import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkResults } from '../../src/checks/check-results.ts';
import { UnknownValueError } from '../../src/errors/unknown-value-error.ts';
import { BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';
import { loadReport } from '../../src/report/load-report.ts';

const results = checkResults();
const verdictOf = (check: string) => results.find((result) => result.check === check)?.verdict;
const checksWith = (verdict: string) => results.filter((result) => result.verdict === verdict).map((result) => result.check).sort();

describe('checkResults on the bundled report', () => {
  it('finds the contradictions a careful reader finds, and only those', () => {
    // Worked by hand: 4494万 × 1003元 = 450.7亿 ≠ 217亿; 4494万 × 1.1 × 1100元 = 543.8亿 ≠ 220亿;
    // revenue +1.4% against arrivals +10% and spending +9.7%; 9200 / 8477 = +8.5%, not 10%以上.
    expect(checksWith('contradiction')).toEqual([
      'imports_exports_target_2024', 'tourism_revenue_growth_2024', 'tourism_revenue_identity_2023', 'tourism_revenue_identity_2024',
    ]);
  });

  it('does not call consistent statements contradictions', () => {
    for (const check of [
      'industrial_investment_target_2024', 'specialty_crops_area_2024', 'gdp_growth_vs_sectors_2023', 'key_projects_investment_2024',
      'municipal_key_projects_within_key_projects_2023', 'ticketed_visitors_within_arrivals_2023', 'new_market_entities_base_2023',
    ]) expect(verdictOf(check), check).toBe('holds');
  });

  it('finds the targets set below 2023 results as tensions, and the ones with a changed definition as not comparable', () => {
    const below = checksWith('tension').filter((check) => check.startsWith('target_below_actual:'));
    expect(below).toEqual([
      'target_below_actual:consumption_driven_2024', 'target_below_actual:flexible_expert_teams_2024_target',
      'target_below_actual:industrial_projects_to_complete_2024', 'target_below_actual:new_charging_piles_2024_target',
      'target_below_actual:new_demonstration_bases_2024_target', 'target_below_actual:new_high_tech_firms_2024_target',
      'target_below_actual:new_market_entities_2024_target', 'target_below_actual:new_specialised_firms_2024_target',
      'target_below_actual:new_tech_firms_2024_target', 'target_below_actual:new_urban_jobs_2024_target',
      'target_below_actual:rural_roads_2024_target',
    ]);
    expect(verdictOf('target_below_actual:new_public_parking_2024')).toBe('not_comparable');
    expect(verdictOf('target_below_actual:villages_income_above_threshold_share_2024_target')).toBe('not_comparable');
    expect(verdictOf('impossible_value:rural_waste_treatment_rate_2024')).toBe('tension');
    expect(verdictOf('repeated_figure:investment_funds_in_place_2023+ecommerce_sales_2023')).toBe('tension');
    expect(verdictOf('new_market_entities_target_2024')).toBe('tension');
  });

  it('ranks by newsworthiness: every contradiction, then every tension, then the caveats (by severity)', () => {
    const severities = results.map((result) => result.severity);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    expect(results.slice(0, 4).every((result) => result.verdict === 'contradiction')).toBe(true);
    for (let i = 1; i < results.length; i += 1) expect((results[i - 1]?.newsworthiness ?? 0) >= (results[i]?.newsworthiness ?? 0)).toBe(true);
  });

  it('merges a check found by the catalogue and the automatic pass into one', () => {
    const imports = results.filter((result) => result.claims.includes('imports_exports_growth_2024_target') && result.family === 'target_vs_growth');
    expect(imports.map((result) => [result.check, result.source])).toEqual([['imports_exports_target_2024', 'both']]);
    const keys = results.map((result) => `${result.family}|${[...result.claims].sort().join('+')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every result publishable sentences, quotes and finite or open intervals, never NaN', () => {
    for (const result of results) {
      expect(result.explanation_zh).toMatch(/结论:/);
      expect(result.explanation_en).toMatch(/Verdict: /);
      expect(result.explanation_en).not.toMatch(/NaN|undefined|null/);
      expect(result.quotes.length).toBe(result.claims.length);
      for (const interval of [result.recomputed, result.reported]) {
        if (interval) expect(Number.isNaN(interval.low) || Number.isNaN(interval.high)).toBe(false);
      }
      if (result.gap !== null) expect(Number.isFinite(result.gap)).toBe(true);
    }
  });

  it('filters by family, verdict and topic, and rejects unknown filter values by name', () => {
    expect(checkResults(undefined, { topic: 'tourism', verdict: 'contradiction' }).map((result) => result.check).sort())
      .toEqual(['tourism_revenue_growth_2024', 'tourism_revenue_identity_2023', 'tourism_revenue_identity_2024']);
    expect(checkResults(undefined, { family: ['stated_twice'] }).length).toBe(2);
    expect(() => checkResults(undefined, { verdict: 'contradicton' as never })).toThrow(UnknownValueError);
    expect(() => checkResults(undefined, { verdict: 'contradicton' as never })).toThrow(/Did you mean "contradiction"/);
  });
});

describe('checkResults on another report in the same format', () => {
  it('runs the automatic pass without the catalogue', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    cpSync(BUNDLED_REPORT_DIR, dir, { recursive: true });
    const other = checkResults(loadReport(dir));
    expect(other.every((result) => result.source === 'automatic')).toBe(true);
    expect(other.find((result) => result.check === 'target_vs_growth:imports_exports_2024_target')?.verdict).toBe('contradiction');
    expect(other.some((result) => result.check === 'tourism_revenue_identity_2023')).toBe(false);
  });
});
