// One cold measurement, run in a fresh process by cold-import.ts: how long from just before the
// dynamic import until the tables a notebook uses first are built. Prints one JSON line.
const mode = process.argv[2];
const start = performance.now();
if (mode === 'arquero') {
  const aq = await import('arquero');
  aq.table({ x: [1] });
} else {
  const lib = await import('../src/index.ts');
  const report = lib.bundledReport();
  lib.actuals(report);
  lib.targets(report);
  lib.growthRates(report);
  lib.targetVsActual(report);
  lib.byTopic('tourism', report);
}
const end = performance.now();
process.stdout.write(`${JSON.stringify({ mode, ms: end - start })}\n`);
