// A TypeScript script in your own project: typed by the package's declarations.
import { fig, targetVsGrowth, type CheckResult, type Figure } from 'wulong-factcheck';

const target: Figure = fig('imports_exports_2024_target');
const result: CheckResult = targetVsGrowth(target, fig('imports_exports_growth_2024_target'), fig('imports_exports_2023'));
// @ts-expect-error a verdict is a word, never a number: the declarations carry the real types, not `any`
const wrong: number = result.verdict;
console.log(`${result.verdict}: ${result.explanation_en}`, typeof wrong);
