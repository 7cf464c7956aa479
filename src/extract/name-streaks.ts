import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The word of a streak before its figure (连续5年, 连续七年). */
const STREAK_BEFORE = /连续\s*$/;
/** The end of the clause before one that opens with 连续. */
const CLAUSE_OPENS = /[，,；;]\s*$/;
/** What was kept up, after the figure up to its clause's end (获评全省平安县; 位居全省前列; 稳定在20万吨以上). */
const KEPT_UP = /^[\u4e00-\u9fa5A-Za-z\d.%“”"]{2,24}(?=[，。；、,;：:\n]|$)/;
/** The verb of a bar kept, between a streak and the bar's figure (连续五年稳定在30万吨以上, 连续三年控制在3%以内, 连续五年突破10亿元). */
const BAR_KEPT = /^\s*(?:保持在?|稳定在|控制在|维持在|突破|超过|高于|低于|不低于|不高于)?\s*$/;
/** The qualifiers of a bar: a bound, never a figure written exactly. */
const BOUNDS = new Set(['above', 'at_least', 'at_most']);

/**
 * Names a streak after what was kept up, which the text writes after it: 连续5年获评全省平安县 → 连续获评全省平安县 (5 years),
 * 连续三届获评全国文明城市 → 连续获评全国文明城市 (3 terms), 粮食产量连续5年稳定在20万吨以上 → 粮食产量连续稳定在20万吨以上. Only a
 * figure of years, terms or times right after 连续, with no name of its own or the subject written right before 连续; the note says so.
 * The bar kept (稳定在20万吨以上, 控制在3%以内, 突破10亿元), a bound right after the streak, is a reference: it bounds every year of
 * the streak, and restates no figure of the year's own.
 *
 * @param columns - The extractor's rows (see `draftColumns`).
 * @param text - The normalised text.
 */
export function nameStreaks(columns: DraftColumns, text: string): void {
  const { indicator, start, end, unit } = columns;
  for (let i = 0; i < indicator.length; i += 1) {
    if (!(unit[i] === 'year' || unit[i] === 'session' || unit[i] === 'time' || unit[i] === 'month')) continue;
    const at = start[i] as number;
    const streak = STREAK_BEFORE.exec(text.slice(Math.max(0, at - 3), at));
    if (streak === null) continue;
    // A name of its own is the subject written right before 连续 (粮食产量连续5年…), or the subject of a clause that opens with 连续
    // (总产量1.86万吨，连续十年保持稳定增长); else the figure is left as it is named.
    const subject = indicator[i] as string;
    const before = text.slice(Math.max(0, at - streak[0].length - subject.length - 2), at - streak[0].length);
    if (subject !== '' && !before.endsWith(subject) && !CLAUSE_OPENS.test(before)) continue;
    const kept = KEPT_UP.exec(text.slice(end[i] as number, (end[i] as number) + 25));
    if (kept === null) continue;
    indicator[i] = `${subject}连续${kept[0].replace(/[“”"]/g, '')}`;
    noteLink(columns, i, 'a streak, named after what was kept up');
    // The bar kept over the streak's years is a bound of each of them, not a figure of the year's own: a reference.
    const bar = i + 1;
    if (bar < indicator.length && BOUNDS.has(columns.qualifier[bar] as string) && (start[bar] as number) < (end[i] as number) + kept[0].length
      && BAR_KEPT.test(text.slice(end[i], start[bar]))) {
      columns.kind[bar] = 'threshold';
      columns.status[bar] = 'reference';
      columns.direction[bar] = null;
      columns.period[bar] = null;
      noteLink(columns, bar, 'the bar a streak kept');
    }
  }
}
