import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Vitest global setup. Before the tests: builds the package (dist/), so that tests of the command
 * and of the packed package run the JavaScript users get, built from the sources under test.
 * After them: fails the run when a test wrote the command's outputs into the working tree (an
 * `out/` folder that was not there); tests that run the command pass `--out` with a temporary folder.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  const out = `${root}out`;
  const before = existsSync(out);
  return () => {
    if (!before && existsSync(out)) throw new Error(`A test wrote ${out}. Pass --out with a temporary folder (mkdtempSync) instead.`);
  };
}
