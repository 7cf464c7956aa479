import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run-checks.ts';
import { findingsMarkdown } from '../../src/publish/findings-markdown.ts';
import type { CheckResult } from '../../src/checks/types.ts';

describe('findingsMarkdown', () => {
  const results = runChecks();
  const text = findingsMarkdown(results);
  it('counts verdicts and lists the findings with quotes and their places', () => {
    const counts = ['contradiction', 'tension', 'not_comparable', 'holds_within_rounding', 'holds'].map((verdict) => results.filter((result) => result.verdict === verdict).length);
    expect(text).toContain(`| ${counts.join(' | ')} |`);
    expect(text).toContain('## 1. Contradiction: tourism\\_revenue\\_growth\\_2024');
    expect(text).toMatch(/> — `tourism_revenue_2023` \(217亿元\), characters \d+–\d+, section 1$/m);
  });
  it('escapes markup in text from the data', () => {
    const hostile = { ...results[0], check: 'x', explanation_en: '<img src=x onerror=alert(1)> **bold**', quotes: [] } as CheckResult;
    const out = findingsMarkdown([hostile]);
    expect(out).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\*');
    expect(out).not.toMatch(/(?<!\\)<img/);
  });
});
