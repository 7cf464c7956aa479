import type { CheckResult } from '../checks/types.ts';
import type { Report } from '../report/types.ts';
import { escapeMarkdown } from '../text/escape-markdown.ts';
import { quotePlaces } from './quote-places.ts';

/** The quote block of a result in Markdown, as both Markdown outputs write it: the sentence, then the claim, its figure and its place. */
export function markdownQuotes(result: CheckResult, report: Report): string[] {
  return quotePlaces(result, report).flatMap(({ quote, id, surface, place }) => [
    `> ${escapeMarkdown(quote)}`, '>', `> — \`${id.replace(/`/g, '')}\` (${escapeMarkdown(surface)})${place ? `, ${escapeMarkdown(place)}` : ''}`, '',
  ]);
}
