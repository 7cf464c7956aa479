import { noteLink, type DraftColumns } from './draft-columns.ts';

/** The word of a streak before its figure (连续5年, 连续七年). */
const STREAK_BEFORE = /连续\s*$/;
/** The end of the clause before one that opens with 连续. */
const CLAUSE_OPENS = /[，,；;]\s*$/;
/** What was kept up, after the figure up to its clause's end (获评全省平安县; 位居全省前列; 稳定在20万吨以上). */
const KEPT_UP = /^[\u4e00-\u9fa5A-Za-z\d.“”"]{2,24}(?=[，。；、,;：:\n]|$)/;

/**
 * Names a streak after what was kept up, which the text writes after it: 连续5年获评全省平安县 → 连续获评全省平安县 (5 years),
 * 连续三届获评全国文明城市 → 连续获评全国文明城市 (3 terms), 粮食产量连续5年稳定在20万吨以上 → 粮食产量连续稳定在20万吨以上. Only a
 * figure of years, terms or times right after 连续, with no name of its own or the subject written right before 连续; the note says so.
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
  }
}
