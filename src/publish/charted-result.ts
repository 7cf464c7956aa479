import { hasCheckChart } from '../charts/has-check-chart.ts';
import type { Story } from '../checks/cluster-results.ts';
import type { CheckResult } from '../checks/types.ts';

/** The result a story is drawn by: its lead when it has a chart, else its first supporting finding that has one; `null` when none has. */
export function chartedResult(story: Story): CheckResult | null {
  return [story.lead, ...story.supporting].find(hasCheckChart) ?? null;
}
