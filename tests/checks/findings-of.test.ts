import { describe, expect, it } from 'vitest';
import { FactcheckError } from '../../src/errors/factcheck-error.ts';
import { FINDING_VERDICTS, findingsOf } from '../../src/checks/findings-of.ts';
import { runChecks } from '../../src/checks/run-checks.ts';
import type { CheckResult, Verdict } from '../../src/checks/types.ts';

/** A result with only what the findings look at. */
const result = (check: string, verdict: Verdict, newsworthiness: number, severity = 1): CheckResult =>
  ({ check, verdict, newsworthiness, severity } as CheckResult);

describe('findingsOf', () => {
  it('sorts hand-made results: findings are contradictions and tensions, ranked, cut at featured', () => {
    const sorted = findingsOf([
      result('a', 'holds', 0), result('b', 'tension', 2.5, 2), result('c', 'contradiction', 3.2, 3),
      result('d', 'not_comparable', 1.2), result('e', 'tension', 2.5, 2), result('f', 'holds_within_rounding', 0),
      result('g', 'tension', 2.9, 2),
    ], { featured: 2 });
    expect(sorted.findings.map((each) => each.check)).toEqual(['c', 'g', 'b', 'e']); // b before e: same score, by id
    expect(sorted.featured.map((each) => each.check)).toEqual(['c', 'g']);
    expect(sorted.more.map((each) => each.check)).toEqual(['b', 'e']);
    expect(sorted.notComparable.map((each) => each.check)).toEqual(['d']);
    expect(sorted.holding.map((each) => each.check).sort()).toEqual(['a', 'f']);
    expect(sorted.counts).toEqual({ contradiction: 1, tension: 3, not_comparable: 1, holds_within_rounding: 1, holds: 1 });
    expect(sorted.ranked).toHaveLength(7);
    expect(sorted.total).toBe(7);
  });

  it('loses no result: every result is in exactly one of findings, not comparable and holding', () => {
    const results = runChecks();
    const sorted = findingsOf(results);
    const listed = [...sorted.findings, ...sorted.notComparable, ...sorted.holding].map((each) => each.check).sort();
    expect(listed).toEqual(results.map((each) => each.check).sort());
    expect(sorted.featured.length + sorted.more.length).toBe(sorted.findings.length);
    expect(sorted.featured).toHaveLength(12);
    expect(sorted.findings.every((each) => FINDING_VERDICTS.includes(each.verdict))).toBe(true);
  });

  it('handles no results, and refuses a cut-off that is not a count', () => {
    expect(findingsOf([])).toMatchObject({ findings: [], featured: [], more: [], total: 0 });
    for (const featured of [-1, 1.5, Number.NaN]) {
      expect(() => findingsOf([], { featured })).toThrow(FactcheckError);
      expect(() => findingsOf([], { featured })).toThrow(/"featured" must be a whole number of 0 or more/);
    }
  });
});
