// Imported by tests/deno/deno-import.test.ts under Deno, with no network: the library must load
// from its TypeScript sources and node_modules exactly as a Deno notebook would load it.
import { bundledReport, fig, targets } from '../../src/index.ts';

const report = bundledReport();
console.log(JSON.stringify({ rows: report.rows.length, gdp: fig('gdp_2023').amount, targets: targets().numRows() }));
