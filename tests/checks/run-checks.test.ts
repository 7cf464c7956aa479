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
    // Worked by hand: 9200 / 8477 = +8.5%, at most 9250 / 8476.5 = +9.1%, not 10%以上.
    expect(checksWith('contradiction')).toEqual(['imports_exports_target_2024']);
  });

  it('calls the tourism revenue target a tension, naming the reading under which it contradicts its factors', () => {
    // revenue +1.38% (217亿 → 220亿) against arrivals +10% and spending +9.7% (1003 → 1100元以上): 1.1 × 1.0967 = +20.6%.
    // With spending as stated, arrivals would have to grow at most (1 + 220.5/216.5 − 1) / (1099.5/1003.5) − 1 = −7.04%.
    const growth = results.find((result) => result.check === 'tourism_revenue_growth_2024');
    expect(growth?.verdict).toBe('tension');
    expect(growth?.assumption_en).toMatch(/^the report does not mean that both years' spending per visitor counts the same visitors/);
    const bound = ((220.5 / 216.5) / (1099.5 / 1003.5) - 1) * 100;
    expect(growth?.explanation_en).toContain(`tourist arrivals would have to fall by at least ${Number(Math.abs(bound).toPrecision(3))}% for the total to match`);
    expect(growth?.question_en).toMatch(/^Does the report mean that both years' spending per visitor counts the same visitors/);
  });

  it('calls the tourism identities a tension, with the size of the group the per-visitor figure must be for', () => {
    // 4494万 × 1003元 = 450.7亿 ≠ 217亿: per-visitor spending must be per head of a group of
    // [216.5亿 / (4494.5万 × 1003.5), 217.5亿 / (4493.5万 × 1002.5)] = [48.001%, 48.284%] of arrivals.
    const identity2023 = results.find((result) => result.check === 'tourism_revenue_identity_2023');
    expect(identity2023?.verdict).toBe('tension');
    expect(identity2023?.assumption_en).toContain(
      // written outward at three figures: the low end rounded down, the high end up (48% to 48.3%)
      `from ${Math.floor((21650000000 / (44945000 * 1003.5)) * 1000) / 10}% to ${Math.ceil((21750000000 / (44935000 * 1002.5)) * 1000) / 10}%`,
    );
    // 2024: 4494万 × 1.1 × 1100元以上 = 543.8亿 or more, against 220亿: a group of at most 220.5亿 / (4493.5万 × 1.095 × 1099.5) = 40.76%.
    const identity2024 = results.find((result) => result.check === 'tourism_revenue_identity_2024');
    expect(identity2024?.verdict).toBe('tension');
    expect(identity2024?.assumption_en).toContain(`at most ${Math.ceil((22050000000 / (44935000 * 1.095 * 1099.5)) * 1000) / 10}%`);
  });

  it('does not call consistent statements contradictions', () => {
    for (const check of [
      'industrial_investment_target_2024', 'specialty_crops_area_2024', 'gdp_growth_vs_sectors_2023', 'key_projects_investment_2024',
      'municipal_key_projects_within_key_projects_2023', 'ticketed_visitors_within_arrivals_2023', 'new_market_entities_base_2023',
    ]) expect(verdictOf(check), check).toBe('holds');
  });

  it('asks about the targets set below 2023 results, more mildly where the definition changed, without calling them doubts', () => {
    const below = checksWith('question').filter((check) => check.startsWith('target_below_actual:'));
    const changed = ['industrial_projects_accelerated_2024', 'municipal_key_projects_2024', 'new_foreign_trade_firms_2024_target',
      'new_public_parking_2024', 'project_funding_sought_2024', 'villages_income_above_threshold_share_2024_target'];
    expect(below).toEqual([
      'consumption_driven_2024', 'flexible_expert_teams_2024_target', 'industrial_projects_to_complete_2024', 'new_charging_piles_2024_target',
      'new_demonstration_bases_2024_target', 'new_high_tech_firms_2024_target', 'new_market_entities_2024_target', 'new_specialised_firms_2024_target',
      'new_tech_firms_2024_target', 'new_urban_jobs_2024_target', 'rural_roads_2024_target', ...changed,
    ].map((id) => `target_below_actual:${id}`).sort());
    expect(checksWith('tension').filter((check) => check.startsWith('target_below_actual:'))).toEqual([]);
    // A changed wording lowers the severity (1.5 × 0.75) and quotes the claims note; it does not end the question.
    const parking = results.find((result) => result.check === 'target_below_actual:new_public_parking_2024');
    expect(parking?.severity).toBe(1.125);
    expect(parking?.explanation_en).toContain('2024 says public parking spaces; 2023 says parking spaces without the word public');
    // Different units (10万人 against 9.1万人次) stay not comparable.
    expect(verdictOf('target_below_actual:overseas_tourists_2024')).toBe('not_comparable');
    expect(verdictOf('impossible_value:rural_waste_treatment_rate_2024')).toBe('tension');
    expect(verdictOf('repeated_figure:investment_funds_in_place_2023+ecommerce_sales_2023')).toBe('tension');
    expect(verdictOf('new_market_entities_target_2024')).toBe('tension');
  });

  it('ranks by news value: headline indicators and claimed results above small counts and promises', () => {
    for (let i = 1; i < results.length; i += 1) expect((results[i - 1]?.newsworthiness ?? 0) >= (results[i]?.newsworthiness ?? 0)).toBe(true);
    const rank = (check: string) => results.findIndex((result) => result.check === check);
    // Worked by hand: the 2023 tourism identity 2 (tension) × 3 (tourism revenue) × 1 (results) × (1 + |ln(217 / 450.7482)|) = 10.386;
    // the 2024 tourism growth 2 × 3 × 0.8 (targets) × (1 + 1: gap −19.3 pp, capped) = 9.6;
    // budget revenue pace 1.5 × 3 × 0.8 × (1 + 1: 10 − 33.7 = −23.7 pp, capped) = 7.2;
    // 2 demonstration bases after 3: 1.5 × 1 × 0.8 × (1 + |ln(2/3)|) = 1.6866.
    expect(results[0]?.check).toBe('tourism_revenue_identity_2023');
    expect(results[0]?.newsworthiness).toBeCloseTo(6 * (1 + Math.abs(Math.log(217e8 / (44940000 * 1003)))), 2);
    expect(results.find((result) => result.check === 'tourism_revenue_growth_2024')?.newsworthiness).toBe(9.6);
    expect(results.find((result) => result.check === 'growth_pace:budget_revenue_growth_2024_target')?.newsworthiness).toBe(7.2);
    expect(results.find((result) => result.check === 'target_below_actual:new_demonstration_bases_2024_target')?.newsworthiness)
      .toBeCloseTo(1.5 * 0.8 * (1 + Math.log(3 / 2)), 3);
    // The question about budget revenue, a headline indicator, outranks small counts of bases and experts.
    expect(rank('growth_pace:budget_revenue_growth_2024_target')).toBeLessThan(rank('target_below_actual:new_demonstration_bases_2024_target'));
    expect(rank('growth_pace:budget_revenue_growth_2024_target')).toBeLessThan(rank('target_below_actual:flexible_expert_teams_2024_target'));
  });

  it('writes sentences fit to publish: no infinities, no code advice, no Chinese inside English, no doubled words', () => {
    for (const result of results) {
      expect(result.explanation_en, result.check).not.toMatch(/Infinity|NaN|undefined|∞|null/);
      // Chinese appears in English sentences only inside a quoted claims note (which names the Chinese terms it explains; it closes the sentence).
      expect(result.explanation_en.replace(/claims note(?: says)?: .*$/s, ''), result.check).not.toMatch(/[\u3400-\u9fff]/);
      // Computed values in prose have three significant figures at most (20.6%, 1.38%, 45.1 billion).
      // (A rounding range keeps the digits that tell its ends apart.)
      // (Millions and billions the report states keep four figures, so that a reader can redo the arithmetic.)
      expect(result.statement_en.replace(/\((from|at least|at most) [^)]*allowing for rounding\)/g, ''), result.check).not.toMatch(/\d\.\d{4,} (million|billion)|\.\d{3,}%/);
      expect(result.headline_en, result.check).not.toMatch(/[a-z]+_[a-z]+/);
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
    // The data marks the wording as changed: the named check keeps that, and the question is asked more mildly.
    expect([merged?.check, merged?.source, merged?.verdict, merged?.severity]).toEqual(['parking_target', 'both', 'question', 1.125]);
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
    expect(runChecks(undefined, { topic: 'trade_opening', verdict: 'contradiction' }).map((result) => result.check).sort())
      .toEqual(['imports_exports_target_2024']);
    expect(runChecks(undefined, { topic: 'tourism', verdict: ['contradiction', 'tension'] }).map((result) => result.check).sort())
      .toEqual(['tourism_revenue_growth_2024', 'tourism_revenue_identity_2023', 'tourism_revenue_identity_2024']);
    expect(runChecks(undefined, { family: ['growth_pace'] }).filter((result) => result.verdict === 'question').map((result) => result.check).sort())
      .toEqual(['growth_pace:budget_revenue_growth_2024_target', 'growth_pace:ecommerce_sales_2024_target', 'growth_pace:tourism_revenue_2024_target']);
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
