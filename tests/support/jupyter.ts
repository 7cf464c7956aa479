import { execFileSync } from 'node:child_process';
import { announceSkip, REQUIRE_SYSTEM } from './system.ts';

/** Whether `jupyter nbconvert` answers. */
export function hasJupyter(): boolean {
  try {
    execFileSync('jupyter', ['nbconvert', '--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether to skip notebook tests (announcing it), or fail for Jupyter's absence in CI. */
export function skipWithoutJupyter(): boolean {
  if (REQUIRE_SYSTEM || hasJupyter()) return false;
  announceSkip('notebook tests (no Jupyter found)',
    'install it with `sudo apt-get install jupyter-nbconvert jupyter-client python3-nbclient` (see the README), or run .ci/run');
  return true;
}
