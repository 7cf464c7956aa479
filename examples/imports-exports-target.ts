// Is the 2024 import/export target consistent with its own growth rate?
// Run: npx tsx examples/imports-exports-target.ts
import { fig, targetVsGrowth } from '../src/index.ts';

const result = targetVsGrowth(fig('imports_exports_2024_target'), fig('imports_exports_growth_2024_target'), fig('imports_exports_2023'));
console.log(`${result.verdict} (gap ${result.gap} percentage points)`);
console.log(result.explanation_zh);
console.log(result.explanation_en);
