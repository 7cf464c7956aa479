// Renders the charts the README shows to docs/images/ (PNG, with the CJK font found on the machine).
// Run with `npm run images` after a change to the charts or the data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundledReport, checkChart, runChecks, findingsChart, renderPng, targetVsActualChart } from '../src/index.ts';

const report = bundledReport();
const results = runChecks(report);
const byCheck = (check: string) => {
  const found = results.find((result) => result.check === check);
  if (!found) throw new Error(`no check ${check}`);
  return found;
};
const images = {
  'tourism-identity-2023': checkChart(byCheck('tourism_revenue_identity_2023'), { report }),
  'tourism-revenue-growth-2024': checkChart(byCheck('tourism_revenue_growth_2024'), { report }),
  'target-vs-actual': targetVsActualChart({ limit: 16 }),
  findings: findingsChart(results, { report }),
};
mkdirSync('docs/images', { recursive: true });
for (const [name, spec] of Object.entries(images)) {
  writeFileSync(`docs/images/${name}.png`, await renderPng(spec));
  process.stdout.write(`docs/images/${name}.png\n`);
}
