import type { Heading } from '../report/document-layout.ts';
import { noteLink, type DraftColumns } from './draft-columns.ts';

/** A holiday a sentence names as the time of its figures: 春节假期, “五一”假期, 国庆黄金周, 中秋国庆假期, 暑期, 国庆中秋假期. */
const HOLIDAY = /[“"]?(元旦|春节|清明|五一|端午|中秋国庆|国庆中秋|中秋|国庆|暑期|寒假|暑假)[”"]?(假期|黄金周|小长假|期间)?/g;
/** Seasons named without 假期 (暑期, 寒假). */
const SEASONS: ReadonlySet<string> = new Set(['暑期', '寒假', '暑假']);
/** The word after a holiday's name that makes it a time (假期, 黄金周…). */
const PERIOD_WORD = /(?:假期|黄金周|小长假|期间)$/;
/** Kinds of figure a holiday is the time of (not dates, codes or thresholds). */
const FIGURES: ReadonlySet<string> = new Set(['level', 'count', 'growth', 'share', 'rate', 'ratio', 'pp_change']);

/** 假期 written alone, opening its words (假期全市接待过夜游客…; not 休假期间, 产假期): the holiday named last before it. */
const HOLIDAY_ALONE = /(?<![\u4e00-\u9fa5])假期/g;
/** Words of another time than a holiday in a figure's sentence (全年接待游客…): no holiday of its section's. */
const OTHER_TIME = /全年|年度|季度|\d{1,2}[—–-]\d{1,2}月/;

/**
 * Names the figures of a holiday after it, as tourism reports write them: 春节假期（2月10日至17日）全市接待游客386.4万人次，
 * …；“五一”假期（5月1日至5日）接待游客264.7万人次 → 春节假期接待游客, 五一假期接待游客; so that they are told apart from the
 * year's total and from each other. A figure takes the nearest holiday its sentence names before it; else, where its sentence
 * says 假期 alone before it (假期全市接待过夜游客…), the holiday named last before that; else the holiday its section's heading
 * names (一、国庆中秋假期旅游市场情况), up to the next heading, unless its sentence names another time (全年) or it has a period.
 * One whose name has it already is left as it is. The note says so.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 * @param headings - The document's numbered headings, in order (see `documentLayout`).
 */
export function nameHolidayFigures(columns: DraftColumns, text: string, headings: readonly Heading[] = []): void {
  const { kind, indicator, sentenceFrom, start } = columns;
  // The holidays the text names, in order, read once: most texts name none.
  const holidays: { at: number; name: string }[] = [];
  for (const found of text.matchAll(HOLIDAY)) {
    if (found[2] !== undefined || SEASONS.has(found[1] as string)) holidays.push({ at: found.index ?? 0, name: `${found[1]}${found[2] ?? ''}` });
  }
  if (holidays.length === 0) return;
  // 假期 alone, with the holiday named last before it.
  const alone: { at: number; name: string }[] = [];
  let last = -1;
  for (const found of text.matchAll(HOLIDAY_ALONE)) {
    const at = found.index ?? 0;
    while (last + 1 < holidays.length && (holidays[last + 1] as { at: number }).at < at) last += 1;
    const named = holidays[last];
    if (named !== undefined && named.at + named.name.length <= at && PERIOD_WORD.test(named.name)) alone.push({ at, name: named.name });
  }
  // The holiday each heading names, where its words name one with its time (一、国庆中秋假期旅游市场情况).
  const sections = headings.map((heading) => {
    const found = [...heading.text.matchAll(HOLIDAY)].find((match) => match[2] !== undefined);
    return found ? `${found[1]}${found[2]}` : null;
  });
  let next = 0;
  let nextAlone = 0;
  let section = -1;
  for (let i = 0; i < kind.length; i += 1) {
    const at = start[i] as number;
    while (next < holidays.length && (holidays[next] as { at: number }).at < at) next += 1;
    while (nextAlone < alone.length && (alone[nextAlone] as { at: number }).at < at) nextAlone += 1;
    while (section + 1 < headings.length && (headings[section + 1] as Heading).start <= at) section += 1;
    if (!FIGURES.has(kind[i] as string) || indicator[i] === '') continue;
    // The nearest holiday before the figure, in its sentence; or 假期 alone there; or its section's.
    const holiday = holidays[next - 1];
    const bare = alone[nextAlone - 1];
    // A section's holiday is not that of a figure whose sentence names another time (（二）全年情况 全年接待游客…) or that has a period.
    const name = holiday !== undefined && holiday.at >= (sentenceFrom[i] as number) ? holiday.name
      : bare !== undefined && bare.at >= (sentenceFrom[i] as number) ? bare.name
      : section >= 0 && sections[section] !== null && columns.period[i] === null && !OTHER_TIME.test(text.slice(sentenceFrom[i] as number, at)) ? sections[section] ?? null : null;
    if (name === null) continue;
    const named = indicator[i] as string;
    if (named.includes(name) || named.includes(name.replace(PERIOD_WORD, ''))) continue;
    // 假期 alone in the name already (假期全市接待过夜游客): the holiday's name takes its place.
    indicator[i] = named.startsWith('假期') ? `${name}${named.slice(2)}` : `${name}${named}`;
    noteLink(columns, i, 'named after the holiday its sentence or its section names before it');
  }
}
