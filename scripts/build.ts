// Builds the package into dist/ (run by `npm run build`, and by `npm ci` and `npm pack` through `prepare`):
// - dist/index.js: the library as one ES module, its dependencies left as imports (installed beside it);
// - dist/cli.js: the command, the same way;
// - dist/types/: the TypeScript declarations;
// - dist/bundled-report.json: the bundled report, loaded and validated here, so importing does not validate it again.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLED_REPORT_DIR } from '../src/report/bundled-report.ts';
import { loadReport } from '../src/report/load-report.ts';
import { shipReport } from '../src/report/shipped-report.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> };

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// Every dependency stays external: a user's own arquero and vega are the ones the library uses.
const external = [...Object.keys(pkg.dependencies), 'danfojs', 'danfojs-node'];
const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', external, logLevel: 'warning', legalComments: 'none' } as const;
await build({ ...common, entryPoints: [`${root}src/index.ts`], outfile: `${dist}index.js` });
await build({ ...common, entryPoints: [`${root}src/cli/main.ts`], outfile: `${dist}cli.js` });

writeFileSync(`${dist}bundled-report.json`, JSON.stringify(shipReport(loadReport(BUNDLED_REPORT_DIR))));

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
}
