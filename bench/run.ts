// `npm run bench`: every benchmark, one after the other; each writes its table to bench/results/.
await import('./cold-import.ts');
await import('./run-checks.ts');
await import('./render-charts.ts');
