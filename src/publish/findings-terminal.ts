import type { Findings, FindingsOptions } from '../checks/findings-of.ts';
import type { CheckResult, Verdict } from '../checks/types.ts';
import { displayWidth } from '../text/display-width.ts';
import { messages } from '../messages/index.ts';
import { asFindings } from './as-findings.ts';
import { terminalSafe } from '../text/terminal-safe.ts';

/** Options of `findingsTerminal`. */
export interface FindingsTerminalOptions extends FindingsOptions {
  /** Colour the verdicts with ANSI escapes. Default `false`; the CLI turns it on for a terminal unless `NO_COLOR` is set. */
  color?: boolean;
  /** Terminal width the sentences wrap to. Default 100. */
  width?: number;
  /** Show each result's check id, family, news value and gap, for those who work on the checks. Default `false`. */
  verbose?: boolean;
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
 * The findings as terminal text, in words (see `findingsOf`): each featured story with its
 * verdict and headline, its sentence in Chinese and in English, the question to put to the
 * government and the other findings of the story in a line each; the stories after the cut-off in
 * a line each; the results that are not comparable with the reason; and the number of checks that
 * hold. Identifiers, news values and gaps only with `verbose`.
 *
 * @param results - Check results (e.g. `runChecks(report)`), or their findings (`findingsOf`).
 * @param options - See `FindingsTerminalOptions`.
 * @returns Text lines joined with `\n`.
 * @example
 * findingsTerminal(runChecks()).split('\n')[2]
 * // => ' 1. 存疑 Tension: Comprehensive tourism revenue: 21.7 billion yuan, against about 45.1 billion yuan for tourist arrivals (person-visits) × tourism spending per visitor'
 */
export function findingsTerminal(results: readonly CheckResult[] | Findings, options: FindingsTerminalOptions = {}): string {
  const width = options.width ?? 100;
  const sorted = asFindings(results, options);
  const paint = (verdict: Verdict, text: string) => (options.color ? `${STYLE[verdict]}${text}${RESET}` : text);
  const verdictWords = (result: CheckResult): string => {
    const name = messages.verdictName(result.verdict);
    return paint(result.verdict, `${name.zh} ${name.en}`);
  };
  const details = (result: CheckResult, indent: string): string[] => {
    if (!options.verbose) return [];
    const gap = result.gap === null ? '' : result.gap_unit === 'pp' ? `${result.gap > 0 ? '+' : ''}${result.gap.toFixed(2)} pp` : `×${result.gap.toFixed(3)}`;
    return wrap(terminalSafe(messages.terminalDetails(result.check, result.family, result.newsworthiness, gap)), width, indent);
  };
  const lines = [messages.findingsTitle(sorted.total, sorted.findings.length, sorted.stories.length), ''];
  if (sorted.unreviewed > 0) lines.push(...wrap(terminalSafe(messages.unreviewedNotice(sorted.unreviewed, sorted.total).en), width, ''), '');
  sorted.featured.forEach((story, index) => {
    const { lead } = story;
    lines.push(`${String(index + 1).padStart(2)}. ${verdictWords(lead)}: ${terminalSafe(story.headline.en)}`);
    lines.push(...wrap(terminalSafe(lead.explanation_zh), width, '    '), ...wrap(terminalSafe(lead.explanation_en), width, '    '));
    if (lead.question_en) lines.push(...wrap(terminalSafe(messages.askLine(lead.question_en)), width, '    '));
    lines.push(...details(lead, '    '));
    for (const result of story.supporting) {
      lines.push(...wrap(terminalSafe(`· ${messages.verdictName(result.verdict).en}: ${result.statement_en}`), width, '    '), ...details(result, '      '));
    }
    lines.push('');
  });
  if (sorted.more.length > 0) {
    lines.push(messages.moreFindingsHeading(sorted.more.length), '');
    sorted.more.forEach((story, index) => {
      const extra = story.supporting.length > 0 ? messages.relatedCount(story.supporting.length) : '';
      lines.push(...wrap(terminalSafe(`${sorted.featured.length + index + 1}. ${messages.verdictName(story.lead.verdict).en}: ${story.headline.en}${extra}`), width, ' '), ...details(story.lead, '    '));
    });
    lines.push('');
  }
  if (sorted.notComparable.length > 0) {
    lines.push(messages.notComparableHeading(sorted.notComparable.length), '');
    for (const result of sorted.notComparable) {
      lines.push(...wrap(terminalSafe(`· ${result.headline_en.replace(/: not comparable$/, '')}: ${messages.notComparableReason(result.reason ?? 'scope').en}`), width, '    '), ...details(result, '      '));
    }
    lines.push('');
  }
  lines.push(messages.findingsHoldLine(sorted.holding.length));
  return lines.join('\n');
}
