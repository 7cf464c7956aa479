import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Vitest global setup. Before the tests: builds the package (dist/), so that tests of the command
 * and of the packed package run the JavaScript users get, built from the sources under test.
 * After them: fails the run when a test wrote or changed a file under `out/` in the working tree,
 * whether or not the folder was there; tests that run the command pass `--out` with a temporary folder.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: root, stdio: 'inherit' });
  const out = `${root}out`;
  const before = snapshot(out);
  return () => {
    const after = snapshot(out);
    const written = [...after].filter(([path, stamp]) => before.get(path) !== stamp).map(([path]) => path);
    if (written.length > 0) throw new Error(`Tests wrote ${written.join(', ')}. Pass --out with a temporary folder (mkdtempSync) instead.`);
  };
}

/** Every file under a folder with its size and modification time (empty when the folder does not exist). */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path);
    files.set(path, `${stat.size}:${stat.mtimeMs}`);
  }
  return files;
}
