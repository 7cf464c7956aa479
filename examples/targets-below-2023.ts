// Which 2024 targets are set below what 2023 already achieved?
// Run: npx tsx examples/targets-below-2023.ts
import { desc } from 'arquero';
import { resultsTable, runChecks } from '../src/index.ts';

// A target below last year's result is a question to ask (not a doubt about the figures); where the
// wording changed between the years, the question is milder (a lower severity) and the note says why.
const below = resultsTable(runChecks(undefined, { family: 'target_below_actual', verdict: 'question' })).orderby('gap', desc('severity'));
console.log(`${below.numRows()} targets are below their 2023 result:`);
for (const row of below.objects() as { claims: string[]; gap: number; severity: number }[]) {
  console.log(`  ${row.claims[0]}: ${(row.gap * 100).toFixed(1)}% of the 2023 result${row.severity < 1.5 ? ' (the wording changed)' : ''}`);
}
