import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/checks/findings-of.ts';
import { runChecks } from '../../src/checks/run-checks.ts';
import { findingsTerminal } from '../../src/publish/findings-terminal.ts';
import { displayWidth } from '../../src/text/display-width.ts';

describe('findingsTerminal', () => {
  const results = runChecks();
  it('opens with the findings in words, by story, within the width, plain unless asked for colour', () => {
    const text = findingsTerminal(results, { width: 80 });
    const lines = text.split('\n');
    expect(text).not.toContain('\u001b[');
    for (const line of lines.filter((each) => each.startsWith('    '))) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const sorted = findingsOf(results);
    expect(lines[0]).toBe(`发现 Findings: ${results.length} checks run; ${sorted.findings.length} raise a doubt or a question, in ${sorted.stories.length} stories, most newsworthy first.`);
    expect(lines[2]).toBe(' 1. 存疑 Tension: Comprehensive tourism revenue: 21.7 billion yuan, against about 45.1 billion yuan for tourist arrivals (person-visits) × tourism spending per visitor');
    expect(text).toContain('    Ask: This holds only if the per-head figure is per head of overnight');
    expect(text).toContain(`${sorted.holding.length} further checks hold`);
    // no identifiers, scores or notation unless asked for
    expect(text).not.toMatch(/[a-z]+_[a-z]+_[a-z0-9_]+|×0\.\d{3}|news value/);
  });
  it('shows identifiers, news values and gaps with verbose', () => {
    const text = findingsTerminal(results, { width: 200, verbose: true });
    expect(text).toContain('[tourism_revenue_growth_2024 · total_vs_components · news value 9.60 · gap -19.26 pp]');
  });
  it('colours verdicts when asked, keeping the verdict word', () => {
    expect(findingsTerminal(results, { color: true })).toContain('\u001b[1;31m矛盾 Contradiction');
    expect(findingsTerminal(results, { color: true })).toContain('\u001b[33m存疑 Tension');
  });
});
