import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/checks/findings-of.ts';
import { runChecks } from '../../src/checks/run-checks.ts';
import { findingsTerminal } from '../../src/publish/findings-terminal.ts';
import { displayWidth } from '../../src/text/display-width.ts';

describe('findingsTerminal', () => {
  const results = runChecks();
  it('lists the findings in rank order within the width, plain unless asked for colour', () => {
    const text = findingsTerminal(results, { width: 80 });
    expect(text).not.toContain('\u001b[');
    for (const line of text.split('\n').filter((each) => each.startsWith('     '))) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(text).toMatch(/^\s+1 {2}contradiction\s+4\.50 {2}-19\.26 pp\s+tourism_revenue_growth_2024$/m);
    expect(text).toContain(`${findingsOf(results).holding.length} further checks hold`);
  });
  it('colours verdicts when asked, keeping the verdict word', () => {
    expect(findingsTerminal(results, { color: true })).toContain('\u001b[1;31mcontradiction');
  });
});
