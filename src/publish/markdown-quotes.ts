import type { CheckResult } from '../checks/types.ts';
import { messages } from '../messages/index.ts';
import type { Report } from '../report/types.ts';
import { escapeMarkdown } from '../text/escape-markdown.ts';
import { quotePlaces } from './quote-places.ts';

/** Options of `markdownQuotes`. */
export interface MarkdownQuotesOptions {
  /** Name each figure's claim id (for the findings ledger; a story for readers leaves it out). Default `false`. */
  ids?: boolean;
}

/**
 * The quote block of some results in Markdown, as both Markdown outputs write it: each sentence
 * once, then each figure in it with its place in the report and its claims note.
 */
export function markdownQuotes(results: readonly CheckResult[], report: Report, options: MarkdownQuotesOptions = {}): string[] {
  return quotePlaces(results, report).flatMap(({ quote, figures }) => [
    `> ${escapeMarkdown(quote)}`, '>',
    ...figures.flatMap(({ id, surface, place, note }) => [
      `> — ${options.ids ? `\`${id.replace(/`/g, '')}\` ` : ''}${escapeMarkdown(surface)}${place ? `, ${escapeMarkdown(place)}` : ''}${note ? ` · ${escapeMarkdown(messages.noteLabel())}: ${escapeMarkdown(note)}` : ''}`,
      '>',
    ]).slice(0, -1),
    '',
  ]);
}
