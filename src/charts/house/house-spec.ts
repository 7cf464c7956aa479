import type { TopLevelSpec } from 'vega-lite';
import { HOUSE_THEME, PHONE_WIDTH } from '../house-theme.ts';
import { sourceLine } from '../source-line.ts';
import type { ChartOptions } from '../types.ts';
import type { Report } from '../../report/types.ts';
import { titleLines } from './title-lines.ts';
import { displayWidth } from '../../text/display-width.ts';

/** The Vega-Lite schema the builders write to (what `application/vnd.vegalite.v5+json` renders). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/** The source line, on two lines when it is too wide: the title, then the dates in brackets. */
const sourceLines = (line: string, columns: number): string[] => {
  const at = line.lastIndexOf(' (');
  return displayWidth(line) <= columns || at < 0 ? [line] : [line.slice(0, at), line.slice(at + 1)];
};

/**
 * Wraps a chart body in the house style: the schema, the theme, the width, and the title with the
 * English title and, where the chart draws from a report, the source line as subtitle lines. A
 * chart cites only the report it drew from: `drawnFrom` for builders that draw a report, else
 * the caller's `options.report`, else no source line at all.
 */
export function houseSpec(options: ChartOptions, title: { zh: string; en: string }, body: Record<string, unknown>, drawnFrom: Report | undefined = options.report): TopLevelSpec {
  const chosen = options.title ?? title;
  const width = options.width ?? PHONE_WIDTH;
  // About one column of title per 6.5 px of chart (CJK characters count two), plus the room beside the plot.
  const columns = Math.max(30, Math.round((width + 80) / 6.5));
  const en = titleLines(chosen.en, columns);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: titleLines(chosen.zh, Math.round(columns * 0.85)), subtitle: [...(Array.isArray(en) ? en : [en]), ...(drawnFrom ? sourceLines(sourceLine(drawnFrom), columns) : [])] },
    width,
    ...body,
    config: HOUSE_THEME,
  } as TopLevelSpec;
}
