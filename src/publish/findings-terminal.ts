import type { CheckResult, Verdict } from '../checks/types.ts';
import { displayWidth, fitWidth } from '../text/display-width.ts';
import { messages } from '../messages/index.ts';

/** Options of `findingsTerminal`. */
export interface FindingsTerminalOptions {
  /** Colour the verdicts with ANSI escapes. Default `false`; the CLI turns it on for a terminal unless `NO_COLOR` is set. */
  color?: boolean;
  /** Terminal width the sentences wrap to. Default 100. */
  width?: number;
}

/** ANSI styles per verdict; the verdict word is always printed too, so colour is never the only cue. */
const STYLE: Record<Verdict, string> = {
  contradiction: '\u001b[1;31m', tension: '\u001b[33m', not_comparable: '\u001b[36m', holds_within_rounding: '\u001b[32m', holds: '\u001b[32m',
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
 * The ranked findings as terminal text: every result that is not a plain `holds`, most newsworthy
 * first (rank, verdict, newsworthiness, gap and check id, then the sentence in Chinese and in
 * English), followed by the number of checks that hold.
 *
 * @param results - Check results in rank order, e.g. from `checkResults`.
 * @param options - See `FindingsTerminalOptions`.
 * @returns Text lines joined with `\n`.
 * @example
 * findingsTerminal(checkResults()).split('\n')[2].trim().startsWith('1  contradiction')
 * // => true
 */
export function findingsTerminal(results: readonly CheckResult[], options: FindingsTerminalOptions = {}): string {
  const width = options.width ?? 100;
  const paint = (verdict: Verdict, text: string) => (options.color ? `${STYLE[verdict]}${text}${RESET}` : text);
  const findings = results.filter((result) => result.verdict !== 'holds');
  const lines = [messages.findingsTitle(results.length, findings.length), ''];
  findings.forEach((result, index) => {
    const gap = result.gap === null ? '' : result.gap_unit === 'pp' ? `${result.gap > 0 ? '+' : ''}${result.gap.toFixed(2)} pp` : `×${result.gap.toFixed(3)}`;
    lines.push(`${String(index + 1).padStart(3)}  ${paint(result.verdict, fitWidth(result.verdict, 22))} ${result.newsworthiness.toFixed(2).padStart(5)}  ${fitWidth(gap, 11)} ${result.check}`);
    lines.push(...wrap(result.explanation_zh, width, '     '), ...wrap(result.explanation_en, width, '     '), '');
  });
  lines.push(messages.findingsHoldLine(results.length - findings.length));
  return lines.join('\n');
}
