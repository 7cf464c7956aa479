// Which 2024 targets are set below what 2023 already achieved?
// Run: npx tsx examples/targets-below-2023.ts
import { resultsTable, runChecks } from '../src/index.ts';

const below = resultsTable(runChecks(undefined, { family: 'target_below_actual', verdict: 'tension' }));
console.log(`${below.numRows()} targets are below their 2023 result:`);
for (const row of below.objects() as { claims: string[]; gap: number }[]) {
  console.log(`  ${row.claims[0]}: ${(row.gap * 100).toFixed(1)}% of the 2023 result`);
}
