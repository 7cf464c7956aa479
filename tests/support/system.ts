import { findCjkFont } from '../../src/render/find-cjk-font.ts';

/**
 * Whether tests that need software from the system (a CJK font, Jupyter, Chromium) must run.
 * `.ci/run` installs it and sets WULONG_REQUIRE_SYSTEM=1, so in CI a missing piece fails the run;
 * on a developer's machine those tests are skipped, with a line saying how to enable them.
 */
export const REQUIRE_SYSTEM = process.env.WULONG_REQUIRE_SYSTEM === '1';

/** Whether a CJK font for PNG rendering is here. */
export const HAS_CJK_FONT = findCjkFont() !== null;

/** Says plainly that a group of tests is skipped and how to run it. */
export function announceSkip(what: string, fix: string): void {
  process.stderr.write(`\n[skipped] ${what}: ${fix}\n`);
}

/** Whether to skip tests needing a CJK font (announcing it), or fail for its absence in CI. */
export function skipWithoutCjkFont(): boolean {
  if (HAS_CJK_FONT || REQUIRE_SYSTEM) return false;
  announceSkip('PNG rendering tests (no CJK font found)', 'install one with `sudo apt-get install fonts-noto-cjk`, or set WULONG_CJK_FONT=/path/to/font.ttc, or run .ci/run');
  return true;
}
