import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult, Verdict } from '../checks/types.ts';
import { displayWidth, fitWidth } from '../text/display-width.ts';
import { messages } from '../messages/index.ts';
import { asFindings } from './as-findings.ts';
import { terminalSafe } from '../text/terminal-safe.ts';

/** Options of `findingsTerminal`. */
export interface FindingsTerminalOptions extends FindingsOptions {
  /** Colour the verdicts with ANSI escapes. Default `false`; the CLI turns it on for a terminal unless `NO_COLOR` is set. */
  color?: boolean;
  /** Terminal width the sentences wrap to. Default 100. */
  width?: number;
}

/** ANSI styles per verdict; the verdict word is always printed too, so colour is never the only cue. */
const STYLE: Record<Verdict, string> = {
  contradiction: '\u001b[1;31m', tension: '\u001b[33m', question: '\u001b[35m', not_comparable: '\u001b[36m', holds_within_rounding: '\u001b[32m', holds: '\u001b[32m',
};
const RESET = '\u001b[0m';

/** Wraps text to a width in terminal columns (CJK characters count two), indenting every line. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? []) {
    if (displayWidth(indent + line + token) > width && line.trim() !== '') {
      lines.push(indent + line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() !== '') lines.push(indent + line.trimEnd());
  return lines;
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
export function findingsTerminal(results: readonly CheckResult[] | Findings, options: FindingsTerminalOptions = {}): string {
  const width = options.width ?? 100;
  const sorted = asFindings(results, options);
  const paint = (verdict: Verdict, text: string) => (options.color ? `${STYLE[verdict]}${text}${RESET}` : text);
  const head = (result: CheckResult, rank: number): string => {
    const gap = result.gap === null ? '' : result.gap_unit === 'pp' ? `${result.gap > 0 ? '+' : ''}${result.gap.toFixed(2)} pp` : `×${result.gap.toFixed(3)}`;
    return `${String(rank).padStart(3)}  ${paint(result.verdict, fitWidth(result.verdict, 22))} ${result.newsworthiness.toFixed(2).padStart(5)}  ${fitWidth(gap, 11)} ${terminalSafe(result.check)}`;
  };
  const lines = [messages.findingsTitle(sorted.total, sorted.findings.length), ''];
  sorted.featured.forEach((result, index) => {
    lines.push(head(result, index + 1), ...wrap(terminalSafe(result.explanation_zh), width, '     '), ...wrap(terminalSafe(result.explanation_en), width, '     '), '');
  });
  if (sorted.more.length > 0) {
    lines.push(messages.moreFindingsHeading(sorted.more.length), '');
    sorted.more.forEach((result, index) => lines.push(head(result, sorted.featured.length + index + 1), ...wrap(terminalSafe(result.explanation_en), width, '     '), ''));
  }
  if (sorted.notComparable.length > 0) {
    lines.push(messages.notComparableHeading(sorted.notComparable.length), '');
    for (const result of sorted.notComparable) {
      lines.push(...wrap(terminalSafe(`${result.check}: ${messages.notComparableReason(result.reason ?? 'scope').en}`), width, '     '));
    }
    lines.push('');
  }
  lines.push(messages.findingsHoldLine(sorted.holding.length));
  return lines.join('\n');
}
