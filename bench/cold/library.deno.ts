// Cold start in Deno, ours: the same as library.mjs (dependencies from the project's node_modules).
// @ts-nocheck Deno resolves this file, not the project's tsc.
const library = await import('../../dist/index.js');
const report = library.bundledReport();
library.actuals(report); library.targets(report); library.growthRates(report); library.targetVsActual(report); library.byTopic('tourism', report);
const results = library.runChecks(report);
if (results.length < 100) throw new Error(`only ${results.length} results`);
