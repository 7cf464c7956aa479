import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult } from '../checks/types.ts';
/** Options of `findingsTerminal`. */
export interface FindingsTerminalOptions extends FindingsOptions {
    /** Colour the verdicts with ANSI escapes. Default `false`; the CLI turns it on for a terminal unless `NO_COLOR` is set. */
    color?: boolean;
    /** Terminal width the sentences wrap to. Default 100. */
    width?: number;
}
/**
 * The findings as terminal text (see `findingsOf`): each featured finding with its rank, verdict,
 * newsworthiness, gap and check id, then its sentence in Chinese and in English; the findings
 * after the cut-off with their English sentence; the results that are not comparable with the
 * reason; and the number of checks that hold.
 *
 * @param results - Check results (e.g. `runChecks(report)`), or their findings (`findingsOf`).
 * @param options - See `FindingsTerminalOptions`.
 * @returns Text lines joined with `\n`.
 * @example
 * findingsTerminal(runChecks()).split('\n')[2].trim().startsWith('1  contradiction')
 * // => true
 */
export declare function findingsTerminal(results: readonly CheckResult[] | Findings, options?: FindingsTerminalOptions): string;
