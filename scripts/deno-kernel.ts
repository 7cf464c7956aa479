// Makes sure Jupyter has a Deno kernel that works: registers the project's own Deno (the npm
// package `deno`) with `deno jupyter --install` unless a kernel named "deno" is already registered
// with a Deno that exists. Run with `npx tsx scripts/deno-kernel.ts`; `npm run notebooks` runs it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The kernel.json of the registered Deno kernel, from `jupyter kernelspec list --json`, or null. */
function registeredDeno(): { argv: string[] } | null {
  const list = JSON.parse(execFileSync('jupyter', ['kernelspec', 'list', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as {
    kernelspecs: Record<string, { resource_dir: string }>;
  };
  const deno = list.kernelspecs.deno;
  if (!deno) return null;
  const file = join(deno.resource_dir, 'kernel.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { argv: string[] }) : null;
}

/** Registers the project's Deno as the "deno" Jupyter kernel when none that works is registered; returns the Deno it runs. */
export function ensureDenoKernel(): string {
  const current = registeredDeno();
  if (current?.argv[0] && existsSync(current.argv[0])) return current.argv[0];
  execFileSync(join(root, 'node_modules', '.bin', 'deno'), ['jupyter', '--install', '--force'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const installed = registeredDeno();
  if (!installed?.argv[0]) throw new Error('deno jupyter --install did not register a kernel named "deno"');
  return installed.argv[0];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`Deno kernel: ${ensureDenoKernel()}\n`);
}
