import { describe, expect, it } from 'vitest';
import { targetBelowActual } from '../../../src/checks/families/target-below-actual.ts';
import { fig } from '../../../src/report/fig.ts';
import { figure } from '../../support/figure.ts';

const target = (surface: string) => figure(surface, { status: 'target', year: 2024 });

describe('targetBelowActual', () => {
  it('asks about targets below what 2023 achieved: a question, not a doubt about the figures', () => {
    // 60 new technology firms planned after 115: 60 / 115 = 0.5217
    const result = targetBelowActual(fig('new_tech_firms_2024_target'), fig('new_tech_firms_2023'));
    expect(result.verdict).toBe('question');
    expect(result.gap).toBeCloseTo(60 / 115, 4);
    expect(result.explanation_en).toMatch(/plans for less than was already achieved/);
    expect(result.explanation_en).not.toMatch(/agree only if|tension/);
    expect(result.question_en).toBe('Why is the 2024 target for new technology-based firms (60) set below the 2023 figure of 115: a deliberately cautious target, or does it count something narrower?');
    // a chosen number below the result ranks under the arithmetic tensions (severity 2)
    expect(result.severity).toBe(1.5);
    // 25 teams after 26: whole counts are exact, so 25 < 26
    expect(targetBelowActual(fig('flexible_expert_teams_2024_target'), fig('flexible_expert_teams_2023')).verdict).toBe('question');
    // "3家以上" sets a floor of 3, below 4; a floor is written as a floor, never as "at least 3 … is below 4"
    const floor = targetBelowActual(fig('new_specialised_firms_2024_target'), fig('new_specialised_firms_2023'));
    expect(floor.verdict).toBe('question');
    expect(floor.explanation_en).toMatch(/sets a floor of 3, below the 2023 figure of 4/);
    expect(floor.explanation_en).not.toMatch(/at least 3[^,]*is below/);
    // a classifier (家) is not translated: the number stands alone
    expect(floor.explanation_en).not.toMatch(/entities|households|items/);
  });

  it('holds for a target at or above the result', () => {
    expect(targetBelowActual(fig('old_renovation_to_complete_2024'), fig('old_compounds_renovated_2023'), {}).explanation_en).toMatch(/repeats/);
    expect(targetBelowActual(fig('tourism_revenue_2024_target'), fig('tourism_revenue_2023')).verdict).toBe('holds');
    // 4亿 vs 3.5亿: a target is a set number, not a rounded one
    expect(targetBelowActual(fig('agri_processing_output_2024_target'), fig('agri_processing_output_2023')).verdict).toBe('holds');
    // 3.5亿 target vs 3.46亿 [3.455, 3.465]: above
    expect(targetBelowActual(target('3.5亿元'), figure('3.46亿元')).verdict).toBe('holds');
    // 3.46亿 target vs 3.5亿 [3.45, 3.55]: inside the result's rounding → holds (repeats)
    expect(targetBelowActual(target('3.46亿元'), figure('3.5亿元')).explanation_en).toMatch(/repeats/);
  });

  it('treats a ceiling (以内) as a reduction target', () => {
    expect(targetBelowActual(target('3%以内'), figure('5%')).verdict).toBe('holds');
  });

  it('is not comparable across units; across definitions the question stays, milder, with the claims note', () => {
    const units = targetBelowActual(fig('overseas_tourists_2024'), fig('overseas_tourist_arrivals_2023'));
    expect([units.verdict, units.reason]).toEqual(['not_comparable', 'units']);
    // 500 public parking spaces after 1050 parking spaces: severity 1.5 × 0.75
    const scope = targetBelowActual(fig('new_public_parking_2024'), fig('new_parking_spaces_2023'), { scopeDiffers: true });
    expect([scope.verdict, scope.severity]).toEqual(['question', 1.125]);
    expect(scope.explanation_en).toContain('the claims note says: 2024 says public parking spaces');
    // units differ and the pair is marked as defined differently: the definition is the reason given
    const both = targetBelowActual(fig('overseas_tourists_2024'), fig('overseas_tourist_arrivals_2023'), { scopeDiffers: true });
    expect([both.verdict, both.reason]).toEqual(['not_comparable', 'scope']);
    expect(both.explanation_en).toMatch(/^Overseas tourists .* cannot be compared directly\. Verdict: not comparable/);
    expect(both.explanation_en).toContain('(claims note: 2024 counts in 人 (people)');
    // 户 and 家 count the same market entities
    expect(targetBelowActual(fig('new_market_entities_2024_target'), fig('new_market_entities_2023')).verdict).toBe('question');
  });
});
