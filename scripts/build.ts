// Builds the package into dist/ (`npm run build`; `npm pack` runs it first, and so do `npm start` and the tests):
// - dist/index.js: the library as one ES module, its dependencies left as imports (installed beside it);
// - dist/cli.js: the command, the same way;
// - dist/types/: the TypeScript declarations (skipped with --no-types);
// - dist/bundled-report.json: the bundled report, loaded and validated here, so importing does not validate it again.
// Every file is written under a temporary name and renamed into place, so that a process reading
// dist/ while it is rebuilt (a test running the command) never sees half a file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLED_REPORT_DIR } from '../src/report/bundled-report.ts';
import { loadReport } from '../src/report/load-report.ts';
import { shipReport } from '../src/report/ship-report.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> };
const temporary = (name: string) => `${dist}.${name}.${process.pid}`;
mkdirSync(dist, { recursive: true });

// Every run-time dependency stays external, so that a user's own Arquero and Vega are the ones the
// library uses. Whitespace and syntax are minified, names kept, so that stack traces stay readable.
const external = [...Object.keys(pkg.dependencies), 'danfojs', 'danfojs-node'];
const common = {
  bundle: true, format: 'esm', platform: 'node', target: 'node20', external, logLevel: 'warning', legalComments: 'none',
  minifyWhitespace: true, minifySyntax: true,
} as const;
for (const [entry, name] of [['src/index.ts', 'index.js'], ['src/cli/main.ts', 'cli.js']] as const) {
  await build({ ...common, entryPoints: [`${root}${entry}`], outfile: temporary(name) });
  renameSync(temporary(name), `${dist}${name}`);
}

writeFileSync(temporary('bundled-report.json'), JSON.stringify(shipReport(loadReport(BUNDLED_REPORT_DIR))));
renameSync(temporary('bundled-report.json'), `${dist}bundled-report.json`);

if (!process.argv.includes('--no-types')) {
  const types = temporary('types');
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`, '--outDir', types], { stdio: 'inherit' });
  const old = temporary('types-old');
  if (existsSync(`${dist}types`)) renameSync(`${dist}types`, old);
  renameSync(types, `${dist}types`);
  rmSync(old, { recursive: true, force: true });
}
