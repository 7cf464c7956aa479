// Draw the 2024 tourism growth check as an SVG chart for a story.
// Run: npx tsx examples/tourism-chart.ts [out/tourism-growth.svg]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bundledReport, checkChart, runChecks, renderSvg } from '../src/index.ts';

const file = process.argv[2] ?? 'out/tourism-growth.svg';
const report = bundledReport();
const growth = runChecks(report).find((result) => result.check === 'tourism_revenue_growth_2024');
if (!growth) throw new Error('the catalogue has no tourism_revenue_growth_2024 check');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, await renderSvg(checkChart(growth, { report })));
console.log(`Wrote ${file}: ${growth.verdict}, gap ${growth.gap} percentage points`);
