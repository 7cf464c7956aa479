// Cold start, ours: import the built package, load the bundled report, build every view, run every check.
const library = await import(process.env.WULONG_ENTRY ?? '../../dist/index.js');
const report = library.bundledReport();
library.actuals(report); library.targets(report); library.growthRates(report); library.targetVsActual(report); library.byTopic('tourism', report);
const results = library.runChecks(report);
if (results.length < 100) throw new Error(`only ${results.length} results`);
