import { existsSync } from 'node:fs';
import { announceSkip, REQUIRE_SYSTEM } from './system.ts';

/** Debian's Chromium, which `.ci/run` installs. */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags Chromium runs with in tests: headless, sandbox off (root in CI), and no calls home. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

/** Whether to skip browser tests (announcing it), or fail for Chromium's absence in CI. */
export function skipWithoutChromium(): boolean {
  if (existsSync(CHROMIUM) || REQUIRE_SYSTEM) return false;
  announceSkip('browser tests (no /usr/bin/chromium)', 'install it with `sudo apt-get install chromium`, or run .ci/run');
  return true;
}
