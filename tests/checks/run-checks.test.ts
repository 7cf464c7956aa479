import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { UnknownValueError } from '../../src/errors/unknown-value-error.ts';
import { BUNDLED_REPORT_DIR } from '../../src/report/bundled-report.ts';
import { loadReport } from '../../src/report/load-report.ts';

const results = runChecks();
const verdictOf = (check: string) => results.find((result) => result.check === check)?.verdict;
const checksWith = (verdict: string) => results.filter((result) => result.verdict === verdict).map((result) => result.check).sort();

describe('runChecks on the bundled report', () => {
  it('finds the contradictions a careful reader finds, and only those', () => {
    // Worked by hand: revenue +1.4% (217亿 → 220亿) against arrivals +10% and spending +9.7% (1003 → 1100元):
    // 1.1 × 1.0967 = +20.6%; 9200 / 8477 = +8.5%, not 10%以上.
    expect(checksWith('contradiction')).toEqual(['imports_exports_target_2024', 'tourism_revenue_growth_2024']);
  });

  it('calls the tourism identities a tension, with the size of the group the per-visitor figure must be for', () => {
    // 4494万 × 1003元 = 450.7亿 ≠ 217亿: per-visitor spending must be per head of a group of
    // [216.5亿 / (4494.5万 × 1003.5), 217.5亿 / (4493.5万 × 1002.5)] = [48.001%, 48.284%] of arrivals.
    const identity2023 = results.find((result) => result.check === 'tourism_revenue_identity_2023');
    expect(identity2023?.verdict).toBe('tension');
    expect(identity2023?.assumption_en).toContain(
      // written outward: the low end rounded down, the high end up, at two decimals
      `from ${Math.floor((21650000000 / (44945000 * 1003.5)) * 10000) / 100}% to ${Math.ceil((21750000000 / (44935000 * 1002.5)) * 10000) / 100}%`,
    );
    // 2024: 4494万 × 1.1 × 1100元以上 = 543.8亿 or more, against 220亿: a group of at most 220.5亿 / (4493.5万 × 1.095 × 1099.5) = 40.76%.
    const identity2024 = results.find((result) => result.check === 'tourism_revenue_identity_2024');
    expect(identity2024?.verdict).toBe('tension');
    expect(identity2024?.assumption_en).toContain(`at most ${Math.ceil((22050000000 / (44935000 * 1.095 * 1099.5)) * 10000) / 100}%`);
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
    expect(results.slice(0, 2).every((result) => result.verdict === 'contradiction')).toBe(true);
    // A target below the result ranks below the arithmetic tensions of the same gap.
    const belowTarget = results.find((result) => result.family === 'target_below_actual' && result.verdict === 'tension');
    expect(belowTarget?.severity).toBeLessThan(2);
    for (let i = 1; i < results.length; i += 1) expect((results[i - 1]?.newsworthiness ?? 0) >= (results[i]?.newsworthiness ?? 0)).toBe(true);
  });

  it('writes sentences fit to publish: no infinities, no code advice, no Chinese inside English, no doubled words', () => {
    for (const result of results) {
      expect(result.explanation_en, result.check).not.toMatch(/Infinity|NaN|undefined|∞|null/);
      expect(result.explanation_en, result.check).not.toMatch(/[\u3400-\u9fff]/);
      expect(result.explanation_en, result.check).not.toMatch(/mark the pair|Convert it|nominalGrowth\(|Check that|\bsee docs/);
      expect(result.explanation_en.charAt(0), result.check).toMatch(/[A-Z"']/);
      expect(result.explanation_zh, result.check).not.toMatch(/Infinity|NaN|undefined|∞|null|下降下降|增长下降|压缩下降/);
      for (const end of [result.recomputed?.low, result.recomputed?.high, result.gap]) expect(Number.isNaN(end), result.check).toBe(false);
    }
  });

  it('merges a check found by the catalogue and the automatic pass into one', () => {
    const imports = results.filter((result) => result.claims.includes('imports_exports_growth_2024_target') && result.family === 'target_vs_growth');
    expect(imports.map((result) => [result.check, result.source])).toEqual([['imports_exports_target_2024', 'both']]);
    const keys = results.map((result) => `${result.family}|${[...result.claims].sort().join('+')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps a difference of definitions recorded in the data when a named check repeats an automatic one', () => {
    const named = { check: 'parking_target', family: 'target_below_actual', why: 'Parking spaces planned against built.', target: 'new_public_parking_2024', actual: 'new_parking_spaces_2023' } as const;
    const [merged] = runChecks(undefined, { catalogue: [named] }).filter((result) => result.claims.includes('new_public_parking_2024') && result.family === 'target_below_actual');
    expect([merged?.check, merged?.source, merged?.verdict, merged?.reason]).toEqual(['parking_target', 'both', 'not_comparable', 'scope']);
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
    expect(runChecks(undefined, { topic: 'tourism', verdict: 'contradiction' }).map((result) => result.check).sort())
      .toEqual(['tourism_revenue_growth_2024']);
    expect(runChecks(undefined, { topic: 'tourism', verdict: ['contradiction', 'tension'] }).map((result) => result.check).sort())
      .toEqual(['tourism_revenue_growth_2024', 'tourism_revenue_identity_2023', 'tourism_revenue_identity_2024']);
    expect(runChecks(undefined, { family: ['stated_twice'] }).length).toBe(2);
    expect(() => runChecks(undefined, { verdict: 'contradicton' as never })).toThrow(UnknownValueError);
    expect(() => runChecks(undefined, { verdict: 'contradicton' as never })).toThrow(/Did you mean "contradiction"/);
  });
});

describe('runChecks on another report in the same format', () => {
  it('runs the catalogue of the report folder, and the automatic pass alone without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    cpSync(BUNDLED_REPORT_DIR, dir, { recursive: true });
    // The catalogue travels with its folder: a copy with it runs it, a copy without runs the automatic pass alone.
    expect(runChecks(loadReport(dir)).some((result) => result.check === 'tourism_revenue_identity_2023')).toBe(true);
    rmSync(join(dir, 'catalogue.json'));
    const other = runChecks(loadReport(dir));
    expect(other.every((result) => result.source === 'automatic')).toBe(true);
    expect(other.find((result) => result.check === 'target_vs_growth:imports_exports_2024_target')?.verdict).toBe('contradiction');
    expect(other.some((result) => result.check === 'tourism_revenue_identity_2023')).toBe(false);
  });
});
