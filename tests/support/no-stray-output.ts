import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: the tests must not write the command's outputs into the working tree.
 * Tests that run the command pass `--out` with a temporary folder; this fails the run when an
 * `out/` folder appears in the repository during it.
 */
export default function setup(): () => void {
  const out = fileURLToPath(new URL('../../out', import.meta.url));
  const before = existsSync(out);
  return () => {
    if (!before && existsSync(out)) throw new Error(`A test wrote ${out}. Pass --out with a temporary folder (mkdtempSync) instead.`);
  };
}
