import type { CheckResult } from '../checks/types.ts';
import { messages } from '../messages/index.ts';
import type { Report } from '../report/types.ts';

/** One figure of a quoted sentence, with its place in the report. */
export interface QuotedFigure {
  id: string;
  surface: string;
  /** Where it is: character offsets and section (empty when the claim is not in this report). */
  place: string;
  /** The claims note on the figure, or `null`. */
  note: string | null;
}

/** One sentence of the report quoted by some results, with the figures in it that they use. */
export interface QuotePlace {
  /** The sentence of the report. */
  quote: string;
  figures: QuotedFigure[];
}

/**
 * The sentences some results quote, each once, with the figures in it and their places in the
 * report, in order of first use: written once for the Markdown and HTML outputs, so that a
 * sentence that states three figures of a story is quoted once, not three times.
 */
export function quotePlaces(results: readonly CheckResult[], report: Report): QuotePlace[] {
  const bySentence = new Map<string, QuotePlace>();
  for (const result of results) {
    for (const quote of result.quotes) {
      let place = bySentence.get(quote.quote);
      if (!place) bySentence.set(quote.quote, (place = { quote: quote.quote, figures: [] }));
      if (place.figures.some((figure) => figure.id === quote.id)) continue;
      const row = report.byId.get(quote.id);
      place.figures.push({ id: quote.id, surface: quote.surface, place: row ? messages.findingsPlace(row.start, row.end, row.section) : '', note: quote.note ?? null });
    }
  }
  return [...bySentence.values()];
}
