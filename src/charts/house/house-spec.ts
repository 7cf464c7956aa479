import type { TopLevelSpec } from 'vega-lite';
import { HOUSE_THEME, PHONE_WIDTH } from '../house-theme.ts';
import { sourceLine } from '../source-line.ts';
import type { ChartOptions } from '../types.ts';

/** The Vega-Lite schema the builders write to (what `application/vnd.vegalite.v5+json` renders). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/**
 * Wraps a chart body in the house style: the schema, the theme, the width, and the title with the
 * English title and the source line as subtitle lines.
 */
export function houseSpec(options: ChartOptions, title: { zh: string; en: string }, body: Record<string, unknown>): TopLevelSpec {
  const chosen = options.title ?? title;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: chosen.zh, subtitle: [chosen.en, sourceLine(options.report)] },
    width: options.width ?? PHONE_WIDTH,
    ...body,
    config: HOUSE_THEME,
  } as TopLevelSpec;
}
