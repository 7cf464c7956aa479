import { noteLink, type DraftColumns } from './draft-columns.ts';

/** A holiday a sentence names as the time of its figures: 春节假期, “五一”假期, 国庆黄金周, 中秋国庆假期, 暑期, 国庆中秋假期. */
const HOLIDAY = /[“"]?(元旦|春节|清明|五一|端午|中秋国庆|国庆中秋|中秋|国庆|暑期|寒假|暑假)[”"]?(假期|黄金周|小长假|期间)?/g;
/** Seasons named without 假期 (暑期, 寒假). */
const SEASONS: ReadonlySet<string> = new Set(['暑期', '寒假', '暑假']);
/** The word after a holiday's name that makes it a time (假期, 黄金周…). */
const PERIOD_WORD = /(?:假期|黄金周|小长假|期间)$/;
/** Kinds of figure a holiday is the time of (not dates, codes or thresholds). */
const FIGURES: ReadonlySet<string> = new Set(['level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change']);

/**
 * Names the figures of a holiday after it, as tourism reports write them: 春节假期（2月10日至17日）全市接待游客386.4万人次，
 * …；“五一”假期（5月1日至5日）接待游客264.7万人次 → 春节假期接待游客, 五一假期接待游客; so that they are told apart from the
 * year's total and from each other. A figure takes the nearest holiday its sentence names before it; one whose name has
 * it already is left as it is. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameHolidayFigures(columns: DraftColumns, text: string): void {
  const { kind, indicator, sentenceFrom, start } = columns;
  // The holidays the text names, in order, read once: most texts name none.
  const holidays: { at: number; name: string }[] = [];
  for (const found of text.matchAll(HOLIDAY)) {
    if (found[2] !== undefined || SEASONS.has(found[1] as string)) holidays.push({ at: found.index ?? 0, name: `${found[1]}${found[2] ?? ''}` });
  }
  if (holidays.length === 0) return;
  let next = 0;
  for (let i = 0; i < kind.length; i += 1) {
    while (next < holidays.length && (holidays[next] as { at: number }).at < (start[i] as number)) next += 1;
    const holiday = holidays[next - 1];
    // The nearest holiday before the figure, in its sentence.
    if (!holiday || holiday.at < (sentenceFrom[i] as number) || !FIGURES.has(kind[i] as string) || indicator[i] === '') continue;
    const name = indicator[i] as string;
    if (name.includes(holiday.name) || name.includes(holiday.name.replace(PERIOD_WORD, ''))) continue;
    indicator[i] = `${holiday.name}${name}`;
    noteLink(columns, i, 'named after the holiday its sentence names before it');
  }
}
