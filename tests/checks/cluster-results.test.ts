import { describe, expect, it } from 'vitest';
import { clusterResults } from '../../src/checks/cluster-results.ts';
import { runChecks } from '../../src/checks/run-checks.ts';

describe('clusterResults', () => {
  const { results, stories } = clusterResults(runChecks());

  it('makes one story of the tourism arithmetic and gives every result of it the story\'s number', () => {
    const tourism = stories[0];
    expect(tourism?.lead.check).toBe('tourism_revenue_identity_2023');
    expect(tourism?.supporting.map((result) => result.check).sort()).toEqual([
      'growth_pace:tourism_revenue_2024_target', 'ticket_revenue_within_tourism_revenue_2024', 'tourism_revenue_growth_2024', 'tourism_revenue_identity_2024',
    ]);
    for (const check of ['tourism_revenue_growth_2024', 'tourism_revenue_identity_2023']) expect(results.find((result) => result.check === check)?.cluster).toBe(1);
  });

  it('numbers stories by their lead\'s rank and attaches results that hold to the story whose figures they share', () => {
    for (let i = 1; i < stories.length; i += 1) expect(stories[i - 1]!.lead.newsworthiness).toBeGreaterThanOrEqual(stories[i]!.lead.newsworthiness);
    expect(stories.map((story) => story.cluster)).toEqual(stories.map((_, index) => index + 1));
    // the tourism targets stated as levels hold against the 2023 results: context of the tourism story
    expect(stories[0]?.context.map((result) => result.check)).toContain('target_below_actual:tourism_revenue_2024_target');
    // GDP growth against its sectors in 2023 shares the all-industry growth with the industry story
    const industry = stories.find((story) => story.lead.check === 'industry_growth_rest_2024');
    expect(results.find((result) => result.check === 'gdp_growth_vs_sectors_2023')?.cluster).toBe(industry?.cluster);
    // a result that shares no figure with any story has none
    const inStories = new Set(stories.flatMap((story) => [story.lead, ...story.supporting]).flatMap((result) => result.claims));
    const alone = results.filter((result) => result.cluster === null);
    expect(alone.length).toBeGreaterThan(50);
    for (const result of alone) expect(result.claims.some((id) => inStories.has(id)), result.check).toBe(false);
  });

  it('is the same run after run, and empty for no results', () => {
    expect(clusterResults(runChecks()).stories.map((story) => story.lead.check)).toEqual(stories.map((story) => story.lead.check));
    expect(clusterResults([])).toEqual({ results: [], stories: [] });
  });
});
