import { describe, expect, it } from 'vitest';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { FINDING_VERDICTS, findingsOf } from '../../src/checks/findings-of.ts';
import { runChecks } from '../../src/checks/run-checks.ts';
import type { CheckResult, Family, Verdict } from '../../src/checks/types.ts';

/** A result with only what the findings look at. */
const result = (check: string, verdict: Verdict, newsworthiness: number, claims: string[], family: Family = 'stated_twice'): CheckResult =>
  ({ check, verdict, newsworthiness, severity: 1, claims, family, headline_zh: check, headline_en: check, cluster: null } as unknown as CheckResult);

describe('findingsOf', () => {
  it('sorts hand-made results into stories: findings sharing a figure are one story, led by the most newsworthy', () => {
    const sorted = findingsOf([
      result('a', 'holds', 0, ['x']), result('b', 'tension', 2.5, ['y']), result('c', 'contradiction', 3.2, ['x', 'z']),
      result('d', 'not_comparable', 1.2, ['w']), result('e', 'question', 2.5, ['z']), result('f', 'holds_within_rounding', 0, ['v']),
      result('g', 'tension', 2.9, ['u']),
    ], { featured: 2 });
    expect(sorted.findings.map((each) => each.check)).toEqual(['c', 'g', 'b', 'e']); // b before e: same score, by id
    // c and e share z: one story, led by c; g and b stand alone.
    expect(sorted.stories.map((story) => [story.lead.check, story.supporting.map((each) => each.check)])).toEqual([['c', ['e']], ['g', []], ['b', []]]);
    expect(sorted.featured.map((story) => story.lead.check)).toEqual(['c', 'g']);
    expect(sorted.more.map((story) => story.lead.check)).toEqual(['b']);
    // a holds and shares x with story 1: it is context there, and carries the story's number.
    expect(sorted.stories[0]?.context.map((each) => each.check)).toEqual(['a']);
    expect(Object.fromEntries(sorted.ranked.map((each) => [each.check, each.cluster]))).toEqual({ a: 1, b: 3, c: 1, d: null, e: 1, f: null, g: 2 });
    expect(sorted.notComparable.map((each) => each.check)).toEqual(['d']);
    expect(sorted.holding.map((each) => each.check).sort()).toEqual(['a', 'f']);
    expect(sorted.counts).toEqual({ contradiction: 1, tension: 2, question: 1, not_comparable: 1, holds_within_rounding: 1, holds: 1 });
    expect(sorted.total).toBe(7);
  });

  it('makes one story of the targets set below last year, unless one shares a figure with another story', () => {
    const sorted = findingsOf([
      result('t1', 'question', 2, ['a1', 'a0'], 'target_below_actual'), result('t2', 'question', 1.5, ['b1', 'b0'], 'target_below_actual'),
      result('t3', 'question', 1.8, ['c1', 'c0'], 'target_below_actual'), result('g', 'tension', 3, ['c1', 'c2']),
    ]);
    expect(sorted.stories.map((story) => [story.lead.check, story.supporting.map((each) => each.check)])).toEqual([['g', ['t3']], ['t1', ['t2']]]);
    expect(sorted.stories[1]?.headline.en).toBe("2 targets set below the year before's figures");
  });

  it('loses no result: every finding is in exactly one story, every result in one list', () => {
    const results = runChecks();
    const sorted = findingsOf(results);
    const listed = [...sorted.findings, ...sorted.notComparable, ...sorted.holding].map((each) => each.check).sort();
    expect(listed).toEqual(results.map((each) => each.check).sort());
    const inStories = sorted.stories.flatMap((story) => [story.lead, ...story.supporting]).map((each) => each.check).sort();
    expect(inStories).toEqual(sorted.findings.map((each) => each.check).sort());
    expect(sorted.featured.length + sorted.more.length).toBe(sorted.stories.length);
    expect(sorted.findings.every((each) => FINDING_VERDICTS.includes(each.verdict))).toBe(true);
    // The tourism arithmetic is one story, not three fragments.
    const tourism = sorted.stories[0];
    expect(tourism?.lead.check).toBe('tourism_revenue_identity_2023');
    expect(tourism?.supporting.map((each) => each.check)).toEqual(expect.arrayContaining(['tourism_revenue_growth_2024', 'tourism_revenue_identity_2024']));
    // The same pair is one story: the market-entities target below 2023 joins the growth check on those figures.
    const entities = sorted.stories.find((story) => story.lead.check === 'new_market_entities_target_2024');
    expect(entities?.supporting.map((each) => each.check)).toContain('target_below_actual:new_market_entities_2024_target');
  });

  it('handles no results, and refuses a cut-off that is not a count', () => {
    expect(findingsOf([])).toMatchObject({ findings: [], stories: [], featured: [], more: [], total: 0 });
    for (const featured of [-1, 1.5, Number.NaN]) {
      expect(() => findingsOf([], { featured })).toThrow(FactcheckError);
      expect(() => findingsOf([], { featured })).toThrow(/"featured" must be a whole number of 0 or more/);
    }
  });
});
